/**
 * A generic, trainable intent classifier: sparse features (features.ts) and a linear model
 * trained with L2-regularised logistic loss written here (no external ML library).
 * - `multiLabel: false`: softmax over the labels, one label per example (intents, Braun corpora).
 * - `multiLabel: true`: one sigmoid per label, an example may carry zero or more labels (causes, events).
 * Training is deterministic: examples are visited in a fixed pseudo-random order from a seed.
 * With `ensemble: n` the model is trained n times in n different orders (seeds seed .. seed+n-1)
 * and the probabilities are averaged, so a result does not hinge on one lucky order.
 */
import { DEFAULT_FEATURES, extractFeatures, type FeatureBag, type FeatureOptions } from './features';
import type { Token } from './preprocess';

export interface TrainingExample {
  tokens: readonly Token[];
  /** One label (softmax) or any number of labels (multi-label; empty = evidence for none). */
  labels: readonly string[];
  /** Relative weight of the example in the loss; 1 when omitted. */
  weight?: number;
}

export interface EngineOptions {
  multiLabel?: boolean;
  /**
   * Feature weights may only add evidence (bias excepted). For detectors of several things in
   * one run-on ("blinks fast since the storm"): words of one kind cannot silence another.
   * Negated bigrams ("!power_!cut" in "no power cut") stay free: a denial may count against.
   */
  nonNegative?: boolean;
  /** Multi-label: how much more a missed positive costs than a false positive (labels are rare). */
  positiveWeight?: number;
  features?: Partial<FeatureOptions>;
  /** Weight examples so every label carries the same total weight (small classes are not drowned). */
  balanced?: boolean;
  /** Scale features by inverse document frequency over the training texts (rare words count more). */
  idf?: boolean;
  /** L2 penalty per example-visit. */
  l2?: number;
  epochs?: number;
  learningRate?: number;
  seed?: number;
  /** Train this many models, each on its own example order, and average their probabilities (1 when omitted). */
  ensemble?: number;
}

/** A trained engine as data: labels, feature options, feature keys (in id order) and weights. */
export interface EngineSnapshot {
  labels: string[];
  multiLabel: boolean;
  features: FeatureOptions;
  keys: string[];
  /** Per ensemble member: weights[f * labels.length + l]. */
  weights: Float64Array[];
  bias: Float64Array[];
  idf: Float64Array | null;
}

