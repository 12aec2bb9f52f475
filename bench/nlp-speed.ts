/**
 * Speed of the understanding layer (not a test): training time, start-up from the weights file
 * (in this process and in fresh processes, with and without botbuilder-dialogs loaded first),
 * then analyze() latency per utterance over the held-out lines and run-ons made from them.
 *
 *   npm run --silent build && node dist/bench/nlp-speed.js [--rounds N]
 *
 * Prints one JSON object; the targets are median <= 1 ms, p99 <= 5 ms, training <= 1 s.
 * Wall-clock figures include time the process waited for a CPU; on a busy machine read the CPU
 * figures (process.cpuUsage: this process's own user + system time, garbage collection included)
 * and "perUtterance": each utterance's fastest of the rounds, i.e. its own cost without pauses
 * that other work caused.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadContent } from '../src/content/load';
import { analyzerInputFrom } from '../src/nlp';
import { DEFAULT_WEIGHTS_FILE, TapoAnalyzer } from '../src/nlp/analyzer';

function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + __dirname);
    dir = up;
  }
  return dir;
}

function utterances(): string[] {
  const dir = path.join(repoRoot(), 'test', 'nlp', 'heldout');
  const read = (f: string) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as unknown;
  const second = read('second.json') as { descriptions: { text: string }[]; questions: { text: string }[]; outOfScope: string[] };
  const lines = [
    ...(read('descriptions.json') as { text: string }[]).map((d) => d.text),
    ...(read('questions.json') as { text: string }[]).map((q) => q.text),
    ...(read('out-of-scope.json') as string[]),
    ...second.descriptions.map((d) => d.text),
    ...second.questions.map((q) => q.text),
    ...second.outOfScope,
  ];
  // Long run-ons: three lines joined, the worst case a chat sees (the dialogs cut at 1000 chars).
  const runOns = lines.map((l, i) => `${l}, ${lines[(i * 7 + 3) % lines.length]} and ${lines[(i * 13 + 5) % lines.length]}`);
  return [...lines, ...runOns];
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * A fresh process that loads the NLP modules and the content and builds the analyzer, as a start
 * does: wall-clock milliseconds from its first line. `afterDialogs` loads botbuilder-dialogs first,
 * as the bot does, so modules both use (recognizers-text) are already there.
 */
function coldStart(weights: string | false, afterDialogs: boolean): number {
  const script = [
    afterDialogs ? "require('botbuilder-dialogs');" : '',
    'const t0 = performance.now();',
    `const { loadContent } = require(${JSON.stringify(path.join(__dirname, '..', 'src', 'content', 'load'))});`,
    `const { analyzerInputFrom, createAnalyzer } = require(${JSON.stringify(path.join(__dirname, '..', 'src', 'nlp'))});`,
    'const c = loadContent();',
    `createAnalyzer({ ...analyzerInputFrom(c), weights: ${JSON.stringify(weights)} });`,
    'process.stdout.write(String(performance.now() - t0));',
  ].join('\n');
  const r = spawnSync(process.execPath, ['--no-deprecation', '-e', script], { cwd: repoRoot(), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cold start failed: ${r.stderr}`);
  return Math.round(Number(r.stdout));
}

function main(): void {
  const roundsArg = process.argv.indexOf('--rounds');
  const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 5;
  const content = loadContent();
  const input = analyzerInputFrom(content);
  // Training from scratch (what `nlu train` does after a build), then a start from its file.
  const cpuTrain = process.cpuUsage();
  const trained = new TapoAnalyzer({ ...input, weights: false });
  const trainingCpu = process.cpuUsage(cpuTrain);
  const file = DEFAULT_WEIGHTS_FILE ?? path.join(os.tmpdir(), 'nlp-speed-weights.bin');
  trained.saveWeights(file);
  const cpu0 = process.cpuUsage();
  const analyzer = new TapoAnalyzer({ ...input, weights: file });
  const startupCpu = process.cpuUsage(cpu0);
  if (analyzer.weightsSource !== 'file') throw new Error('the weights file just written was not used');
  const texts = utterances();

  // The first text that needs the number and date-time recognisers builds them (as
  // analyzer.warmUp() would ahead of time); the rounds below measure the steady state.
  const first = performance.now();
  analyzer.analyze('it blinked three times, then for a few minutes since yesterday');
  const firstCall = performance.now() - first;

  // Fresh strings each round would not change much: caches hold stems and corrections only.
  const times = new Float64Array(texts.length * rounds);
  const cpuTimes = new Float64Array(texts.length * rounds);
  const fastest = new Float64Array(texts.length).fill(Infinity);
  let k = 0;
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < texts.length; i++) {
      const c = process.cpuUsage();
      const s = performance.now();
      analyzer.analyze(texts[i]);
      const wall = performance.now() - s;
      const used = process.cpuUsage(c);
      times[k] = wall;
      cpuTimes[k++] = (used.user + used.system) / 1000;
      if (wall < fastest[i]) fastest[i] = wall;
    }
  }
  times.sort();
  cpuTimes.sort();
  fastest.sort();
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  process.stdout.write(
    `${JSON.stringify({
      utterances: texts.length,
      calls: times.length,
      analyzeMs: {
        median: round3(percentile(times, 0.5)),
        p90: round3(percentile(times, 0.9)),
        p99: round3(percentile(times, 0.99)),
        max: round3(times[times.length - 1]),
        mean: round3(mean),
        firstCall: round3(firstCall),
      },
      analyzeCpuMs: {
        median: round3(percentile(cpuTimes, 0.5)),
        p90: round3(percentile(cpuTimes, 0.9)),
        p99: round3(percentile(cpuTimes, 0.99)),
        max: round3(cpuTimes[cpuTimes.length - 1]),
      },
      perUtteranceMs: {
        median: round3(percentile(fastest, 0.5)),
        p90: round3(percentile(fastest, 0.9)),
        p99: round3(percentile(fastest, 0.99)),
        max: round3(fastest[fastest.length - 1]),
      },
      trainingMs: {
        wall: Math.round(trained.timings.training),
        cpu: Math.round((trainingCpu.user + trainingCpu.system) / 1000),
        total: Math.round(trained.timings.total),
      },
      startupCpuMs: Math.round((startupCpu.user + startupCpu.system) / 1000),
      startupMs: {
        weights: analyzer.weightsSource,
        readWeights: Math.round(analyzer.timings.training),
        lexicon: Math.round(analyzer.timings.lexicon),
        entities: Math.round(analyzer.timings.entities),
        total: Math.round(analyzer.timings.total),
      },
      coldStartMs: {
        fromFile: coldStart(file, false),
        fromFileAfterDialogs: coldStart(file, true),
        training: coldStart(false, false),
        trainingAfterDialogs: coldStart(false, true),
      },
      node: process.version,
      loadAverage: os.loadavg()[0],
      cpus: os.cpus().length,
    })}\n`,
  );
}

main();
