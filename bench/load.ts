/**
 * npm run bench:load -- [-n CONVERSATIONS] [-m TURNS] [--storage memory|blob] [--url URL]
 *
 * N conversations at once, M turns each, against the bot over real HTTP on loopback, with a stand-in
 * connector service receiving the replies. Starts the bot (node dist/src/index.js) itself, and for
 * --storage blob an in-memory Azurite; or drives a bot already running at --url (it must be able to
 * reach 127.0.0.1 for its replies). Prints a table and one JSON line; exits 1 on any error or lost reply.
 */
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { loadContent } from '../src/content/load';
import { ConnectorService } from './lib/connector';
import { calibrate, runLoad, type LoadResult } from './lib/driver';
import { envPairs, integer, readOptions } from './lib/options';
import { BOT_ENTRY, cpuMs, requireBuilt, startAzurite, startBotProcess, type RunningAzurite, type RunningBot } from './lib/processes';
import { SUPPORT_SCRIPT } from './lib/script';
import { round, table } from './lib/stats';

const USAGE = `usage: npm run bench:load -- [options]
  -n, --conversations N   concurrent conversations (default 50, or $N)
  -m, --turns M           turns per conversation (default 20, or $M)
  --storage memory|blob   the bot's storage (default memory, or $STORAGE); blob starts Azurite
  --url URL               drive a bot already running there instead of starting one
  --timeout MS            a turn unanswered after MS counts as an error (default 15000)
  --ramp MS               start the conversations evenly over MS instead of all at once (default 0)
  --env KEY=VALUE         extra setting for the started bot (repeatable)
  --show                  print the calibration conversation (what the bot said each turn)
  --log FILE              write the started bot's own log (and Azurite's) to FILE`;

export async function main(): Promise<void> {
  const values = readOptions(USAGE, {
    conversations: { type: 'string', short: 'n' },
    turns: { type: 'string', short: 'm' },
    storage: { type: 'string' },
    url: { type: 'string' },
    timeout: { type: 'string' },
    ramp: { type: 'string' },
    env: { type: 'string', multiple: true },
    show: { type: 'boolean' },
    log: { type: 'string' },
  });
  const conversations = integer('--conversations', values.conversations, process.env.N, '50');
  const turns = integer('--turns', values.turns, process.env.M, '20');
  const timeoutMs = integer('--timeout', values.timeout, '15000');
  const rampMs = integer('--ramp', values.ramp, '0');
  const storage = values.storage ?? process.env.STORAGE ?? 'memory';
  if (storage !== 'memory' && storage !== 'blob') throw new Error(`--storage must be memory or blob, not ${storage}`);
  if (values.url && storage === 'blob') process.stderr.write('note: with --url the running bot uses its own storage\n');

  let azurite: RunningAzurite | undefined;
  let bot: RunningBot | undefined;
  const connector = new ConnectorService();
  try {
    await connector.start();
    connector.apology = loadContent().messages.turnFailed;
    let botUrl = values.url;
    if (!botUrl) {
      requireBuilt(BOT_ENTRY);
      const settings: Record<string, string> = { STORAGE: storage, ...envPairs(values.env) };
      if (storage === 'blob') {
        azurite = await startAzurite();
        if (values.log) azurite.child.logTo(values.log);
        settings.AZURE_STORAGE_CONNECTION_STRING = azurite.connectionString;
        settings.AZURE_STORAGE_CONTAINER = `bench-${randomBytes(4).toString('hex')}`;
      }
      bot = await startBotProcess(BOT_ENTRY, settings);
      if (values.log) bot.child.logTo(values.log);
      botUrl = bot.url;
    }

    connector.keepActivities = values.show === true;
    const expected = await calibrate({
      botUrl,
      connector,
      turns,
      script: SUPPORT_SCRIPT,
      timeoutMs,
      onTurn: values.show ? (_c, t, text, replies) => printTurn(t, text, replies.activities) : undefined,
    });
    connector.keepActivities = false;

    const connectionsBefore = connector.connections;
    const cpuBefore = { bot: bot ? cpuMs(bot.child.pid) : Number.NaN, azurite: azurite ? cpuMs(azurite.child.pid) : Number.NaN, driver: process.cpuUsage() };
    const result = await runLoad({ botUrl, connector, conversations, turns, script: SUPPORT_SCRIPT, timeoutMs, expected, rampMs });
    const connections = connector.connections - connectionsBefore;
    const driverCpu = process.cpuUsage(cpuBefore.driver);
    const cpu = {
      botMs: bot ? round(cpuMs(bot.child.pid) - cpuBefore.bot, 0) : undefined,
      azuriteMs: azurite ? round(cpuMs(azurite.child.pid) - cpuBefore.azurite, 0) : undefined,
      benchmarkMs: round((driverCpu.user + driverCpu.system) / 1000, 0),
    };
    const healthy = bot ? bot.child.process.exitCode === null : true;
    report({ storage: values.url ? 'external' : storage, result, healthy, startupMs: bot?.startupMs, connections, cpu, rampMs });
    if (result.errorSamples.length > 0) {
      process.stdout.write(`first errors (conversation, turn from 0): ${result.errorSamples.map((e) => `c${e.conversation} t${e.turn} ${e.error}`).join(', ')}\n`);
    }
    const failure = bot?.child.output().split('\n').find((line) => line.includes('turn failed'));
    if (failure) process.stdout.write(`first failed turn in the bot's log:\n${failure}\n`);
    const clean = result.errorCount === 0 && result.lostReplies === 0 && result.silentTurns === 0 && result.failedTurns === 0 && healthy;
    process.exitCode = clean ? 0 : 1;
  } finally {
    await bot?.stop();
    await azurite?.stop();
    await connector.stop();
  }
}

