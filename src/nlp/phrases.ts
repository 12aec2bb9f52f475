/**
 * Phrases matched over typo-corrected, stemmed tokens, function words aside: "water got in" finds
 * "the water has got in", "new cable" finds "a new usb cable".
 */
import { isNegationCue } from './negation';
import type { Preprocessor, Token } from './preprocess';
import { STOPWORDS } from './text';

export interface Phrase {
  stems: string[];
  /** The stem a search starts from: the content word, not a function word kept with it ("it's burning"). */
  anchor: number;
  /** The phrase says itself with a negation ("can't keep my hand on it", "none of it got on it"), so its words may be negated. */
  ownNegation: boolean;
}

const NONE: ReadonlySet<string> = new Set();

/** `items` grouped by `key`, each group in the order of `items`. */
export function grouped<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group === undefined) groups.set(key(item), [item]);
    else group.push(item);
  }
  return groups;
}

/** Where each stem stands in a token list: the positions a phrase's search can start from. */
type StemIndex = ReadonlyMap<string, readonly number[]>;

/**
 * Each token list's stem index, built once: a text is searched for thousands of phrases, and
 * walking every token for each of them was the slowest part of analyze(). (The lists are not
 * changed once searched; the length check keeps a list grown since from a stale index.)
 */
const stemIndexes = new WeakMap<readonly Token[], { length: number; index: StemIndex }>();

function stemIndex(tokens: readonly Token[]): StemIndex {
  const known = stemIndexes.get(tokens);
  if (known !== undefined && known.length === tokens.length) return known.index;
  const index = grouped(tokens.keys(), (i) => tokens[i].stem);
  stemIndexes.set(tokens, { length: tokens.length, index });
  return index;
}

const NOWHERE: readonly number[] = [];

/** The stem a search for `phrase` starts from: its first word for one word for word, else its anchor. */
export function searchStart(phrase: Phrase, exact: boolean): string {
  return phrase.stems[exact ? 0 : phrase.anchor];
}

/** Lists longer than this are looked up by the stems of the text rather than walked phrase by phrase. */
const WALKED_LIST = 32;
/** The phrases of each long list by the stem a search starts from (in any order, and word for word). */
const listsByStart = new WeakMap<readonly Phrase[], { length: number; byStart: Map<string, Phrase[]>[] }>();

/** The phrases of `phrases` whose search can start somewhere in the text, in no set order. */
function startingIn(index: StemIndex, phrases: readonly Phrase[], exact: boolean): readonly Phrase[] {
  if (phrases.length <= WALKED_LIST) return phrases.filter((p) => index.has(searchStart(p, exact)));
  let known = listsByStart.get(phrases);
  if (known === undefined || known.length !== phrases.length) {
    known = { length: phrases.length, byStart: [false, true].map((ex) => grouped(phrases, (p) => searchStart(p, ex))) };
    listsByStart.set(phrases, known);
  }
  const map = known.byStart[exact ? 1 : 0];
  const found: Phrase[] = [];
  for (const stem of index.keys()) found.push(...(map.get(stem) ?? []));
  return found;
}

export class PhraseMatcher {
  /** @param kept function words that stay part of a phrase ("too warm" is not "warm") */
  constructor(
    private readonly pre: Preprocessor,
    private readonly kept: ReadonlySet<string> = NONE,
  ) {}

  private skipped(word: string): boolean {
    return STOPWORDS.has(word) && !this.kept.has(word);
  }

  /**
   * A phrase's stems, function words left out; except when that would leave a single word of
   * several ("water in it" is not "water": "the camera overlooks the water" is no hazard).
   */
  phrase(text: string): Phrase | null {
    const tokens = this.pre.process(text).tokens;
    const words = tokens.filter((t) => !t.punct);
    const content = words.filter((t) => !this.skipped(t.word));
    if (content.length === 0) return null;
    const kept = content.length === 1 && words.length > 1 ? words : content;
    return { stems: kept.map((t) => t.stem), anchor: kept.indexOf(content[0]), ownNegation: tokens.some((t) => isNegationCue(t.word)) };
  }

  phrases(texts: readonly string[]): Phrase[] {
    return texts.map((t) => this.phrase(t)).filter((p): p is Phrase => p !== null);
  }

  /** Whether one of `phrases` occurs with none of its words negated ("same wifi", not "not the same wifi"), unless it says itself with a negation ("none of it got on it"). */
  saysAny(tokens: readonly Token[], phrases: readonly Phrase[], exact: boolean): boolean {
    const index = stemIndex(tokens);
    return startingIn(index, phrases, exact).some((p) => this.findIn(tokens, index, p, exact).some((hit) => p.ownNegation || hit.every((i) => !tokens[i].negated)));
  }

  /** Token positions where any of `phrases` occurs, in no set order. */
  findAll(tokens: readonly Token[], phrases: readonly Phrase[], exact: boolean): number[][] {
    const index = stemIndex(tokens);
    return startingIn(index, phrases, exact).flatMap((p) => this.findIn(tokens, index, p, exact));
  }

  /**
   * Token positions where `phrase` occurs: all its stems within a short window, in any order; or,
   * when `exact`, word for word with function words aside ("the weather's been hot" is "weather hot").
   */
  find(tokens: readonly Token[], phrase: Phrase, exact: boolean): number[][] {
    return this.findIn(tokens, stemIndex(tokens), phrase, exact);
  }

  private findIn(tokens: readonly Token[], index: StemIndex, phrase: Phrase, exact: boolean): number[][] {
    const hits: number[][] = [];
    for (const i of index.get(searchStart(phrase, exact)) ?? NOWHERE) {
      const at = [i];
      if (exact) {
        let j = i;
        for (let k = 1; k < phrase.stems.length; k++) {
          j++;
          // A function word the phrase keeps ("knocked off") is matched, not skipped.
          while (j < tokens.length && !tokens[j].punct && this.skipped(tokens[j].word) && tokens[j].stem !== phrase.stems[k]) j++;
          if (j >= tokens.length || tokens[j].stem !== phrase.stems[k]) break;
          at.push(j);
        }
        if (at.length === phrase.stems.length) hits.push(at);
        continue;
      }
      const window = phrase.stems.length + 3;
      for (let k = 0; k < phrase.stems.length; k++) {
        if (k === phrase.anchor) continue;
        let found = -1;
        for (let j = Math.max(0, i - window); j < Math.min(tokens.length, i + window + 1); j++) {
          if (j !== i && tokens[j].stem === phrase.stems[k]) {
            found = j;
            break;
          }
        }
        if (found < 0) break;
        at.push(found);
      }
      if (at.length === phrase.stems.length) hits.push(at);
    }
    return hits;
  }
}
