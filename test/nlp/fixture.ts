import { readFileSync } from 'node:fs';
import path from 'node:path';
import { faqSchema } from '../../src/content/schemas/faq';
import { flowSchema } from '../../src/content/schemas/flow';
import { nluSchema } from '../../src/content/schemas/nlu';
import { analyzerInputFrom, createAnalyzer, type AnalyzerInput } from '../../src/nlp';
import type { Analyzer } from '../../src/nlp/types';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
const CONTENT = path.join(REPO_ROOT, 'content');

const read = (name: string): unknown => JSON.parse(readFileSync(path.join(CONTENT, name), 'utf8'));

/** The analyzer's inputs from content/, validated by their schemas (messages.json is not needed here). */
export function analyzerInput(): AnalyzerInput {
  const flow = flowSchema.parse(read('flow.json'));
  return analyzerInputFrom({ nlu: nluSchema.parse(read('nlu.json')), faq: faqSchema.parse(read('faq.json')), flow });
}

let shared: Analyzer | undefined;

/** One analyzer per test file, built from content/. */
export function contentAnalyzer(): Analyzer {
  shared ??= createAnalyzer(analyzerInput());
  return shared;
}
