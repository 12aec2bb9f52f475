/**
 * Quick-answer matching: which faq entry does a question ask for? Two views that fail
 * differently are combined: the intent engine (softmax over faq ids plus "none", trained on each
 * entry's question, paraphrases and nlu.faq examples, with out-of-scope lines and commands as
 * "none") and fuse.js fuzzy search over the same phrasings (catches near-verbatim wording and
 * typos the engine has not seen).
 */
import Fuse from 'fuse.js';
import { IntentEngine, type TrainingExample } from './engine';
import type { Preprocessor, Token } from './preprocess';
import { STOPWORDS } from './text';
import type { Scored } from './types';

export const NONE = '__none__';

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

export class FaqMatcher {
  readonly engine: IntentEngine;
  private readonly fuse: Fuse<FuseDoc>;
  private readonly ids: string[];

  constructor(pre: Preprocessor, phrasings: readonly FaqPhrasing[], negatives: readonly TrainingExample[]) {
    const examples: TrainingExample[] = phrasings.map((p) => ({ tokens: pre.process(p.text).tokens, labels: [p.id] }));
    for (const n of negatives) examples.push({ tokens: n.tokens, labels: [NONE], weight: n.weight });
    this.ids = [...new Set(phrasings.map((p) => p.id))];
    this.engine = IntentEngine.train(examples, { epochs: 20, l2: 1e-4, features: { chars: 0 } }, [...this.ids, NONE]);
    const docs = phrasings.map((p) => ({ id: p.id, key: stemKey(pre.process(p.text).tokens) })).filter((d) => d.key.length > 0);
    this.fuse = new Fuse(docs, { keys: ['key'], includeScore: true, ignoreLocation: true, threshold: 0.4, useTokenSearch: true });
  }

  /** Candidates best first, with a score in [0, 1] (0 for "none"). */
  match(tokens: readonly Token[]): { best: Scored<string> | null; second: Scored<string> | null; none: number } {
    const probs = this.engine.scores(tokens);
    const labels = this.engine.labels;
    let noneP = 0;
    let b = -1;
    let s = -1;
    for (let i = 0; i < labels.length; i++) {
      if (labels[i] === NONE) {
        noneP = probs[i];
        continue;
      }
      if (b < 0 || probs[i] > probs[b]) {
        s = b;
        b = i;
      } else if (s < 0 || probs[i] > probs[s]) s = i;
    }
    const best = b >= 0 ? { id: labels[b], score: probs[b] } : null;
    const second = s >= 0 ? { id: labels[s], score: probs[s] } : null;
    if (best && best.score > 0.15) {
      const key = stemKey(tokens);
      if (key) {
        const hit = this.fuse.search(key, { limit: 1 })[0];
        if (hit && hit.score !== undefined) {
          const similarity = 1 - hit.score;
          // Agreement raises confidence; a strong fuzzy hit on another entry lowers it.
          if (hit.item.id === best.id) best.score = Math.min(1, best.score + 0.25 * similarity * (1 - best.score));
          else if (similarity > 0.8) best.score *= 0.85;
        }
      }
    }
    return { best, second, none: noneP };
  }
}
