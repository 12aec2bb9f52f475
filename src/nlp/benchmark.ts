/**
 * The Braun et al. (2017) NLU evaluation protocol: train the generic intent engine on the
 * sentences marked `training: true`, predict one intent for every other sentence ("None" is an
 * ordinary class), score = correct / test sentences.
 */
import { IntentEngine, type EngineOptions } from './engine';
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
 * Engine settings for the benchmark: word uni/bigrams plus character 3-5-grams at full weight
 * (the corpora are tiny, so sub-word overlap carries much of the signal), classes balanced
 * (AskUbuntu and WebApplications are skewed), softmax logistic regression, 40 epochs of Adagrad.
 */
export const BENCHMARK_ENGINE: EngineOptions = { balanced: true, features: { chars: 1 } };

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
