/**
 * The Braun et al. (2017) NLU evaluation protocol: train the generic intent engine on the
 * sentences marked `training: true`, predict one intent for every other sentence ("None" is an
 * ordinary class), score = correct / test sentences.
 */
import { IntentEngine, seededRandom, type EngineOptions } from './engine';
import { englishWords } from './lexicon';
import { Preprocessor } from './preprocess';

export interface BraunSentence {
  text: string;
  intent: string;
  training: boolean;
}

export interface BraunCorpus {
  name?: string;
  sentences: BraunSentence[];
}

export interface BenchmarkResult {
  corpus: string;
  n: number;
  correct: number;
  accuracy: number;
}

export function parseBraunCorpus(json: unknown, fallbackName = 'corpus'): { name: string; sentences: BraunSentence[] } {
  const c = json as Partial<BraunCorpus> | null;
  if (!c || !Array.isArray(c.sentences)) throw new Error('not a Braun corpus: expected {"sentences": [...]}');
  const sentences = c.sentences.map((s, i) => {
    if (typeof s?.text !== 'string' || typeof s.intent !== 'string' || typeof s.training !== 'boolean') {
      throw new Error(`sentence ${i}: expected text (string), intent (string) and training (boolean)`);
    }
    return { text: s.text, intent: s.intent, training: s.training };
  });
  return { name: typeof c.name === 'string' ? c.name : fallbackName, sentences };
}

/**
 * Engine settings for the benchmark, one configuration for every corpus, chosen by cross-validation
 * on the training sentences only (docs/nlu.md): stemmed word unigrams and bigrams at equal weight,
 * character 1-3-grams of the content words (letters included: with a few dozen examples, sub-word
 * overlap carries much of the signal), no negation features (an intent is the same asked with or
 * without "not"), classes balanced (the small classes would otherwise vanish), softmax logistic
 * regression with 40 epochs of Adagrad at learning rate 0.1, averaged over 5 example orders.
 */
export const BENCHMARK_ENGINE: EngineOptions = {
  balanced: true,
  learningRate: 0.1,
  epochs: 40,
  l2: 1e-4,
  seed: 1,
  ensemble: 5,
  features: { unigrams: 1, bigrams: 1, chars: 1, charMin: 1, charMax: 3, negation: false },
};

export function trainIntentEngine(train: readonly BraunSentence[], options: EngineOptions = BENCHMARK_ENGINE): { engine: IntentEngine; pre: Preprocessor } {
  const pre = new Preprocessor(train.map((s) => s.text), { dictionary: englishWords() });
  const engine = IntentEngine.train(
    train.map((s) => ({ tokens: pre.process(s.text).tokens, labels: [s.intent] })),
    options,
  );
  return { engine, pre };
}

export function runBenchmark(corpus: { name: string; sentences: BraunSentence[] }, options: EngineOptions = BENCHMARK_ENGINE): BenchmarkResult & { errors: { text: string; expected: string; got: string }[] } {
  const train = corpus.sentences.filter((s) => s.training);
  const test = corpus.sentences.filter((s) => !s.training);
  const { engine, pre } = trainIntentEngine(train, options);
  let correct = 0;
  const errors: { text: string; expected: string; got: string }[] = [];
  for (const s of test) {
    const got = engine.classify(pre.process(s.text).tokens).label;
    if (got === s.intent) correct++;
    else errors.push({ text: s.text, expected: s.intent, got });
  }
  return { corpus: corpus.name, n: test.length, correct, accuracy: test.length ? correct / test.length : 0, errors };
}


function shuffle(xs: number[], rand: () => number): void {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = xs[i];
    xs[i] = xs[j];
    xs[j] = t;
  }
}

/** Indices of the sentences per intent, in first-seen order of the intents. */
function byIntent(sentences: readonly BraunSentence[]): number[][] {
  const groups = new Map<string, number[]>();
  sentences.forEach((s, i) => {
    let g = groups.get(s.intent);
    if (!g) groups.set(s.intent, (g = []));
    g.push(i);
  });
  return [...groups.values()];
}

