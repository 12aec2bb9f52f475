/**
 * Quick-answer matching: which faq entry does a question ask for, if any? Three views that fail
 * differently:
 * - the intent engine, a softmax over the faq ids trained on each entry's question, paraphrases
 *   and nlu.faq examples: which entry, given that one fits;
 * - fuse.js fuzzy search over the same phrasings: near-verbatim wording and typos the engine has
 *   not seen; its best score per entry is a similarity in [0, 1];
 * - a relevance model (in-domain phrasings vs out-of-scope lines): does the text concern this
 *   product at all? "how do I reset my iphone" is about resetting, but not about a Tapo.
 *
 * The engine has one more class, "asks none of them" (NO_ANSWER), trained on what people say that
 * is not a quick question: descriptions, answers at a step, chatter, other products' troubles. So
 * its probability for an entry is a calibrated guess that the text asks that entry: near 1 for a
 * plain question about one entry, split between entries for a vague one ("support?"), low for a
 * description or a request to start troubleshooting ("how do I fix it").
 *
 * For a question the entries are weighed among themselves (it asks something), within a bound.
 * score = relevance x max(engine, 0.6 engine + 0.4 similarity), in [0, 1]: fuse.js can raise an
 * unsure engine's score (near-verbatim wording, typos) but never lower a sure one.
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

/**
 * The content words of an utterance as stems, the form fuse.js compares.
 * @param generic stems that say nothing about which entry is meant: with only these, the key is empty
 */
export function stemKey(tokens: readonly Token[], generic?: ReadonlySet<string>): string {
  let key = '';
  let specific = generic === undefined;
  for (const t of tokens) {
    if (t.punct || STOPWORDS.has(t.word)) continue;
    if (!specific && !generic!.has(t.stem)) specific = true;
    key += key ? ` ${t.stem}` : t.stem;
  }
  return specific ? key : '';
}

export interface FaqMatch {
  best: Scored<string> | null;
  second: Scored<string> | null;
  /** Probability that the text concerns the product at all. */
  relevance: number;
}

/** Words that make a question but say nothing about which one: never enough to match on. */
const ASKING_WORDS = new Set(['what', 'why', 'how', 'when', 'where', 'which', 'who', 'mean', 'meant', 'wat', 'whats', 'pleas', 'tell', 'explain', 'know', 'want', 'need', 'help', 'can', 'should', 'would', 'could', 'will']);
/**
 * Stems (Porter) of words that ask for a fix without saying what is wrong: "how do I fix it",
 * "how do I solve this problem" ask for the diagnosis, not for one quick answer.
 */
const FIXING_WORDS = ['fix', 'solv', 'sort', 'problem', 'issu', 'wrong', 'work', 'get', 'do', 'make', 'go', 'again', 'now', 'thi', 'it', 'take', 'long', 'out', 'up', 'back', 'idea', 'suggest', 'first', 'next', 'step', 'recommend', 'advis', 'advic'];
/** Neither makes a text about one entry. */
const GENERIC_WORDS: ReadonlySet<string> = new Set([...ASKING_WORDS, ...FIXING_WORDS]);

/**
 * Stems of words that ask the why or the way of what was told before them without naming a thing:
 * "what's the reason?", "is there a routine for that?", "a proper way to bring it back?", "where
 * do I start?".
 */
const STORY_ASKING_WORDS = ['reason', 'caus', 'routin', 'procedur', 'order', 'proper', 'way', 'turn', 'thing', 'happen', 'lost', 'bring', 'restor', 'recov', 'everyth', 'start'];
const HELP_WORDS: ReadonlySet<string> = new Set([...GENERIC_WORDS, ...STORY_ASKING_WORDS]);

/** Whether a question asks only for help, naming nothing it is about ("how do I sort it out?", "what now", "what's the reason?"). */
export function asksOnlyForHelp(tokens: readonly Token[]): boolean {
  return tokens.some((t) => !t.punct) && stemKey(tokens, HELP_WORDS) === '';
}

const IN = 'in';
/** The quick-answer engine's class for texts that ask none of the entries. */
export const NO_ANSWER = '__none__';
/**
 * All "asks none of them" examples together weigh this many times as much as all the phrasings:
 * there are many more of them, and more phrasings must not make every text likelier to ask one.
 */
