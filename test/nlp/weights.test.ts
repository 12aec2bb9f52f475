import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TapoAnalyzer } from '../../src/nlp/analyzer';
import { IntentEngine } from '../../src/nlp/engine';
import { Preprocessor } from '../../src/nlp/preprocess';
import { decodeWeights, encodeWeights } from '../../src/nlp/weights';
import { analyzerInput } from './fixture';
import { heldoutSets } from './heldoutScore';

/** Starting from stored weights must be the same as training, and stale weights must not be used. */
describe('trained weights on disk', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nlu-weights-'));
  const file = path.join(dir, 'weights.bin');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const input = analyzerInput();
  const trained = new TapoAnalyzer({ ...input, weights: file });
  const fromFile = new TapoAnalyzer({ ...input, weights: file });

  it('are written by a start that had to train and read by the next one', () => {
    expect(trained.weightsSource).toBe('trained');
    expect(statSync(file).size).toBeGreaterThan(0);
    expect(fromFile.weightsSource).toBe('file');
  });

  it('give exactly the analyses training gives', () => {
    const texts = [...heldoutSets.second.descriptions, ...heldoutSets.second.questions].map((x) => x.text).slice(0, 120);
    for (const text of texts) expect(fromFile.analyze(text)).toEqual(trained.analyze(text));
  });

  it('are trained afresh when the content changed, and rewritten', () => {
    const changed = { ...input, nlu: { ...input.nlu, outOfScope: [...input.nlu.outOfScope, 'which paint colour suits a hallway'] } };
    const before = readFileSync(file);
    const retrained = new TapoAnalyzer({ ...changed, weights: file });
    expect(retrained.weightsSource).toBe('trained');
    expect(readFileSync(file).equals(before)).toBe(false);
    expect(new TapoAnalyzer({ ...changed, weights: file }).weightsSource).toBe('file');
    // The file now holds the changed content's weights: the original content must not use them.
    expect(new TapoAnalyzer({ ...input, weights: file }).weightsSource).toBe('trained');
  });

  it('are ignored when damaged', () => {
    writeFileSync(file, readFileSync(file).subarray(0, 1000));
    expect(new TapoAnalyzer({ ...input, weights: file }).weightsSource).toBe('trained');
  });
});

describe('weights codec', () => {
  const pre = new Preprocessor([]);
  const ex = (text: string, label: string) => ({ tokens: pre.process(text).tokens, labels: [label] });
  const engine = IntentEngine.train([ex('the wifi drops', 'network'), ex('the adapter is loose', 'power'), ex('new firmware failed', 'firmware')], { ensemble: 2, idf: true });

  it('round-trips an engine', () => {
    const back = decodeWeights(encodeWeights('k', { e: engine.snapshot() }), 'k');
    expect(back).toBeDefined();
    const restored = IntentEngine.fromSnapshot(back!.e);
    const tokens = pre.process('my wifi keeps dropping').tokens;
    expect(Array.from(restored.scores(tokens))).toEqual(Array.from(engine.scores(tokens)));
  });

  it('refuses another key, another format and a truncated file', () => {
    const data = encodeWeights('k', { e: engine.snapshot() });
    expect(decodeWeights(data, 'other')).toBeUndefined();
    expect(decodeWeights(Buffer.from('not weights at all'), 'k')).toBeUndefined();
    expect(() => decodeWeights(data.subarray(0, data.length - 8), 'k')).toThrow(/truncated/);
  });
});