interface SparseRow {
  ids: Int32Array;
  vals: Float64Array;
  labels: Int32Array;
  weight: number;
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32): training and splits repeat exactly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class IntentEngine {
  readonly labels: readonly string[];
  readonly multiLabel: boolean;
  private readonly featureOptions: FeatureOptions;
  private readonly index: Map<string, number>;
  /** One model per ensemble member; row-major: weights[m][f * L + l]. */
  private readonly weights: readonly Float64Array[];
  private readonly bias: readonly Float64Array[];
  private readonly bag: FeatureBag = new Map();
  private readonly out: Float64Array;
  /** One member's raw scores (ensembles only). */
  private readonly member: Float64Array;
  /** Feature ids and values of the current utterance (ensembles only), grown on demand. */
  private ids = new Int32Array(64);
  private vals = new Float64Array(64);
  private readonly idf: Float64Array | null;

  private constructor(
    labels: string[],
    multiLabel: boolean,
    fo: FeatureOptions,
    index: Map<string, number>,
    models: readonly { weights: Float64Array; bias: Float64Array }[],
    idf: Float64Array | null,
  ) {
    this.idf = idf;
    this.labels = labels;
    this.multiLabel = multiLabel;
    this.featureOptions = fo;
    this.index = index;
    this.weights = models.map((m) => m.weights);
    this.bias = models.map((m) => m.bias);
    this.out = new Float64Array(labels.length);
    this.member = new Float64Array(labels.length);
  }

  static train(examples: readonly TrainingExample[], options: EngineOptions = {}, labelOrder?: readonly string[]): IntentEngine {
    const multiLabel = options.multiLabel ?? false;
    const fo: FeatureOptions = { ...DEFAULT_FEATURES, ...options.features };
    const labels: string[] = labelOrder ? [...labelOrder] : [];
    const labelIndex = new Map<string, number>(labels.map((l, i) => [l, i]));
    const index = new Map<string, number>();
    const rows: SparseRow[] = [];
    const bag: FeatureBag = new Map();
    for (const ex of examples) {
      extractFeatures(ex.tokens, fo, bag);
      const ids: number[] = [];
      const vals: number[] = [];
      for (const [k, v] of bag) {
        let id = index.get(k);
        if (id === undefined) {
          id = index.size;
          index.set(k, id);
        }
        ids.push(id);
        vals.push(v);
      }
      const ls: number[] = [];
      for (const l of ex.labels) {
        let li = labelIndex.get(l);
        if (li === undefined) {
          li = labels.length;
          labels.push(l);
          labelIndex.set(l, li);
        }
        ls.push(li);
      }
      rows.push({ ids: Int32Array.from(ids), vals: Float64Array.from(vals), labels: Int32Array.from(ls), weight: ex.weight ?? 1 });
    }
    let idf: Float64Array | null = null;
    if (options.idf) {
      const df = new Float64Array(index.size);
      for (const r of rows) for (const id of r.ids) df[id]++;
      idf = df.map((d) => Math.log((rows.length + 1) / (d + 1)) + 1);
      for (const r of rows) scaleRow(r.ids, r.vals, idf, fo.normalise);
    }
    if (options.balanced) {
      const perLabel = new Float64Array(labels.length);
      for (const r of rows) for (const l of r.labels) perLabel[l] += r.weight / r.labels.length;
      const mean = rows.reduce((a, r) => a + r.weight, 0) / Math.max(1, labels.length);
      for (const r of rows) {
        if (r.labels.length === 0) continue;
        let f = 0;
        for (const l of r.labels) f += mean / perLabel[l];
        r.weight *= f / r.labels.length;
      }
    }
    const free = new Uint8Array(index.size);
    for (const [k, id] of index) if (k.startsWith('b:') && k.includes('!')) free[id] = 1;
    const members = Math.max(1, Math.floor(options.ensemble ?? 1));
    const seed = options.seed ?? 7;
    const models = [];
    for (let m = 0; m < members; m++) models.push(optimise(rows, labels.length, index.size, multiLabel, { ...options, seed: seed + m }, free));
    return new IntentEngine(labels, multiLabel, fo, index, models, idf);
  }

  /**
   * Probabilities per label, in `labels` order (softmax: they sum to 1; multi-label: each in [0,1]).
   * The returned array is reused by the next call: copy it if you keep it.
   */
  scores(tokens: readonly Token[]): Float64Array {
    if (this.weights.length > 1) return this.ensembleScores(tokens);
    const L = this.labels.length;
    const out = this.out;
    const weights = this.weights[0];
    out.set(this.bias[0]);
    extractFeatures(tokens, this.featureOptions, this.bag);
    if (this.idf) {
      // Unknown features carry no weight but still count in the length: rescale as in training.
      let norm = 0;
      for (const [k, v] of this.bag) {
        const id = this.index.get(k);
        const x = v * (id === undefined ? 1 : this.idf[id]);
        norm += x * x;
      }
      const inv = this.featureOptions.normalise && norm > 0 ? 1 / Math.sqrt(norm) : 1;
      for (const [k, v] of this.bag) {
        const id = this.index.get(k);
        if (id === undefined) continue;
        const x = v * this.idf[id] * inv;
        const base = id * L;
        for (let l = 0; l < L; l++) out[l] += weights[base + l] * x;
      }
    } else {
      for (const [k, v] of this.bag) {
        const id = this.index.get(k);
        if (id === undefined) continue;
        const base = id * L;
        for (let l = 0; l < L; l++) out[l] += weights[base + l] * v;
      }
    }
    if (this.multiLabel) for (let l = 0; l < L; l++) out[l] = sigmoid(out[l]);
    else softmaxInPlace(out);
    return out;
  }

  /** scores() of an ensemble: the members' probabilities, averaged. */
  private ensembleScores(tokens: readonly Token[]): Float64Array {
    const L = this.labels.length;
    const out = this.out;
    const member = this.member;
    extractFeatures(tokens, this.featureOptions, this.bag);
    if (this.bag.size > this.ids.length) {
      this.ids = new Int32Array(this.bag.size * 2);
      this.vals = new Float64Array(this.bag.size * 2);
    }
    const ids = this.ids;
    const vals = this.vals;
    let n = 0;
    let norm = 0;
    for (const [k, v] of this.bag) {
      const id = this.index.get(k);
      const x = this.idf ? v * (id === undefined ? 1 : this.idf[id]) : v;
      norm += x * x;
      if (id === undefined) continue;
      ids[n] = id;
      vals[n++] = x;
    }
    // With idf the utterance is rescaled to unit length as in training (unknown features count).
    const inv = this.idf && this.featureOptions.normalise && norm > 0 ? 1 / Math.sqrt(norm) : 1;
    out.fill(0);
    for (let m = 0; m < this.weights.length; m++) {
      const weights = this.weights[m];
      member.set(this.bias[m]);
      for (let k = 0; k < n; k++) {
        const base = ids[k] * L;
        const x = vals[k] * inv;
        for (let l = 0; l < L; l++) member[l] += weights[base + l] * x;
      }
      if (this.multiLabel) for (let l = 0; l < L; l++) member[l] = sigmoid(member[l]);
      else softmaxInPlace(member);
      for (let l = 0; l < L; l++) out[l] += member[l];
    }
    const scale = 1 / this.weights.length;
    for (let l = 0; l < L; l++) out[l] *= scale;
    return out;
  }

  /** Everything scores() needs, as plain data (weights.ts stores it; fromSnapshot() restores it). */
  snapshot(): EngineSnapshot {
    const keys = new Array<string>(this.index.size);
    for (const [k, id] of this.index) keys[id] = k;
    return { labels: [...this.labels], multiLabel: this.multiLabel, features: { ...this.featureOptions }, keys, weights: [...this.weights], bias: [...this.bias], idf: this.idf };
  }

  /** An engine that scores exactly as the one `snapshot()` was taken from. */
  static fromSnapshot(s: EngineSnapshot): IntentEngine {
    const L = s.labels.length;
    if (s.weights.length === 0 || s.weights.length !== s.bias.length) throw new Error('engine snapshot: no models');
    for (let m = 0; m < s.weights.length; m++) {
      if (s.weights[m].length !== s.keys.length * L || s.bias[m].length !== L) throw new Error('engine snapshot: sizes do not match');
    }
    if (s.idf && s.idf.length !== s.keys.length) throw new Error('engine snapshot: idf size does not match');
    const index = new Map<string, number>();
    for (let i = 0; i < s.keys.length; i++) index.set(s.keys[i], i);
    return new IntentEngine([...s.labels], s.multiLabel, { ...DEFAULT_FEATURES, ...s.features }, index, s.weights.map((w, m) => ({ weights: w, bias: s.bias[m] })), s.idf);
  }

  /** The best label and its probability. */
  classify(tokens: readonly Token[]): { label: string; score: number } {
    const s = this.scores(tokens);
    let best = 0;
    for (let l = 1; l < s.length; l++) if (s[l] > s[best]) best = l;
    return { label: this.labels[best], score: s[best] };
  }

  /** True when the utterance shares at least one feature with the training data. */
  knows(tokens: readonly Token[]): number {
    extractFeatures(tokens, this.featureOptions, this.bag);
    let known = 0;
    for (const [k, v] of this.bag) if (this.index.has(k)) known += v * v;
    return known;
  }
}

