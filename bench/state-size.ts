/**
 * Stored state per conversation (not a test): the real app (createApp) in this process on loopback,
 * with a MemoryStorage whose contents can be read, driven over HTTP by the benchmark's scripted user.
 * Prints a table, then one JSON line: bytes of each conversation's stored state after 3, 15, 30 and
 * 60 turns (median and max), and what the largest one is made of.
 *
 *   node dist/bench/state-size.js [--conversations N]
 */
import { MemoryStorage } from 'botbuilder';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { loadContent } from '../src/content/load';
import { ConnectorService } from './lib/connector';
import { runLoad } from './lib/driver';
import { integer, readOptions } from './lib/options';
import { SUPPORT_SCRIPT } from './lib/script';
import { formatBytes, median, table } from './lib/stats';

const USAGE = `usage: node dist/bench/state-size.js [--conversations N] [--turns 3,15,30,60]`;

export interface StateSizeResult {
  byTurns: { turns: number; conversations: number; medianBytes: number; maxBytes: number }[];
  /** Top-level parts of the largest state seen, in bytes of JSON. */
  largest: Record<string, number>;
  /** Other records the bot stored (support summaries), count and total bytes. */
  otherRecords: { count: number; bytes: number };
}

async function main(): Promise<void> {
  const values = readOptions(USAGE, { conversations: { type: 'string', short: 'n' }, turns: { type: 'string' } });
  const conversations = integer('--conversations', values.conversations, '20');
  const lengths = (values.turns ?? '3,15,30,60').split(',').map((t) => integer('--turns', t.trim(), '0'));

  const memory: Record<string, string> = {};
  const content = loadContent();
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent' });
  const app = createApp({ config, content, storage: new MemoryStorage(memory), log: pino({ level: 'silent' }) });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const botUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const connector = new ConnectorService();
  await connector.start();

  const result: StateSizeResult = { byTurns: [], largest: {}, otherRecords: { count: 0, bytes: 0 } };
  let largest = '';
  try {
    for (const turns of lengths) {
      const runId = `size-${turns}`;
      const load = await runLoad({ botUrl, connector, conversations, turns, script: SUPPORT_SCRIPT, runId });
      if (load.errorCount > 0) throw new Error(`turns failed: ${JSON.stringify(load.errors)}`);
      const sizes = Object.entries(memory)
        .filter(([key, value]) => key.includes(`/conversations/${runId}-`) && typeof value === 'string')
        .map(([, value]) => {
          if (value!.length > largest.length) largest = value!;
          return Buffer.byteLength(value!, 'utf8');
        });
      result.byTurns.push({ turns, conversations: sizes.length, medianBytes: median(sizes), maxBytes: Math.max(...sizes) });
    }
    const parsed = JSON.parse(largest || '{}') as Record<string, unknown>;
    for (const [key, value] of Object.entries(parsed)) result.largest[key] = Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
    for (const [key, value] of Object.entries(memory)) {
      if (key.includes('/conversations/') || typeof value !== 'string') continue;
      result.otherRecords.count += 1;
      result.otherRecords.bytes += Buffer.byteLength(value, 'utf8');
    }
  } finally {
    await connector.stop();
    await new Promise<void>((resolve) => app.server.close(() => resolve()));
  }

  process.stdout.write(
    `${table(
      ['turns per conversation', 'conversations', 'median state', 'max state'],
      result.byTurns.map((r) => [r.turns, r.conversations, formatBytes(r.medianBytes), formatBytes(r.maxBytes)]),
    )}\n\n${table(['largest state, by part', 'bytes'], Object.entries(result.largest).map(([k, v]) => [k, v]))}\n\n`,
  );
  process.stdout.write(`${JSON.stringify({ bench: 'state-size', ...result })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
