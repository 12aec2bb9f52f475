/**
 * Quick-answer matching: which faq entry does a question ask for, if any? Three views that fail
 * differently:
 * - the intent engine, a softmax over the faq ids trained on each entry's question, paraphrases
 *   and nlu.faq examples: which entry, given that one fits;
 * - fuse.js fuzzy search over the same phrasings: near-verbatim wording and typos the engine has
 *   not seen; its best score per entry is a similarity in [0, 1];
 * - a relevance model (in-domain phrasings vs out-of-scope lines): does the text concern this
 *   product at all? "how do I reset my iphone" is about resetting, but not about a Tapo.
 * score = relevance x (0.6 engine + 0.4 similarity), in [0, 1].
 */
import Fuse from 'fuse.js';
import { IntentEngine, type TrainingExample } from './engine';
import type { Preprocessor, Token } from './preprocess';
import { STOPWORDS } from './text';
import type { Scored } from './types';

export interface FaqPhrasing {
  id: string;
  text: string;
}

interface FuseDoc {
  id: string;
  key: string;
}

/** The content words of an utterance as stems, the form fuse.js compares. */
export function stemKey(tokens: readonly Token[]): string {
  let key = '';
  for (const t of tokens) {
    if (t.punct || STOPWORDS.has(t.word)) continue;
    key += key ? ` ${t.stem}` : t.stem;
  }
  return key;
}

export interface FaqMatch {
  best: Scored<string> | null;
  second: Scored<string> | null;
  /** Probability that the text concerns the product at all. */
  relevance: number;
}

/** Words that make a question but say nothing about which one: never enough to match on. */
const ASKING_WORDS = new Set(['what', 'why', 'how', 'when', 'where', 'which', 'who', 'mean', 'meant', 'wat', 'whats', 'pleas', 'tell', 'explain', 'know', 'want', 'need', 'help', 'can', 'should', 'would', 'could', 'will']);

const IN = 'in';
/** The engine's best few entries are compared with fuse.js; the rest keep similarity 0. */
const FUZZY_CANDIDATES = 2;
/** An engine this sure needs no second opinion (fuse.js is the slowest part of analyze()). */
const CONFIDENT = 0.6;
/** Longest stemmed text (characters) handed to fuse.js: its cost grows with the text's length. */
const MAX_FUZZY_KEY = 40;

function topIndices(p: Float64Array, k: number): number[] {
  const idx: number[] = [];
  for (let i = 0; i < p.length; i++) {
    idx.push(i);
    idx.sort((a, b) => p[b] - p[a]);
    if (idx.length > k) idx.pop();
  }
  return idx;
}
const OUT = 'out';

/**
 * Trains the quick-answer engine (softmax over the faq ids) and the relevance model.
 * @param inDomain other texts about the product (descriptions, commands) for the relevance model
 * @param outOfScope texts that are not about the product
 * @param tok the tokenizer (the analyzer passes one that remembers texts it has seen)
 */
export function trainFaqEngines(
  pre: Preprocessor,
  phrasings: readonly FaqPhrasing[],
  inDomain: readonly Token[][],
  outOfScope: readonly Token[][],
  tok: (text: string) => Token[] = (text) => pre.process(text).tokens,
): { engine: IntentEngine; relevance: IntentEngine } {
  const tokens = phrasings.map((p) => tok(p.text));
  const ids = [...new Set(phrasings.map((p) => p.id))];
  const engine = IntentEngine.train(
    phrasings.map((p, i) => ({ tokens: tokens[i], labels: [p.id] })),
    { epochs: 12, l2: 1e-4, features: { chars: 0.4, charMin: 4, charMax: 4 } },
    ids,
  );
  const rel: TrainingExample[] = [
    ...tokens.map((t) => ({ tokens: t, labels: [IN] })),
    ...inDomain.map((t) => ({ tokens: t, labels: [IN], weight: 0.3 })),
    ...outOfScope.map((t) => ({ tokens: t, labels: [OUT], weight: 2 })),
  ];
  const relevance = IntentEngine.train(rel, { epochs: 8, l2: 1e-4, features: { chars: 0.4, charMin: 4, charMax: 4 } }, [IN, OUT]);
  return { engine, relevance };
}

export class FaqMatcher {
  readonly engine: IntentEngine;
  readonly relevance: IntentEngine;
  /** One small fuse.js index per entry: only the engine's best few are searched. */
  private readonly fuse: Fuse<FuseDoc>[];
  private readonly sim: Float64Array;
  /** Content stems of all phrasings: a text sharing none of them is not asking any of them. */
  private readonly topicStems = new Set<string>();

  /**
   * @param engine the quick-answer engine (trainFaqEngines().engine, or the same read from a file)
   * @param relevance the relevance model (trainFaqEngines().relevance)
   */
  constructor(pre: Preprocessor, phrasings: readonly FaqPhrasing[], engine: IntentEngine, relevance: IntentEngine) {
    const tokens = phrasings.map((p) => pre.process(p.text).tokens);
    const ids = [...new Set(phrasings.map((p) => p.id))];
    if (engine.labels.join() !== ids.join()) throw new Error('quick-answer engine was trained on other entries');
    this.engine = engine;
    this.relevance = relevance;
    for (const ts of tokens) for (const t of ts) if (!t.punct && !STOPWORDS.has(t.word) && !ASKING_WORDS.has(t.stem)) this.topicStems.add(t.stem);
    const docs = phrasings.map((p, i) => ({ id: p.id, key: stemKey(tokens[i]) })).filter((d) => d.key.length > 0);
    this.fuse = ids.map((id) => new Fuse(docs.filter((d) => d.id === id), { keys: ['key'], includeScore: true, ignoreLocation: true, threshold: 0.6 }));
    this.sim = new Float64Array(ids.length);
  }

  /** Probability that the text concerns the product at all (the relevance model alone). */
  relevanceOf(tokens: readonly Token[]): number {
    return this.relevance.scores(tokens)[0];
  }

  /** @param fuzzy also compare with fuse.js (costs up to a millisecond; the analyzer asks for questions). */
  match(tokens: readonly Token[], fuzzy = true): FaqMatch {
    let topical = false;
    for (const t of tokens) if (this.topicStems.has(t.stem)) topical = true;
    if (!topical) return { best: null, second: null, relevance: 0 };
    const relevance = this.relevance.scores(tokens)[0];
    const probs = this.engine.scores(tokens);
    const labels = this.engine.labels;
    this.sim.fill(0);
    // Fuzzy search costs grow with the text: questions are short, long run-ons are descriptions.
    let top = 0;
    for (let i = 0; i < probs.length; i++) if (probs[i] > top) top = probs[i];
    const key = fuzzy && top < CONFIDENT ? stemKey(tokens) : '';
    if (key && key.length <= MAX_FUZZY_KEY) {
      for (const i of topIndices(probs, FUZZY_CANDIDATES)) {
        const hit = this.fuse[i].search(key, { limit: 1 })[0];
        if (hit) this.sim[i] = 1 - (hit.score ?? 1);
      }
    }
    let b = -1;
    let s = -1;
    let bv = -1;
    let sv = -1;
    for (let i = 0; i < labels.length; i++) {
      const v = 0.6 * probs[i] + 0.4 * this.sim[i];
      if (v > bv) {
        s = b;
        sv = bv;
        b = i;
        bv = v;
      } else if (v > sv) {
        s = i;
        sv = v;
      }
    }
    return {
      best: b >= 0 ? { id: labels[b], score: bv * relevance } : null,
      second: s >= 0 ? { id: labels[s], score: sv * relevance } : null,
      relevance,
    };
  }
}