function countCorrect(train: readonly BraunSentence[], test: readonly BraunSentence[], options: EngineOptions): number {
  const { engine, pre } = trainIntentEngine(train, options);
  let correct = 0;
  for (const s of test) if (engine.classify(pre.process(s.text).tokens).label === s.intent) correct++;
  return correct;
}

/** Stratified k-fold over `sentences`, repeated with `repeats` different seeded shuffles: accuracy. */
export function kFoldAccuracy(sentences: readonly BraunSentence[], options: EngineOptions, folds: number, repeats: number): number {
  let correct = 0;
  for (let rep = 0; rep < repeats; rep++) {
    const rand = seededRandom(1000 + rep);
    const fold = new Int32Array(sentences.length);
    let offset = 0;
    for (const group of byIntent(sentences)) {
      shuffle(group, rand);
      group.forEach((ix, q) => {
        fold[ix] = (q + offset) % folds;
      });
      offset += group.length;
    }
    for (let f = 0; f < folds; f++) {
      const test = sentences.filter((_, i) => fold[i] === f);
      if (test.length) correct += countCorrect(sentences.filter((_, i) => fold[i] !== f), test, options);
    }
  }
  return correct / (sentences.length * repeats);
}

/** Train on a stratified random half (at least one sentence per intent), predict the rest; `repeats` times. */
export function halfSplitAccuracy(sentences: readonly BraunSentence[], options: EngineOptions, repeats: number): number {
  const rand = seededRandom(1);
  let correct = 0;
  let n = 0;
  for (let rep = 0; rep < repeats; rep++) {
    const inTrain = new Uint8Array(sentences.length);
    for (const group of byIntent(sentences)) {
      shuffle(group, rand);
      const m = Math.max(1, Math.round(group.length / 2));
      for (let i = 0; i < m; i++) inTrain[group[i]] = 1;
    }
    const test = sentences.filter((_, i) => !inTrain[i]);
    correct += countCorrect(sentences.filter((_, i) => inTrain[i]), test, options);
    n += test.length;
  }
  return n ? correct / n : 0;
}

export interface CrossValidation {
  /** Per corpus: mean of the three estimates below. */
  corpora: { corpus: string; kFold3: number; kFold5: number; halves: number; mean: number }[];
  /** Per estimate and their mean, the corpora weighted by their test-split sizes (as the overall score is). */
  overall: { kFold3: number; kFold5: number; halves: number; mean: number };
}

/**
 * How the benchmark settings were chosen: cross-validation on the TRAINING sentences only (the test
 * split is never read, except for its size, which weights the corpora as the overall score does).
 * Three estimates: stratified 3-fold x 6 shuffles, 5-fold x 4 shuffles and 20 random stratified
 * halves (the test split outnumbers the training split, so small training sets are the case to
 * optimise for).
 */
export function crossValidate(corpora: readonly { name: string; sentences: BraunSentence[] }[], options: EngineOptions = BENCHMARK_ENGINE): CrossValidation {
  const rows = corpora.map((c) => {
    const train = c.sentences.filter((s) => s.training);
    const kFold3 = kFoldAccuracy(train, options, 3, 6);
    const kFold5 = kFoldAccuracy(train, options, 5, 4);
    const halves = halfSplitAccuracy(train, options, 20);
    return { corpus: c.name, kFold3, kFold5, halves, mean: (kFold3 + kFold5 + halves) / 3, weight: c.sentences.length - train.length };
  });
  const total = rows.reduce((a, r) => a + r.weight, 0) || 1;
  const avg = (key: 'kFold3' | 'kFold5' | 'halves' | 'mean') => rows.reduce((a, r) => a + r[key] * r.weight, 0) / total;
  return {
    corpora: rows.map(({ weight: _weight, ...r }) => r),
    overall: { kFold3: avg('kFold3'), kFold5: avg('kFold5'), halves: avg('halves'), mean: avg('mean') },
  };
}
