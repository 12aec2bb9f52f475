/**
 * Safety detection: heat, smoke, burning smell, sparks, melting, swelling, water inside, exposed
 * wires. Phrase matching over typo-corrected, stemmed tokens, so "smokin", "sparcks" and "over
 * heating" still match; a trigger inside a negation ("no smoke", "it's not hot") does not count,
 * and neither does a harmless phrase that contains a trigger word ("hot pink", "smoke alarm").
 * Recall comes first: when in doubt the bot stops and gives the safety advice.
 */
import { PhraseMatcher, type Phrase } from './phrases';
import type { Preprocessor, Token } from './preprocess';

/** Function words a danger phrase keeps: "too warm" and "very warm" are a hazard, "warm" alone is not; "water in it" is, "the water" is not. */
const KEPT = new Set(['hot', 'too', 'very', 'in']);

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
  private readonly matcher: PhraseMatcher;

  /**
   * @param power.parts words for the parts that carry the power ("adapter", "socket", "cable")
   * @param power.triggers danger phrases only in a clause that names such a part ("buzzing")
   */
  constructor(pre: Preprocessor, triggers: readonly string[], notDanger: readonly string[], power: { parts?: readonly string[]; triggers?: readonly string[] } = {}) {
    this.matcher = new PhraseMatcher(pre, KEPT);
    this.triggers = [
      ...this.matcher.phrases(triggers).map((phrase) => ({ phrase, onPowerPartOnly: false })),
      ...this.matcher.phrases(power.triggers ?? []).map((phrase) => ({ phrase, onPowerPartOnly: true })),
    ];
    this.harmless = this.matcher.phrases(notDanger);
    this.firstStems = new Set(this.triggers.map((t) => t.phrase.stems[t.phrase.anchor]));
    this.powerStems = new Set((power.parts ?? []).flatMap((w) => this.matcher.phrase(w)?.stems ?? []));
  }

  /**
   * Whether the hazard is on the power supply: a power part named in the hazard's clause ("sparks
   * at the outlet", "the adapter is melting"); with no position (a temperature), anywhere.
   */
  private onPowerPart(tokens: readonly Token[], hazard: Hazard): boolean {
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

  /** Every danger phrase the text names, in the order of the phrase list. */
  private *hazards(tokens: readonly Token[]): Generator<Hazard> {
    let any = false;
    for (const t of tokens) if (this.firstStems.has(t.stem)) any = true;
    if (!any) return;
    const excused = new Set<number>();
    for (const h of this.harmless) for (const hit of this.matcher.find(tokens, h, true)) for (const i of hit) excused.add(i);
    for (const { phrase, onPowerPartOnly } of this.triggers) {
      for (const hit of this.matcher.find(tokens, phrase, false)) {
        if (hit.some((i) => tokens[i].negated || excused.has(i))) continue;
        const hazard = { words: hit.map((i) => tokens[i].surface), at: hit };
        if (!onPowerPartOnly || this.onPowerPart(tokens, hazard)) yield hazard;
      }
    }
  }

  /** The danger phrase found, or null when nothing in the text is a hazard. */
  detect(tokens: readonly Token[]): Hazard | null {
    for (const hazard of this.hazards(tokens)) return hazard;
    return null;
  }

  /**
   * Whether the danger is on the power supply: `hazard`, or any other danger the text names, is
   * in a clause with a power part ("a funny burning smell ... the adapter looks discoloured").
   */
  onPowerSupply(tokens: readonly Token[], hazard: Hazard): boolean {
    if (this.onPowerPart(tokens, hazard)) return true;
    for (const other of this.hazards(tokens)) if (this.onPowerPart(tokens, other)) return true;
    return false;
  }
}
