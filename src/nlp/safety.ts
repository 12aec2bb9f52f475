/**
 * Safety detection: heat, smoke, burning smell, sparks, melting, swelling, water inside, exposed
 * wires. Phrase matching over typo-corrected, stemmed tokens, so "smokin", "sparcks" and "over
 * heating" still match; a trigger inside a negation ("no smoke", "it's not hot") does not count,
 * and neither does a harmless phrase that contains a trigger word ("hot pink", "smoke alarm").
 * Recall comes first: when in doubt the bot stops and gives the safety advice.
 */
import type { Preprocessor, Token } from './preprocess';
import { STOPWORDS } from './text';

/** Function words a danger phrase keeps: "too warm" and "very warm" are a hazard, "warm" alone is not. */
const KEPT = new Set(['hot', 'too', 'very']);

interface Phrase {
  stems: string[];
}

const skipped = (word: string) => STOPWORDS.has(word) && !KEPT.has(word);

function toPhrase(pre: Preprocessor, text: string): Phrase | null {
  const stems = pre
    .process(text)
    .tokens.filter((t) => !t.punct && !skipped(t.word))
    .map((t) => t.stem);
  return stems.length > 0 ? { stems } : null;
}

/** Token positions where `phrase` occurs (all its stems within a short window, in any order). */
function find(tokens: readonly Token[], phrase: Phrase, exact: boolean): number[][] {
  const hits: number[][] = [];
  const first = phrase.stems[0];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].stem !== first) continue;
    const at = [i];
    if (exact) {
      // Harmless phrases must appear word for word ("hot pink", not "pink ... hot"), function
      // words aside as in the phrase itself ("the weather's been hot" is "weather hot").
      let j = i;
      for (let k = 1; k < phrase.stems.length; k++) {
        j++;
        while (j < tokens.length && !tokens[j].punct && skipped(tokens[j].word)) j++;
        if (j >= tokens.length || tokens[j].stem !== phrase.stems[k]) break;
        at.push(j);
      }
      if (at.length === phrase.stems.length) hits.push(at);
      continue;
    }
    const window = phrase.stems.length + 3;
    for (let k = 1; k < phrase.stems.length; k++) {
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

/** A danger phrase found: its words as written and their token positions. */
export interface Hazard {
  words: string[];
  at: readonly number[];
}

export class SafetyDetector {
  /** Danger phrases, each with whether it counts only in a clause that names a power part. */
  private readonly triggers: { phrase: Phrase; onPowerPartOnly: boolean }[];
  private readonly harmless: Phrase[];
  private readonly firstStems: Set<string>;
  private readonly powerStems: Set<string>;

  /**
   * @param power.parts words for the parts that carry the power ("adapter", "socket", "cable")
   * @param power.triggers danger phrases only in a clause that names such a part ("buzzing")
   */
  constructor(pre: Preprocessor, triggers: readonly string[], notDanger: readonly string[], power: { parts?: readonly string[]; triggers?: readonly string[] } = {}) {
    const phrases = (texts: readonly string[]) => texts.map((t) => toPhrase(pre, t)).filter((p): p is Phrase => p !== null);
    this.triggers = [
      ...phrases(triggers).map((phrase) => ({ phrase, onPowerPartOnly: false })),
      ...phrases(power.triggers ?? []).map((phrase) => ({ phrase, onPowerPartOnly: true })),
    ];
    this.harmless = phrases(notDanger);
    this.firstStems = new Set(this.triggers.map((t) => t.phrase.stems[0]));
    this.powerStems = new Set((power.parts ?? []).flatMap((w) => toPhrase(pre, w)?.stems ?? []));
  }

  /**
   * Whether the hazard is on the power supply: a power part named in the hazard's clause ("sparks
   * at the outlet", "the adapter is melting"); with no position (a temperature), anywhere.
   */
  onPowerPart(tokens: readonly Token[], hazard: Hazard): boolean {
    let from = 0;
    let to = tokens.length;
    if (hazard.at.length > 0) {
      from = Math.min(...hazard.at);
      to = Math.max(...hazard.at) + 1;
      while (from > 0 && !tokens[from - 1].punct) from--;
      while (to < tokens.length && !tokens[to].punct) to++;
    }
    for (let i = from; i < to; i++) if (this.powerStems.has(tokens[i].stem)) return true;
    return false;
  }

  /** The danger phrase found, or null when nothing in the text is a hazard. */
  detect(tokens: readonly Token[]): Hazard | null {
    let any = false;
    for (const t of tokens) if (this.firstStems.has(t.stem)) any = true;
    if (!any) return null;
    const excused = new Set<number>();
    for (const h of this.harmless) for (const hit of find(tokens, h, true)) for (const i of hit) excused.add(i);
    for (const { phrase, onPowerPartOnly } of this.triggers) {
      for (const hit of find(tokens, phrase, false)) {
        if (hit.some((i) => tokens[i].negated || excused.has(i))) continue;
        const hazard = { words: hit.map((i) => tokens[i].surface), at: hit };
        if (!onPowerPartOnly || this.onPowerPart(tokens, hazard)) return hazard;
      }
    }
    return null;
  }
}
