/**
 * npm run bench: the bot beside the framework's own floor, on this machine, in one run.
 *
 * 1. start-up: spawn `node dist/src/index.js`, time until /healthz answers 200 (several times);
 * 2. analyze(): dist/bench/nlp-speed.js (the NLP layer's own speed script) in a child process;
 * 3. throughput: the bot and a bare echo bot (dist/bench/echo-bot.js) both running, driven in
 *    alternating rounds (echo, bot, echo, bot, ...) with the same load: 50 conversations at once;
 * 4. stored state per conversation: dist/bench/state-size.js in a child process;
 * 5. memory: a fresh bot, RSS after start-up and after 10,000 conversations of a few turns each
 *    (and the echo bot under the same load, for reference).
 *
 * Loopback only; every loop is bounded. Prints tables, then one JSON line with every figure.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadContent } from '../src/content/load';
import { ConnectorService } from './lib/connector';
import { calibrate, latencySummary, runLoad, type LoadResult } from './lib/driver';
import { integer, readOptions } from './lib/options';
import { BOT_ENTRY, cpuMs, ECHO_ENTRY, ROOT, requireBuilt, rssBytes, startBotProcess, type RunningBot } from './lib/processes';
import { ECHO_SCRIPT, SUPPORT_SCRIPT } from './lib/script';
import { formatBytes, median, round, sum, table } from './lib/stats';

const USAGE = `usage: npm run bench -- [options]
  -n, --conversations N     concurrent conversations in the throughput rounds (default 50)
  -m, --turns M             turns per conversation in a round (default 20)
  --rounds R                rounds per bot, alternating echo and bot (default 5)
  --startups S              start-ups timed (default 5)
  --memory-conversations C  conversations before RSS is read (default 10000)
  --memory-turns T          turns in each of them (default 3); the echo bot gets the same, for reference
  --only LIST               some of: startup,analyze,throughput,state,memory (comma-separated)
  --node-args=ARGS          Node options for the servers in the throughput and memory parts,
                            e.g. --node-args=--max-old-space-size=192 (default none)`;

const TARGETS = {
  throughputRatio: 0.8,
  p99Ratio: 1.5,
  startupMs: 1500,
  analyzeMedianMs: 1,
  stateBytes: 2048,
  rssBytes: 150 * 1024 * 1024,
};

const run = promisify(execFile);
const log = (line: string) => process.stdout.write(`${line}\n`);
const mark = (ok: boolean) => (ok ? 'ok' : 'MISSED');

interface Round {
  target: 'echo' | 'bot';
  result: LoadResult;
  /** CPU the server process used during the round, and the benchmark's own process. */
  serverCpuMs: number;
  driverCpuMs: number;
}

async function startups(count: number) {
  const bot: number[] = [];
  const echo: number[] = [];
  for (let i = 0; i < count; i++) {
    for (const [entry, into] of [[ECHO_ENTRY, echo], [BOT_ENTRY, bot]] as const) {
      const started = await startBotProcess(entry, { STORAGE: 'memory' });
      into.push(started.startupMs);
      await started.stop();
    }
  }
  return {
    botMs: { median: round(median(bot), 0), max: round(Math.max(...bot), 0), all: bot.map((v) => round(v, 0)) },
    echoMs: { median: round(median(echo), 0), max: round(Math.max(...echo), 0) },
  };
}

async function analyzeSpeed() {
  const script = path.join(ROOT, 'dist', 'bench', 'nlp-speed.js');
  if (!existsSync(script)) throw new Error('dist/bench/nlp-speed.js is missing (run npm run build)');
  const { stdout } = await run(process.execPath, [script, '--rounds', '20'], { cwd: ROOT, maxBuffer: 1 << 20 });
  const line = stdout.trim().split('\n').filter((l) => l.startsWith('{')).pop();
  if (!line) throw new Error(`nlp-speed printed no JSON:\n${stdout}`);
  return JSON.parse(line) as { utterances: number; calls: number; analyzeMs: Record<string, number>; startupMs?: Record<string, number> };
}

async function stateSize() {
  const { stdout } = await run(process.execPath, [path.join(ROOT, 'dist', 'bench', 'state-size.js')], { cwd: ROOT, maxBuffer: 1 << 20 });
  const line = stdout.trim().split('\n').filter((l) => l.startsWith('{')).pop();
  if (!line) throw new Error(`state-size printed no JSON:\n${stdout}`);
  return JSON.parse(line) as {
    byTurns: { turns: number; conversations: number; medianBytes: number; maxBytes: number }[];
    largest: Record<string, number>;
  };
}

