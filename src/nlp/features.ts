import type { Token } from './preprocess';
import { STOPWORDS } from './text';

/** Which features an utterance is turned into, and how much each family weighs. */
export interface FeatureOptions {
  /** Stemmed word unigrams. */
  unigrams: number;
  /** Stemmed word bigrams (punctuation breaks them). */
  bigrams: number;
  /** Character n-grams of each content word, with word-boundary marks. */
  chars: number;
  charMin: number;
  charMax: number;
  /** Negated words become "!stem" features instead of "stem". */
  negation: boolean;
  /** Skip stop words entirely: no unigram, and bigrams join the content words around them. */
  dropStopwords: boolean;
  /**
   * Scale each utterance to unit length (softmax intents: one label per text). Off for evidence
   * detectors, where a long run-on must not dilute "blinks fast" into nothing.
   */
  normalise: boolean;
  /**
   * Bigrams with the start and end of the text ("^_adapter", "adapter_$"). Off for evidence
   * detectors: where a word stands in the text says nothing about what it is evidence for.
   */
  edges: boolean;
  /**
   * A feature counts once however often it occurs (evidence detectors: saying "blinking" five
   * times, or repeating a harmless sentence, is no more evidence than saying it once).
   */
  binary: boolean;
}

export const DEFAULT_FEATURES: FeatureOptions = {
  unigrams: 1,
  bigrams: 0.6,
  chars: 0.5,
  charMin: 3,
  charMax: 5,
  negation: true,
  dropStopwords: false,
  normalise: true,
  edges: true,
  binary: false,
};

export type FeatureBag = Map<string, number>;

/**
 * Words that say when, not what ("after", "since", "started"): with dropStopwords they are skipped
 * like function words, so "it started right after X" is evidence for X alone.
 */
const WEAK = new Set([
  ...STOPWORDS,
  'after', 'since', 'before', 'during', 'until', 'when', 'then', 'now', 'right', 'just', 'really', 'ever', 'again',
  'start', 'started', 'starts', 'starting', 'began', 'begin', 'got', 'get', 'had', 'happened', 'suddenly',
]);

function sum(bag: FeatureBag, key: string, w: number): void {
  bag.set(key, (bag.get(key) ?? 0) + w);
}

function once(bag: FeatureBag, key: string, w: number): void {
  const old = bag.get(key);
  if (old === undefined || old < w) bag.set(key, w);
}

const gramCache = new Map<string, string[]>();

/** "c:"-prefixed character n-grams of `<word>`, memoised: analyze() should not allocate them anew. */
function charGrams(word: string, min: number, max: number): string[] {
  const key = `${min}${max}${word}`;
  let grams = gramCache.get(key);
  if (grams === undefined) {
    grams = [];
    const w = `<${word}>`;
    for (let n = min; n <= max; n++) for (let i = 0; i + n <= w.length; i++) grams.push(`c:${w.slice(i, i + n)}`);
    if (gramCache.size > 50000) gramCache.clear();
    gramCache.set(key, grams);
  }
  return grams;
}

/** Sparse features of one utterance (reusing `bag`). */
export function extractFeatures(tokens: readonly Token[], o: FeatureOptions, bag: FeatureBag = new Map()): FeatureBag {
  bag.clear();
  const add = o.binary ? once : sum;
  let prev: string | null = null;
  for (const t of tokens) {
    if (t.punct) {
      prev = null;
      continue;
    }
    if (o.dropStopwords && WEAK.has(t.word)) continue;
    const neg = o.negation && t.negated;
    const key = neg ? `!${t.stem}` : t.stem;
    if (o.unigrams > 0) add(bag, `w:${key}`, o.unigrams);
    if (o.bigrams > 0 && (prev !== null || o.edges)) add(bag, `b:${prev ?? '^'}_${key}`, o.bigrams);
    prev = key;
    if (o.chars > 0 && !STOPWORDS.has(t.word) && !neg) {
      const w = o.chars / (o.charMax - o.charMin + 1);
      for (const g of charGrams(t.word, o.charMin, o.charMax)) add(bag, g, w);
    }
  }
  if (o.bigrams > 0 && prev !== null && o.edges) add(bag, `b:${prev}_$`, o.bigrams);
  if (!o.normalise) return bag;
  let norm = 0;
  for (const v of bag.values()) norm += v * v;
  if (norm > 0) {
    const inv = 1 / Math.sqrt(norm);
    for (const [k, v] of bag) bag.set(k, v * inv);
  }
  return bag;
}
