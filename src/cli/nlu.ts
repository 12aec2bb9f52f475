/**
 * npm run --silent nlu -- analyze          one utterance per stdin line -> one JSON object per stdout line
 * npm run --silent nlu -- benchmark FILE   Braun corpus -> {"corpus","n","correct","accuracy"}
 * npm run --silent nlu -- calibrate-topic  the on-topic threshold by cross-validation on the
 *                                          training texts -> {"chosen", "rows"}
 * npm run --silent nlu -- train [FILE]     trains the analyzer on content/ and writes its weights
 *                                          (default dist/nlp-weights.bin, which a start reads);
 *                                          runs after every build (postbuild), reports on stderr
 *
 * stdout carries only the JSON lines; diagnostics go to stderr.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { loadContent } from '../content/load';
import { analyzerInputFrom, createAnalyzer, parseBraunCorpus, runBenchmark } from '../nlp';
import { DEFAULT_WEIGHTS_FILE, TapoAnalyzer } from '../nlp/analyzer';
import { calibrateTopic } from '../nlp/calibrate';
import type { Analysis } from '../nlp';

const USAGE =
  'usage: nlu analyze  (utterances on stdin, one per line)\n       nlu benchmark FILE  (a corpus in the Braun et al. format)\n       nlu train [FILE]  (writes the trained weights; default dist/nlp-weights.bin)\n       nlu calibrate-topic  (the on-topic threshold by cross-validation)';

/** The contract's keys first, in the contract's order; the rest of the analysis after them. */
export function toJsonLine(a: Analysis): string {
  const { text, causes, pattern, events, safety, faq, entities, ...rest } = a;
  return JSON.stringify({ text, causes, pattern, events, safety, faq, entities, ...rest });
}

async function analyze(): Promise<void> {
  // A reader that stops early (`| head`) ends the output, not with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const content = loadContent();
  const analyzer = createAnalyzer(analyzerInputFrom(content));
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const text = line.replace(/\r$/, '');
    process.stdout.write(`${toJsonLine(analyzer.analyze(text))}\n`);
  }
}

function benchmark(file: string | undefined): void {
  if (!file) throw new UsageError('benchmark needs a corpus FILE');
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const corpus = parseBraunCorpus(json, path.basename(file, path.extname(file)));
  const { corpus: name, n, correct, accuracy } = runBenchmark(corpus);
  process.stdout.write(`${JSON.stringify({ corpus: name, n, correct, accuracy })}\n`);
}

/** Trains afresh (never reads old weights) and writes the file a start-up reads. */
function train(file: string | undefined): void {
  const target = file ?? DEFAULT_WEIGHTS_FILE;
  if (!target) throw new UsageError('train needs a FILE when run from source');
  const content = loadContent();
  const t0 = performance.now();
  const fresh = new TapoAnalyzer({ ...analyzerInputFrom(content), weights: false });
  const ms = performance.now() - t0;
  const bytes = fresh.saveWeights(target);
  // Read back as a start-up would: the key must match, or the file would be ignored.
  const again = new TapoAnalyzer({ ...analyzerInputFrom(content), weights: target });
  if (again.weightsSource !== 'file') throw new Error(`${target} was written but does not read back`);
  // On stderr: this runs after every build, whose stdout other scripts may read.
  process.stderr.write(`nlu train: ${JSON.stringify({ file: target, bytes, trainingMs: Math.round(ms), startFromFileMs: Math.round(again.timings.total) })}\n`);
}

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (command === 'analyze') await analyze();
    else if (command === 'benchmark') benchmark(args[0]);
    else if (command === 'train') train(args[0]);
    else if (command === 'calibrate-topic') {
      const content = loadContent();
      const r = calibrateTopic(analyzerInputFrom(content));
      process.stdout.write(`${JSON.stringify(r)}\n`);
    }
    else throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
    return 0;
  } catch (error) {
    process.stderr.write(`nlu: ${error instanceof Error ? error.message : String(error)}\n`);
    if (error instanceof UsageError) {
      process.stderr.write(`${USAGE}\n`);
      return 2;
    }
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