function merge(rounds: Round[], target: Round['target']) {
  const mine = rounds.filter((r) => r.target === target).map((r) => r.result);
  const completed = sum(mine.map((r) => r.completed));
  const seconds = sum(mine.map((r) => r.durationMs)) / 1000;
  return {
    rounds: mine.length,
    turns: completed,
    turnsPerSecond: round(completed / seconds, 1),
    roundTurnsPerSecond: mine.map((r) => r.turnsPerSecond),
    latencyMs: latencySummary(mine.flatMap((r) => r.latencies)),
    repliesPerTurn: round(sum(mine.map((r) => r.replies)) / Math.max(1, completed), 2),
    errors: sum(mine.map((r) => r.errorCount)),
    lostReplies: sum(mine.map((r) => r.lostReplies)),
    failedTurns: sum(mine.map((r) => r.failedTurns)),
    serverCpuMsPerTurn: round(sum(rounds.filter((r) => r.target === target).map((r) => r.serverCpuMs)) / Math.max(1, completed), 3),
    driverCpuMsPerTurn: round(sum(rounds.filter((r) => r.target === target).map((r) => r.driverCpuMs)) / Math.max(1, completed), 3),
  };
}

async function throughput(conversations: number, turns: number, rounds: number, apology: string, nodeArgs: string[]) {
  const connector = new ConnectorService();
  await connector.start();
  connector.apology = apology;
  let echo: RunningBot | undefined;
  let bot: RunningBot | undefined;
  try {
    echo = await startBotProcess(ECHO_ENTRY, {}, nodeArgs);
    bot = await startBotProcess(BOT_ENTRY, { STORAGE: 'memory' }, nodeArgs);
    const servers = { echo, bot };
    const scripts = { echo: ECHO_SCRIPT, bot: SUPPORT_SCRIPT };
    const expected = {
      echo: await calibrate({ botUrl: echo.url, connector, turns, script: ECHO_SCRIPT }),
      bot: await calibrate({ botUrl: bot.url, connector, turns, script: SUPPORT_SCRIPT }),
    };
    // Warm-up (JIT, caches, sockets): one short unmeasured round each.
    for (const target of ['echo', 'bot'] as const) {
      await runLoad({ botUrl: servers[target].url, connector, conversations, turns: Math.min(turns, 10), script: scripts[target] });
    }
    const done: Round[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const target of ['echo', 'bot'] as const) {
        const serverBefore = cpuMs(servers[target].child.pid);
        const driverBefore = process.cpuUsage();
        const result = await runLoad({
          botUrl: servers[target].url,
          connector,
          conversations,
          turns,
          script: scripts[target],
          expected: expected[target],
        });
        const driver = process.cpuUsage(driverBefore);
        done.push({
          target,
          result,
          serverCpuMs: cpuMs(servers[target].child.pid) - serverBefore,
          driverCpuMs: (driver.user + driver.system) / 1000,
        });
        log(
          `  round ${r + 1} ${target.padEnd(4)} ${String(result.turnsPerSecond).padStart(7)} turns/s  ` +
            `p50 ${result.latencyMs.p50} ms  p99 ${result.latencyMs.p99} ms  errors ${result.errorCount}  lost ${result.lostReplies}`,
        );
      }
    }
    return {
      echo: { ...merge(done, 'echo'), rssBytes: rssBytes(echo.child.pid) },
      bot: { ...merge(done, 'bot'), rssBytes: rssBytes(bot.child.pid) },
    };
  } finally {
    await bot?.stop();
    await echo?.stop();
    await connector.stop();
  }
}

interface HeapFigures {
  rssBefore: number;
  heapUsedBefore: number;
  rss: number;
  heapUsed: number;
  heapTotal: number;
}

/** Asks a server started with the heap hook for a full GC and its memory figures. */
async function collectGarbage(server: RunningBot): Promise<HeapFigures | undefined> {
  const seen = server.child.output().split('\n').filter((l) => l.startsWith('bench-heap ')).length;
  server.child.process.kill('SIGUSR2');
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const lines = server.child.output().split('\n').filter((l) => l.startsWith('bench-heap '));
    if (lines.length > seen) return JSON.parse(lines[lines.length - 1].slice('bench-heap '.length)) as HeapFigures;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return undefined;
}

/**
 * RSS of one server (the bot or the echo bot) after start-up and after `conversations`
 * conversations, 50 at a time; then, after a forced full GC, the live heap (what RSS would be
 * without garbage V8 has not bothered to collect: it has gigabytes of headroom here).
 */
