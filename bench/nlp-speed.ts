/**
 * Speed of the understanding layer (not a test): start-up and training time, then analyze()
 * latency per utterance over the held-out lines and run-ons made from them.
 *
 *   npm run --silent build && node dist/bench/nlp-speed.js [--rounds N]
 *
 * Prints one JSON object; the targets are median <= 1 ms, p99 <= 5 ms, training <= 1 s.
 * Wall-clock figures include time the process waited for a CPU; on a busy machine read the CPU
 * figures (process.cpuUsage: this process's own user + system time, garbage collection included)
 * and "perUtterance": each utterance's fastest of the rounds, i.e. its own cost without pauses
 * that other work caused.
 */
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadContent } from '../src/content/load';
import { TapoAnalyzer } from '../src/nlp/analyzer';

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
  const read = (f: string) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as unknown[];
  const lines = [
    ...read('descriptions.json').map((d) => (d as { text: string }).text),
    ...read('questions.json').map((q) => (q as { text: string }).text),
    ...(read('out-of-scope.json') as string[]),
  ];
  // Long run-ons: three lines joined, the worst case a chat sees (the dialogs cut at 1000 chars).
  const runOns = lines.map((l, i) => `${l}, ${lines[(i * 7 + 3) % lines.length]} and ${lines[(i * 13 + 5) % lines.length]}`);
  return [...lines, ...runOns];
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

function main(): void {
  const roundsArg = process.argv.indexOf('--rounds');
  const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 5;
  const content = loadContent();
  const cpu0 = process.cpuUsage();
  const analyzer = new TapoAnalyzer({ nlu: content.nlu, faq: content.faq, safetyTriggers: content.flow.safety.triggers });
  const startupCpu = process.cpuUsage(cpu0);
  const texts = utterances();

  const first = performance.now();
  analyzer.analyze(texts[0]);
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
      startupCpuMs: Math.round((startupCpu.user + startupCpu.system) / 1000),
      startupMs: {
        training: Math.round(analyzer.timings.training),
        trainingCpu: Math.round(analyzer.timings.trainingCpu),
        lexicon: Math.round(analyzer.timings.lexicon),
        entities: Math.round(analyzer.timings.entities),
        total: Math.round(analyzer.timings.total),
      },
      node: process.version,
      loadAverage: os.loadavg()[0],
      cpus: os.cpus().length,
    })}\n`,
  );
}

main();
