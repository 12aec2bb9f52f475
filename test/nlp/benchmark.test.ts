import { readFileSync } from 'node:fs';
import path from 'node:path';
import { crossValidate, parseBraunCorpus, runBenchmark } from '../../src/nlp/benchmark';
import { REPO_ROOT } from './fixture';

/**
 * Braun et al. (2017) protocol: train on `training: true`, predict every other sentence, None
 * included. Overall = correct / test sentences summed over the three corpora (count-weighted,
 * 274 sentences), as the corpora's README and the published tables compute it.
 */
/** A copy of the corpora (CC BY-SA 3.0, see its README) kept with the tests, so any clone can run them. */
const DIR = path.join(REPO_ROOT, 'test', 'nlp', 'braun-corpora');
const CORPORA = ['ChatbotCorpus.json', 'AskUbuntuCorpus.json', 'WebApplicationsCorpus.json'];

/**
 * The issue asks for 0.94 (NLP.js measures 0.931). The engine measures 0.927 (254/274, see
 * docs/nlu.md; 252-255 when the five example orders come from other seeds): this floor guards
 * against regressions until the target is reached.
 */
const FLOOR = 0.92;

describe('intent engine on the Braun et al. corpora', () => {
  const results = CORPORA.map((f) => runBenchmark(parseBraunCorpus(JSON.parse(readFileSync(path.join(DIR, f), 'utf8')), f)));

  it('uses the published test split sizes', () => {
    expect(results.map((r) => r.n)).toEqual([106, 109, 59]);
  });

  it(`scores at least ${FLOOR} overall (count-weighted)`, () => {
    const correct = results.reduce((a, r) => a + r.correct, 0);
    const n = results.reduce((a, r) => a + r.n, 0);
    expect(correct / n).toBeGreaterThanOrEqual(FLOOR);
  });

  it('chooses settings on the training split only: cross-validation never reads a test label', () => {
    const corpus = parseBraunCorpus(JSON.parse(readFileSync(path.join(DIR, CORPORA[2]), 'utf8')), CORPORA[2]);
    const scrambled = { ...corpus, sentences: corpus.sentences.map((s) => (s.training ? s : { ...s, intent: 'scrambled', text: 'scrambled' })) };
    const cheap = { balanced: true, epochs: 5 };
    expect(crossValidate([scrambled], cheap)).toEqual(crossValidate([corpus], cheap));
  });

  it('is deterministic', () => {
    const again = runBenchmark(parseBraunCorpus(JSON.parse(readFileSync(path.join(DIR, CORPORA[2]), 'utf8')), CORPORA[2]));
    expect(again.correct).toBe(results[2].correct);
  });
});