async function memoryOf(entry: string, conversations: number, turns: number, nodeArgs: string[]) {
  const connector = new ConnectorService();
  await connector.start();
  const hook = path.join(ROOT, 'dist', 'bench', 'lib', 'heap-hook.js');
  requireBuilt(hook);
  const server = await startBotProcess(entry, { STORAGE: 'memory' }, ['-r', hook, ...nodeArgs]);
  try {
    const afterStartup = rssBytes(server.child.pid);
    let errors = 0;
    let completed = 0;
    let peak = afterStartup;
    const started = Date.now();
    for (let b = 0; b * 50 < conversations; b++) {
      const size = Math.min(50, conversations - b * 50);
      const batch = await runLoad({ botUrl: server.url, connector, conversations: size, turns, script: SUPPORT_SCRIPT, runId: `mem-${b}` });
      errors += batch.errorCount;
      completed += batch.completed;
      if (b % 10 === 9) peak = Math.max(peak, rssBytes(server.child.pid));
    }
    const afterLoad = rssBytes(server.child.pid);
    const heap = await collectGarbage(server);
    return {
      conversations,
      turnsEach: turns,
      turns: completed,
      errors,
      seconds: round((Date.now() - started) / 1000, 1),
      rssAfterStartupBytes: afterStartup,
      rssAfterLoadBytes: afterLoad,
      rssPeakBytes: Math.max(peak, afterLoad),
      liveHeapBytes: heap?.heapUsed,
      rssAfterFullGcBytes: heap?.rss,
    };
  } finally {
    await server.stop();
    await connector.stop();
  }
}