const NO_ANSWER_SHARE = 0.9;
/**
 * A question is taken to ask one of the entries, but at most this many times more likely than the
 * engine's odds over all texts: a description with "can you help?" at the end stays a description,
 * and a question about something else ("why does my dog lie next to the router") asks none of them,
 * however it opens.
 */
const QUESTION_LIFT_MAX = 6;
/**
 * ... unless the entries' own odds point clearly at one of them (this share of P(asks one)): then
 * the question asks it, however much story comes with it ("we changed ISP, how do I get the
 * cameras onto the new wifi?").
 */
const CLEAR_ENTRY = 0.6;
/** The engine's best few entries are compared with fuse.js; the rest keep similarity 0. */
const FUZZY_CANDIDATES = 2;
/** An engine this sure needs no second opinion (fuse.js is the slowest part of analyze()). */
const CONFIDENT = 0.6;
/** Longest stemmed text (characters) handed to fuse.js: one bitap pattern of 32; longer ones are split and cost several times more. */
const MAX_FUZZY_KEY = 32;

/** The k best of the first n probabilities. */
function topIndices(p: Float64Array, n: number, k: number): number[] {
  const idx: number[] = [];
  for (let i = 0; i < n; i++) {
    idx.push(i);
    idx.sort((a, b) => p[b] - p[a]);
    if (idx.length > k) idx.pop();
  }
  return idx;
}
const OUT = 'out';
/** For the relevance model, each in-domain text (a description, a command) weighs this much beside a quick-answer phrasing. */
const IN_DOMAIN_WEIGHT = 0.3;
/**
 * ... and all lines not about the product together weigh this share of all that: more of them
 * teach which words are off topic, not that every text is likelier to be.
 */
const OUT_OF_SCOPE_SHARE = 0.3;

/**
 * Trains the quick-answer engine (softmax over the faq ids) and the relevance model.
 * @param inDomain other texts about the product (descriptions, commands) for the relevance model
 * @param outOfScope texts that are not about the product
 * @param tok the tokenizer (the analyzer passes one that remembers texts it has seen)
 * @param notAsking texts that ask no quick question (descriptions, step answers, chatter): the
 *   engine's NO_ANSWER class; out-of-scope lines are added to them
 * @param offTopic more texts not about the product, for the relevance model alone
 */