/** Adagrad on the regularised logistic loss, examples in a seeded shuffled order each epoch. */
function optimise(rows: readonly SparseRow[], L: number, F: number, multiLabel: boolean, options: EngineOptions, free: Uint8Array): { weights: Float64Array; bias: Float64Array } {
  const weights = new Float64Array(F * L);
  const bias = new Float64Array(L);
  const g2 = new Float64Array(F * L).fill(1e-8);
  const gb2 = new Float64Array(L).fill(1e-8);
  const epochs = options.epochs ?? 40;
  const lr = options.learningRate ?? 0.5;
  const l2 = options.l2 ?? 1e-4;
  const rand = seededRandom(options.seed ?? 7);
  const nonNegative = options.nonNegative ?? false;
  const positiveWeight = options.positiveWeight ?? 1;
  const order = new Int32Array(rows.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  const scores = new Float64Array(L);
  const grad = new Float64Array(L);
  const active = new Int32Array(L);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    for (let r = 0; r < order.length; r++) {
      const row = rows[order[r]];
      linear(row.ids, row.vals, weights, bias, L, scores);
      gradient(scores, row.labels, multiLabel, positiveWeight, grad);
      step(row, grad, active, weights, bias, g2, gb2, L, lr, l2, nonNegative, free);
    }
  }
  return { weights, bias };
}