async function main(): Promise<void> {
  const values = readOptions(USAGE, {
    conversations: { type: 'string', short: 'n' },
    turns: { type: 'string', short: 'm' },
    rounds: { type: 'string' },
    startups: { type: 'string' },
    'memory-conversations': { type: 'string' },
    'memory-turns': { type: 'string' },
    only: { type: 'string' },
    'node-args': { type: 'string' },
  });
  const botNodeArgs = (values['node-args'] ?? '').split(' ').filter(Boolean);
  const conversations = integer('--conversations', values.conversations, '50');
  const turns = integer('--turns', values.turns, '20');
  const rounds = integer('--rounds', values.rounds, '5');
  const startupCount = integer('--startups', values.startups, '5');
  const memoryConversations = integer('--memory-conversations', values['memory-conversations'], '10000');
  const memoryTurns = integer('--memory-turns', values['memory-turns'], '3');
  const only = new Set((values.only ?? 'startup,analyze,throughput,state,memory').split(',').map((s) => s.trim()));
  requireBuilt(BOT_ENTRY, ECHO_ENTRY);
  const apology = loadContent().messages.turnFailed;

  const machine = { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, loadAverageBefore: os.loadavg().map((l) => round(l, 2)) };
  log(`node ${machine.node}, ${machine.cpus} CPUs (${machine.cpuModel}), load average ${machine.loadAverageBefore.join(' ')}`);
  const figures: Record<string, unknown> = { bench: 'bench', machine, nodeArgs: botNodeArgs };
  const rows: (string | number)[][] = [];

  if (only.has('startup')) {
    log(`start-up: ${startupCount} times each ...`);
    const s = await startups(startupCount);
    figures.startup = s;
    rows.push(['start-up to healthy /healthz (median / max)', `${s.botMs.median} / ${s.botMs.max} ms`, `echo bot: ${s.echoMs.median} ms`, `<= ${TARGETS.startupMs} ms`, mark(s.botMs.median <= TARGETS.startupMs)]);
  }
  if (only.has('analyze')) {
    log('analyze() speed (dist/bench/nlp-speed.js) ...');
    const a = await analyzeSpeed();
    figures.analyze = a;
    rows.push(['analyze() per utterance (median / p99)', `${a.analyzeMs.median} / ${a.analyzeMs.p99} ms`, `${a.calls} calls, ${a.utterances} utterances`, `median <= ${TARGETS.analyzeMedianMs} ms`, mark(a.analyzeMs.median <= TARGETS.analyzeMedianMs)]);
  }
  if (only.has('throughput')) {
    log(`throughput: ${conversations} conversations x ${turns} turns, ${rounds} rounds each, alternating ...`);
    const t = await throughput(conversations, turns, rounds, apology, botNodeArgs);
    const ratio = round(t.bot.turnsPerSecond / t.echo.turnsPerSecond, 2);
    const p99Ratio = round(t.bot.latencyMs.p99 / t.echo.latencyMs.p99, 2);
    figures.throughput = { conversations, turnsPerConversation: turns, ...t, ratio, p99Ratio };
    log('');
    log(
      table(
        ['', 'turns/s', 'p50 ms', 'p90 ms', 'p99 ms', 'CPU ms/turn', 'replies/turn', 'errors', 'lost', 'failed turns'],
        (['echo', 'bot'] as const).map((k) => [
          k === 'echo' ? 'echo bot' : 'the bot',
          t[k].turnsPerSecond,
          t[k].latencyMs.p50,
          t[k].latencyMs.p90,
          t[k].latencyMs.p99,
          t[k].serverCpuMsPerTurn,
          t[k].repliesPerTurn,
          t[k].errors,
          t[k].lostReplies,
          t[k].failedTurns,
        ]),
      ),
    );
    log(`  (CPU ms/turn: the server process's own CPU time per turn; the benchmark process used ${t.echo.driverCpuMsPerTurn} / ${t.bot.driverCpuMsPerTurn} ms per echo / bot turn)`);
    log('');
    rows.push(['CPU per turn, bot / echo', `${round(t.bot.serverCpuMsPerTurn / t.echo.serverCpuMsPerTurn, 2)}x (${t.bot.serverCpuMsPerTurn} / ${t.echo.serverCpuMsPerTurn} ms)`, 'server process only', '', '']);
    rows.push(['throughput, bot / echo', `${ratio}x (${t.bot.turnsPerSecond} / ${t.echo.turnsPerSecond} turns/s)`, `${conversations} conversations at once`, `>= ${TARGETS.throughputRatio}x`, mark(ratio >= TARGETS.throughputRatio)]);
    rows.push(['p99 latency, bot / echo', `${p99Ratio}x (${t.bot.latencyMs.p99} / ${t.echo.latencyMs.p99} ms)`, `p50 ${t.bot.latencyMs.p50} / ${t.echo.latencyMs.p50} ms`, `<= ${TARGETS.p99Ratio}x`, mark(p99Ratio <= TARGETS.p99Ratio)]);
  }
  if (only.has('state')) {
    log('stored state per conversation (dist/bench/state-size.js) ...');
    const s = await stateSize();
    figures.state = s;
    const worst = Math.max(...s.byTurns.map((b) => b.maxBytes));
    rows.push(['state per conversation (max over 3..60 turns)', formatBytes(worst), s.byTurns.map((b) => `${b.turns}t: ${formatBytes(b.medianBytes)}`).join(', '), `<= ${formatBytes(TARGETS.stateBytes)}`, mark(worst <= TARGETS.stateBytes)]);
  }
  if (only.has('memory')) {
    log(`memory: ${memoryConversations} conversations x ${memoryTurns} turns, 50 at a time ...`);
    const describe = (m: Awaited<ReturnType<typeof memoryOf>>) =>
      `${m.turns} turns in ${m.seconds} s, RSS ${formatBytes(m.rssAfterStartupBytes)} -> ${formatBytes(m.rssAfterLoadBytes)}; ` +
      `after a full GC: live heap ${m.liveHeapBytes === undefined ? '?' : formatBytes(m.liveHeapBytes)}, ` +
      `RSS ${m.rssAfterFullGcBytes === undefined ? '?' : formatBytes(m.rssAfterFullGcBytes)}`;
    const m = await memoryOf(BOT_ENTRY, memoryConversations, memoryTurns, botNodeArgs);
    log(`  the bot: ${describe(m)}`);
    const e = await memoryOf(ECHO_ENTRY, memoryConversations, memoryTurns, botNodeArgs);
    log(`  echo bot: ${describe(e)}`);
    figures.memory = { bot: m, echo: e };
    rows.push([
      `RSS after ${memoryConversations} conversations`,
      formatBytes(m.rssAfterLoadBytes),
      `live heap ${m.liveHeapBytes === undefined ? '?' : formatBytes(m.liveHeapBytes)}; echo bot ${formatBytes(e.rssAfterLoadBytes)}`,
      `<= ${formatBytes(TARGETS.rssBytes)}`,
      mark(m.rssAfterLoadBytes <= TARGETS.rssBytes),
    ]);
  }

  figures.loadAverageAfter = os.loadavg().map((l) => round(l, 2));
  log('');
  log(table(['figure', 'measured', 'detail', 'target', ''], rows, true));
  log('');
  log(JSON.stringify(figures, (key, value: unknown) => (key === 'latencies' ? undefined : value)));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