function printTurn(turn: number, text: string, replies: { text?: string; suggestedActions?: { actions?: { title?: string }[] }; channelData?: { step?: unknown } }[]) {
  process.stdout.write(`\n[${turn + 1}] user: ${text}\n`);
  for (const reply of replies) {
    const buttons = reply.suggestedActions?.actions?.map((a) => a.title).join(' | ');
    const step = reply.channelData?.step ? ` ${JSON.stringify(reply.channelData.step)}` : '';
    process.stdout.write(`    bot: ${(reply.text ?? '').replace(/\n+/g, ' / ').slice(0, 160)}${buttons ? `  [${buttons}]` : ''}${step}\n`);
  }
}

interface CpuUse {
  botMs?: number;
  azuriteMs?: number;
  benchmarkMs: number;
}

function report(figures: { storage: string; result: LoadResult; healthy: boolean; startupMs?: number; connections: number; cpu: CpuUse; rampMs: number }) {
  const { storage, result, healthy, startupMs, connections, cpu } = figures;
  const share = (ms?: number) => (ms === undefined ? 'n/a' : `${round(ms / 1000, 1)} s (${Math.round((ms / result.durationMs) * 100)}% of one core)`);
  const { latencies: _latencies, ...rest } = result;
  void _latencies;
  const rows: (string | number)[][] = [
    ['storage', storage],
    ['conversations x turns', `${result.conversations} x ${result.turns / Math.max(1, result.conversations)}${figures.rampMs ? `, started over ${figures.rampMs} ms` : ', all started at once'}`],
    ['turns completed', `${result.completed} / ${result.turns}`],
    ['duration', `${round(result.durationMs / 1000, 2)} s`],
    ['throughput', `${result.turnsPerSecond} turns/s`],
    ['latency p50 / p90 / p99 / max', `${result.latencyMs.p50} / ${result.latencyMs.p90} / ${result.latencyMs.p99} / ${result.latencyMs.max} ms`],
    ['replies (per turn)', `${result.replies} (${result.repliesPerTurn})`],
    ['connections opened for replies', connections],
    ['errors', result.errorCount === 0 ? '0' : `${result.errorCount} ${JSON.stringify(result.errors)} in ${result.conversationsWithErrors} conversations`],
    ['lost replies', result.lostReplies],
    ['turns without a reply', result.silentTurns],
    ['turns that failed in the bot', result.failedTurns],
    ['extra / late replies', `${result.extraReplies} / ${result.lateReplies}`],
    ['bot still running', healthy ? 'yes' : 'NO'],
    ['CPU used: bot / Azurite / benchmark', `${share(cpu.botMs)} / ${share(cpu.azuriteMs)} / ${share(cpu.benchmarkMs)}`],
    ['machine load average (1 min) after', round(loadavg()[0], 2)],
  ];
  process.stdout.write(`\n${table(['bench:load', ''], rows, true)}\n\n`);
  process.stdout.write(`${JSON.stringify({ bench: 'load', storage, rampMs: figures.rampMs, startupMs: startupMs && round(startupMs, 1), ...rest, replyConnections: connections, cpu, loadAverage: loadavg().map((l) => round(l, 2)) })}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