function gradient(scores: Float64Array, labels: Int32Array, multiLabel: boolean, positiveWeight: number, grad: Float64Array): void {
  const L = scores.length;
  if (multiLabel) {
    for (let l = 0; l < L; l++) grad[l] = 1 / (1 + Math.exp(-scores[l]));
    for (let k = 0; k < labels.length; k++) grad[labels[k]] = (grad[labels[k]] - 1) * positiveWeight;
  } else {
    softmaxInPlace(scores);
    for (let l = 0; l < L; l++) grad[l] = scores[l];
    for (let k = 0; k < labels.length; k++) grad[labels[k]] -= 1 / labels.length;
  }
}

/**
 * One Adagrad step on the weights the example touches; L2 shrinks them towards zero. Labels
 * whose gradient is already negligible are skipped: most of them, after the first epochs.
 */
function step(
  row: SparseRow,
  grad: Float64Array,
  active: Int32Array,
  weights: Float64Array,
  bias: Float64Array,
  g2: Float64Array,
  gb2: Float64Array,
  L: number,
  lr: number,
  l2: number,
  nonNegative: boolean,
  free: Uint8Array,
): void {
  let nActive = 0;
  for (let l = 0; l < L; l++) {
    const gl = grad[l] * row.weight;
    if (gl < 1e-3 && gl > -1e-3) continue;
    active[nActive++] = l;
    grad[l] = gl;
    gb2[l] += gl * gl;
    bias[l] -= (lr * gl) / Math.sqrt(gb2[l]);
  }
  if (nActive === 0) return;
  const ids = row.ids;
  const vals = row.vals;
  for (let k = 0; k < ids.length; k++) {
    const base = ids[k] * L;
    const v = vals[k];
    const clip = nonNegative && free[ids[k]] === 0;
    for (let a = 0; a < nActive; a++) {
      const l = active[a];
      const p = base + l;
      const g = grad[l] * v + l2 * weights[p];
      g2[p] += g * g;
      const w = weights[p] - (lr * g) / Math.sqrt(g2[p]);
      weights[p] = clip && w < 0 ? 0 : w;
    }
  }
}

function scaleRow(ids: Int32Array, vals: Float64Array, idf: Float64Array, normalise: boolean): void {
  let norm = 0;
  for (let k = 0; k < ids.length; k++) {
    vals[k] *= idf[ids[k]];
    norm += vals[k] * vals[k];
  }
  if (normalise && norm > 0) {
    const inv = 1 / Math.sqrt(norm);
    for (let k = 0; k < vals.length; k++) vals[k] *= inv;
  }
}

function linear(ids: Int32Array, vals: Float64Array, w: Float64Array, b: Float64Array, L: number, out: Float64Array): void {
  out.set(b);
  for (let k = 0; k < ids.length; k++) {
    const base = ids[k] * L;
    const v = vals[k];
    for (let l = 0; l < L; l++) out[l] += w[base + l] * v;
  }
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

function softmaxInPlace(s: Float64Array): void {
  let max = -Infinity;
  for (let i = 0; i < s.length; i++) if (s[i] > max) max = s[i];
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    s[i] = Math.exp(s[i] - max);
    sum += s[i];
  }
  for (let i = 0; i < s.length; i++) s[i] /= sum;
}
