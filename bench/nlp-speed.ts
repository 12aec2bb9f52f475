/**
 * Speed of the understanding layer (not a test): start-up and training time, then analyze()
 * latency per utterance over the held-out lines and run-ons made from them.
 *
 *   npm run --silent build && node dist/bench/nlp-speed.js [--rounds N]
 *
 * Prints one JSON object; the targets are median <= 1 ms, p99 <= 5 ms, training <= 1 s.
 */
import { existsSync, readFileSync } from 'node:fs';
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
  const analyzer = new TapoAnalyzer({ nlu: content.nlu, faq: content.faq, safetyTriggers: content.flow.safety.triggers });
  const texts = utterances();

  const first = performance.now();
  analyzer.analyze(texts[0]);
  const firstCall = performance.now() - first;

  // Fresh strings each round would not change much: caches hold stems and corrections only.
  const times = new Float64Array(texts.length * rounds);
  let k = 0;
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) {
      const s = performance.now();
      analyzer.analyze(t);
      times[k++] = performance.now() - s;
    }
  }
  times.sort();
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
      startupMs: {
        training: Math.round(analyzer.timings.training),
        lexicon: Math.round(analyzer.timings.lexicon),
        entities: Math.round(analyzer.timings.entities),
        total: Math.round(analyzer.timings.total),
      },
      node: process.version,
    })}\n`,
  );
}

main();
