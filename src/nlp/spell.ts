/**
 * Typo correction against the vocabulary the analyzer was built from ("frimware" -> "firmware",
 * "powr" -> "power"). Symmetric-delete lookup (SymSpell): every known word is indexed under the
 * strings one or two deletions away, so a lookup costs a few map probes instead of a scan.
 */
import { isWord } from './text';

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** Letters next to each other on a QWERTY keyboard, the usual slips of a finger. */
const NEIGHBOURS = new Map<string, string>();
for (let r = 0; r < KEYBOARD_ROWS.length; r++) {
  for (let c = 0; c < KEYBOARD_ROWS[r].length; c++) {
    let near = '';
    for (let dr = -1; dr <= 1; dr++) {
      const row = KEYBOARD_ROWS[r + dr];
      if (!row) continue;
      for (let dc = -1; dc <= 1; dc++) if ((dr !== 0 || dc !== 0) && row[c + dc]) near += row[c + dc];
    }
    NEIGHBOURS.set(KEYBOARD_ROWS[r][c], near);
  }
}
const VOWELS = 'aeiouy';

/**
 * Cost of typing `b` where `a` was meant: neighbouring keys and vowel swaps cost 1, other
 * substitutions 1.5, so "wify" is "wifi" but "loft" is not "lost".
 */
function substitutionCost(a: number, b: number): number {
  if (a === b) return 0;
  const x = String.fromCharCode(a);
  const y = String.fromCharCode(b);
  if (NEIGHBOURS.get(x)?.includes(y)) return 1;
  if (VOWELS.includes(x) && VOWELS.includes(y)) return 1;
  return 1.5;
}

/**
 * Optimal string alignment distance (insertions, deletions, substitutions, adjacent
 * transpositions) with typo-shaped costs; a changed first letter costs one more. Capped at max+1.
 */
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
      const ca = a.charCodeAt(i - 1);
      const cb = b.charCodeAt(j - 1);
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + substitutionCost(ca, cb));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
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
  const d = prev[lb];
  return a.charCodeAt(0) === b.charCodeAt(0) ? d : d + 1;
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
  /** Real words: never corrected, even when one typo away from a known word. */
  dictionary?: ReadonlySet<string>;
}

export class SpellCorrector {
  private readonly counts = new Map<string, number>();
  private readonly index = new Map<string, string[]>();
  private readonly cache = new Map<string, string>();
  private readonly minLength: number;
  private readonly dictionary: ReadonlySet<string>;

  constructor(words: Iterable<string>, options: SpellOptions = {}) {
    this.minLength = options.minLength ?? 4;
    this.dictionary = options.dictionary ?? new Set();
    for (const w of words) {
      if (!isWord(w)) continue;
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

  /** A word of the vocabulary or of the dictionary. */
  knows(word: string): boolean {
    return this.counts.has(word) || this.dictionary.has(word);
  }

  /**
   * The word with its dropped "g" back ("stayin", "goin", "blinkin"), when that is a word of the
   * vocabulary, or of the dictionary and the word itself is none ("robin" stays).
   */
  private gDropped(word: string): string | null {
    if (!word.endsWith('in') || this.counts.has(word)) return null;
    const full = `${word}g`;
    return this.counts.has(full) || (this.dictionary.has(full) && !this.dictionary.has(word)) ? full : null;
  }

  /** The word itself when known or not close to anything known; otherwise the closest known word. */
  correct(word: string): string {
    if (word.length < this.minLength || !isWord(word)) return word;
    const full = this.gDropped(word);
    if (full !== null) return full;
    if (this.counts.has(word) || this.dictionary.has(word)) return word;
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
        if (d > max || (d > 1 && c.length < 6)) continue;
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