export function trainFaqEngines(
  pre: Preprocessor,
  phrasings: readonly FaqPhrasing[],
  inDomain: readonly Token[][],
  outOfScope: readonly Token[][],
  tok: (text: string) => Token[] = (text) => pre.process(text).tokens,
  notAsking: readonly Token[][] = [],
  offTopic: readonly Token[][] = [],
): { engine: IntentEngine; relevance: IntentEngine } {
  const tokens = phrasings.map((p) => tok(p.text));
  const ids = [...new Set(phrasings.map((p) => p.id))];
  const noneWeight = (NO_ANSWER_SHARE * phrasings.length) / Math.max(1, notAsking.length + outOfScope.length);
  const engine = IntentEngine.train(
    [
      ...phrasings.map((p, i) => ({ tokens: tokens[i], labels: [p.id] })),
      ...[...notAsking, ...outOfScope].map((t) => ({ tokens: t, labels: [NO_ANSWER], weight: noneWeight })),
    ],
    { epochs: 12, l2: 1e-4, features: { chars: 0.4, charMin: 4, charMax: 4 } },
    [...ids, NO_ANSWER],
  );
  const inWeight = tokens.length + IN_DOMAIN_WEIGHT * inDomain.length;
  const out = [...outOfScope, ...offTopic];
  const outWeight = (OUT_OF_SCOPE_SHARE * inWeight) / Math.max(1, out.length);
  const rel: TrainingExample[] = [
    ...tokens.map((t) => ({ tokens: t, labels: [IN] })),
    ...inDomain.map((t) => ({ tokens: t, labels: [IN], weight: IN_DOMAIN_WEIGHT })),
    ...out.map((t) => ({ tokens: t, labels: [OUT], weight: outWeight })),
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
  /** The entries' probabilities as the scores use them (see match). */
  private readonly p: Float64Array;
  /** How many entries the engine knows (its last label is NO_ANSWER). */
  private readonly entries: number;
  /** Content stems of all phrasings: a text sharing none of them is not asking any of them. */
  private readonly topicStems = new Set<string>();

  /**
   * @param engine the quick-answer engine (trainFaqEngines().engine, or the same read from a file)
   * @param relevance the relevance model (trainFaqEngines().relevance)
   */
  constructor(pre: Preprocessor, phrasings: readonly FaqPhrasing[], engine: IntentEngine, relevance: IntentEngine) {
    const tokens = phrasings.map((p) => pre.process(p.text).tokens);
    const ids = [...new Set(phrasings.map((p) => p.id))];
    if (engine.labels.join() !== [...ids, NO_ANSWER].join()) throw new Error('quick-answer engine was trained on other entries');
    this.entries = ids.length;
    this.engine = engine;
    this.relevance = relevance;
    for (const ts of tokens) for (const t of ts) if (!t.punct && !STOPWORDS.has(t.word) && !GENERIC_WORDS.has(t.stem)) this.topicStems.add(t.stem);
    const docs = phrasings.map((p, i) => ({ id: p.id, key: stemKey(tokens[i]) })).filter((d) => d.key.length > 0);
    this.fuse = ids.map((id) => new Fuse(docs.filter((d) => d.id === id), { keys: ['key'], includeScore: true, ignoreLocation: true, threshold: 0.6 }));
    this.sim = new Float64Array(ids.length);
    this.p = new Float64Array(ids.length);
  }

  /** Probability that the text concerns the product at all (the relevance model alone). */
  relevanceOf(tokens: readonly Token[]): number {
    return this.relevance.scores(tokens)[0];
  }

  /**
   * @param question the text is phrased as a question: it asks something, so the entries are
   *   weighed against each other more than against "none of them", and fuse.js is consulted too
   *   (it costs up to a millisecond)
   * @param aboutProduct the text is known to concern the product (it names a Tapo model): relevance 1
   */
  match(tokens: readonly Token[], question = true, aboutProduct = false): FaqMatch {
    let topical = false;
    for (const t of tokens) if (this.topicStems.has(t.stem)) topical = true;
    if (!topical) return { best: null, second: null, relevance: 0 };
    const relevance = aboutProduct ? 1 : this.relevance.scores(tokens)[0];
    const probs = this.engine.scores(tokens);
    const labels = this.engine.labels;
    const n = this.entries;
    this.sim.fill(0);
    // A question asks something, so it is weighed among the entries alone (P(entry | it asks one
    // of them), up to QUESTION_LIFT_MAX); a statement keeps the engine's odds against "none of
    // them": "camera says offline in the app" may still be a quick question, "my camera is
    // blinking red" is a description.
    let bestEntry = 0;
    for (let i = 0; i < n; i++) if (probs[i] > bestEntry) bestEntry = probs[i];
    const asksOne = 1 / Math.max(1e-6, 1 - probs[n]);
    const lift = !question ? 1 : bestEntry * asksOne >= CLEAR_ENTRY ? asksOne : Math.min(QUESTION_LIFT_MAX, asksOne);
    let top = 0;
    for (let i = 0; i < n; i++) {
      this.p[i] = Math.min(1, probs[i] * lift);
      if (this.p[i] > top) top = this.p[i];
    }
    // Fuzzy search costs grow with the text: questions are short, long run-ons are descriptions.
    const key = question && top < CONFIDENT ? stemKey(tokens, GENERIC_WORDS) : '';
    if (key && key.length <= MAX_FUZZY_KEY) {
      for (const i of topIndices(this.p, n, FUZZY_CANDIDATES)) {
        const hit = this.fuse[i].search(key, { limit: 1 })[0];
        if (hit) this.sim[i] = 1 - (hit.score ?? 1);
      }
    }
    let b = -1;
    let s = -1;
    let bv = -1;
    let sv = -1;
    for (let i = 0; i < n; i++) {
      // Similarity may lift an unsure engine (typos, near-verbatim wording), never sink a sure one.
      const v = Math.max(this.p[i], 0.6 * this.p[i] + 0.4 * this.sim[i]);
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
