import { analyzerFor } from '../../src/app';
import { loadContent, type Content } from '../../src/content/load';
import type { Analyzer } from '../../src/nlp';

let cached: Content | undefined;

/** The real content/ files, read once per test file. */
export function content(): Content {
  cached ??= loadContent();
  return cached;
}

let trained: Analyzer | undefined;

/** The real analyzer, trained once per test file. */
export function analyzer(): Analyzer {
  trained ??= analyzerFor(content());
  return trained;
}
