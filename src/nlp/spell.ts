/**
 * Typo correction against the vocabulary the analyzer was built from ("frimware" -> "firmware",
 * "powr" -> "power"). Symmetric-delete lookup (SymSpell): every known word is indexed under the
 * strings one or two deletions away, so a lookup costs a few map probes instead of a scan.
 */

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions), capped at max+1. */
export function editDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  let prev2 = new Array<number>(lb + 1).fill(0);
  let prev = new Array<number>(lb + 1);
  let cur = new Array<number>(lb + 1);
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= lb; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, prev2[j - 2] + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[lb];
}

function deletes(word: string, depth: number, out: Set<string>): void {
  if (depth === 0 || word.length <= 2) return;
  for (let i = 0; i < word.length; i++) {
    const d = word.slice(0, i) + word.slice(i + 1);
    if (!out.has(d)) {
      out.add(d);
      deletes(d, depth - 1, out);
    }
  }
}

export interface SpellOptions {
  /** Words shorter than this are never corrected ("hot" must not become "not"). */
  minLength?: number;
}

export class SpellCorrector {
  private readonly counts = new Map<string, number>();
  private readonly index = new Map<string, string[]>();
  private readonly cache = new Map<string, string>();
  private readonly minLength: number;

  constructor(words: Iterable<string>, options: SpellOptions = {}) {
    this.minLength = options.minLength ?? 4;
    for (const w of words) {
      if (!/^\p{L}+$/u.test(w)) continue;
      this.counts.set(w, (this.counts.get(w) ?? 0) + 1);
    }
    for (const w of this.counts.keys()) {
      if (w.length < this.minLength - 1) continue;
      const keys = new Set<string>([w]);
      deletes(w, w.length >= 6 ? 2 : 1, keys);
      for (const k of keys) {
        const list = this.index.get(k);
        if (list) list.push(w);
        else this.index.set(k, [w]);
      }
    }
  }

  has(word: string): boolean {
    return this.counts.has(word);
  }

  /** The word itself when known or not close to anything known; otherwise the closest known word. */
  correct(word: string): string {
    if (word.length < this.minLength || this.counts.has(word) || !/^\p{L}+$/u.test(word)) return word;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const max = word.length >= 7 ? 2 : 1;
    const keys = new Set<string>([word]);
    deletes(word, max, keys);
    let best = word;
    let bestDistance = max + 1;
    let bestStart = -1;
    let bestCount = 0;
    for (const k of keys) {
      const candidates = this.index.get(k);
      if (!candidates) continue;
      for (const c of candidates) {
        const d = editDistance(word, c, max);
        // Long candidates may be two edits away; short ones only one.
        if (d > max || (d === 2 && c.length < 6)) continue;
        const start = c.charCodeAt(0) === word.charCodeAt(0) ? 1 : 0;
        const count = this.counts.get(c) ?? 0;
        if (d < bestDistance || (d === bestDistance && (start > bestStart || (start === bestStart && count > bestCount)))) {
          best = c;
          bestDistance = d;
          bestStart = start;
          bestCount = count;
        }
      }
    }
    if (this.cache.size > 20000) this.cache.clear();
    this.cache.set(word, best);
    return best;
  }
}
