/**
 * npm run bench:profile -- [--target bot|echo] [-n CONVERSATIONS] [-m TURNS] [--out FILE]
 *
 * Profiles the bot (or the echo bot) under the benchmark's load: starts it with a CPU-profiler hook,
 * warms it up, profiles N conversations x M turns and prints where the time went, by area of the code
 * and by function. The .cpuprofile file opens in Chrome DevTools (Performance) or VS Code.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadContent } from '../src/content/load';
import { ConnectorService } from './lib/connector';
import { summarize, type CpuProfile, type ProfileSummary } from './lib/cpuprofile';
import { calibrate, runLoad } from './lib/driver';
import { integer, readOptions } from './lib/options';
import { BOT_ENTRY, ECHO_ENTRY, ROOT, requireBuilt, startAzurite, startBotProcess } from './lib/processes';
import { SUPPORT_SCRIPT } from './lib/script';
import { round, table } from './lib/stats';

const USAGE = `usage: npm run bench:profile -- [options]
  --target bot|echo       what to profile (default bot)
  --storage memory|blob   the bot's storage (default memory); blob starts Azurite
  -n, --conversations N   concurrent conversations (default 50)
  -m, --turns M           turns per conversation while profiling (default 30)
  --out FILE              where to write the .cpuprofile (default: a new temporary folder)
  --file FILE             only summarise an existing .cpuprofile
  --turns-profiled N      with --file: the turns it covers, to show time per turn`;

async function waitFor(check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Functions whose inclusive time is worth knowing (only synchronous stacks are seen). */
const WATCH = {
  'analyze() (src/nlp)': (f: { functionName: string; url: string }) => f.functionName === 'analyze' && f.url.includes('/dist/src/nlp/'),
  'JSON.stringify': (f: { functionName: string }) => f.functionName === 'stringify',
  'JSON.parse': (f: { functionName: string }) => f.functionName === 'parse',
  'pino write': (f: { functionName: string; url: string }) => f.url.includes('/node_modules/pino/') && f.functionName === 'write',
};

/** The summary as tables; with a turn count, also per turn. */
function describe(summary: ProfileSummary, turns: number | undefined): string {
  const perTurn = (ms: number) => (turns ? round((ms * 1000) / turns, 0) : '');
  return [
    `profiled ${round(summary.totalMs, 0)} ms, busy ${round(summary.busyMs, 0)} ms (not idle, not the profiler)` +
      (turns ? ` = ${perTurn(summary.busyMs)} us of CPU per turn` : ''),
    '',
    table(
      ['area (innermost specific frame)', 'ms', '% busy', 'us/turn'],
      summary.areas.map((a) => [a.name, round(a.ms, 0), a.share, perTurn(a.ms)]),
    ),
    '',
    table(
      ['inclusive (synchronous stacks)', 'ms', '% busy', 'us/turn'],
      summary.inclusive.map((a) => [a.name, round(a.ms, 0), a.share, perTurn(a.ms)]),
    ),
    '',
    table(
      ['self time: function', 'where', 'ms', '% busy'],
      summary.topSelf.map((f) => [f.name, f.where, round(f.ms, 0), f.share]),
    ),
  ].join('\n');
}

async function main(): Promise<void> {
  const values = readOptions(USAGE, {
    target: { type: 'string' },
    storage: { type: 'string' },
    conversations: { type: 'string', short: 'n' },
    turns: { type: 'string', short: 'm' },
    out: { type: 'string' },
    file: { type: 'string' },
    'turns-profiled': { type: 'string' },
  });
  if (values.file) {
    const summary = summarize(JSON.parse(readFileSync(values.file, 'utf8')) as CpuProfile, undefined, WATCH);
    const profiled = integer('--turns-profiled', values['turns-profiled'], '0');
    process.stdout.write(`${describe(summary, profiled || undefined)}\n`);
    return;
  }
  const target = values.target ?? 'bot';
  if (target !== 'bot' && target !== 'echo') throw new Error('--target must be bot or echo');
  const conversations = integer('--conversations', values.conversations, '50');
  const turns = integer('--turns', values.turns, '30');
  const out = path.resolve(values.out ?? path.join(mkdtempSync(path.join(tmpdir(), 'bot-profile-')), `${target}.cpuprofile`));
  mkdirSync(path.dirname(out), { recursive: true });
  const hook = path.join(ROOT, 'dist', 'bench', 'lib', 'profile-hook.js');
  const entry = target === 'bot' ? BOT_ENTRY : ECHO_ENTRY;
  requireBuilt(entry, hook);

  const connector = new ConnectorService();
  await connector.start();
  connector.apology = loadContent().messages.turnFailed;
  const storage = values.storage ?? 'memory';
  if (storage !== 'memory' && storage !== 'blob') throw new Error('--storage must be memory or blob');
  const azurite = storage === 'blob' ? await startAzurite() : undefined;
  const settings: Record<string, string> = { BENCH_CPU_PROFILE: out, STORAGE: storage };
  if (azurite) {
    settings.AZURE_STORAGE_CONNECTION_STRING = azurite.connectionString;
    settings.AZURE_STORAGE_CONTAINER = `profile-${process.pid}`;
  }
  const bot = await startBotProcess(entry, settings, ['-r', hook]);
  try {
    const base = { botUrl: bot.url, connector, script: SUPPORT_SCRIPT, turns };
    const expected = await calibrate(base);
    await runLoad({ ...base, conversations, turns: Math.min(turns, 15) }); // warm-up, not profiled

    bot.child.process.kill('SIGUSR2');
    await waitFor(() => bot.child.output().includes('cpu profile started'), 'the profiler to start');
    const result = await runLoad({ ...base, conversations, expected });
    bot.child.process.kill('SIGUSR2');
    await waitFor(() => /cpu profile (written|failed)/.test(bot.child.output()), 'the profile');
    if (!existsSync(out)) throw new Error(bot.child.output().split('\n').find((l) => l.includes('cpu profile failed')) ?? 'no profile written');

    const summary = summarize(JSON.parse(readFileSync(out, 'utf8')) as CpuProfile, undefined, WATCH);
    const perTurn = (ms: number) => round((ms * 1000) / result.completed, 0);
    process.stdout.write(
      `${target} (${storage}): ${result.completed} turns (${conversations} x ${turns}) at ${result.turnsPerSecond} turns/s, ` +
        `p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms, ${result.repliesPerTurn} replies per turn, ` +
        `${result.errorCount} errors, ${result.failedTurns} failed turns\n`,
    );
    process.stdout.write(`${describe(summary, result.completed)}\nprofile: ${out}\n`);
    process.stdout.write(
      `${JSON.stringify({
        bench: 'profile',
        target,
        turns: result.completed,
        turnsPerSecond: result.turnsPerSecond,
        busyUsPerTurn: perTurn(summary.busyMs),
        areas: Object.fromEntries(summary.areas.map((a) => [a.name, perTurn(a.ms)])),
      })}\n`,
    );
  } finally {
    await bot.stop();
    await azurite?.stop();
    await connector.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
