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
    return phrases.some((p) => this.find(tokens, p, exact).some((hit) => p.ownNegation || hit.every((i) => !tokens[i].negated)));
  }

  /**
   * Token positions where `phrase` occurs: all its stems within a short window, in any order; or,
   * when `exact`, word for word with function words aside ("the weather's been hot" is "weather hot").
   */
  find(tokens: readonly Token[], phrase: Phrase, exact: boolean): number[][] {
    const hits: number[][] = [];
    const first = phrase.stems[exact ? 0 : phrase.anchor];
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].stem !== first) continue;
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
