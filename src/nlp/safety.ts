/**
 * Safety detection: heat, smoke, burning smell, sparks, melting, swelling, water inside, exposed
 * wires. Phrase matching over typo-corrected, stemmed tokens, so "smokin", "sparcks" and "over
 * heating" still match; a trigger inside a negation ("no smoke", "it's not hot") does not count,
 * and neither does a harmless phrase that contains a trigger word ("hot pink", "smoke alarm").
 * Recall comes first: when in doubt the bot stops and gives the safety advice. The same matching
 * finds the words that come near a danger (the caution tier) and, word for word, signs that the
 * device itself is at fault (damage, memory card trouble).
 */
import { isNegationCue } from './negation';
import { PhraseMatcher, type Phrase } from './phrases';
import type { Preprocessor, Token } from './preprocess';
import { SENTENCE_END } from './text';

/** Function words a danger phrase keeps: "too warm" and "very warm" are a hazard, "warm" alone is not; "water in it" is, "the water" is not. */
const KEPT = new Set(['hot', 'too', 'very', 'in']);

/**
 * How close to a power part a device word only names the part's owner: up to two words before it
 * ("the camera's adapter") or five after it ("the adapter that powers our C500").
 */
const OWNER_BEFORE = 2;
const OWNER_AFTER = 5;

/** A danger phrase found: its words as written and their token positions. */
export interface Hazard {
  words: string[];
  at: readonly number[];
}

export class SafetyDetector {
  /**
   * Danger phrases, each with whether it counts only in a clause that names a power part, and
   * whether it says its danger with a negation ("can't keep my hand on it"), so may be negated.
   */
  private readonly triggers: { phrase: Phrase; onPowerPartOnly: boolean; ownNegation: boolean }[];
  private readonly harmless: Phrase[];
  private readonly firstStems: Set<string>;
  private readonly powerStems: Set<string>;
  private readonly deviceStems: Set<string>;
  private readonly harmlessWhen: { when: Phrase[]; harmless: Phrase[] }[];
  private readonly matcher: PhraseMatcher;

  /**
   * @param options.parts words for the parts that carry the power ("adapter", "socket", "cable")
   * @param options.triggers danger phrases only in a clause that names such a part ("buzzing")
   * @param options.deviceParts words for the device and its body ("camera", "casing", "C200"): a
   *   hazard near one of them, not a power part, is on the device
   * @param options.harmlessWhen phrases that are no danger in a text that says one of `when`: rain
   *   on a device said to be weatherproof ("soaked, but it's the outdoor one"), burnt toast where
   *   a smoke alarm went off; water inside, or a burning smell, still is
   * @param exact phrases match word for word (function words aside), not in any order nearby
   */
  constructor(
    pre: Preprocessor,
    triggers: readonly string[],
    notDanger: readonly string[],
    options: {
      parts?: readonly string[];
      triggers?: readonly string[];
      deviceParts?: readonly string[];
      harmlessWhen?: readonly { when: readonly string[]; harmless: readonly string[] }[];
    } = {},
    private readonly exact = false,
  ) {
    this.matcher = new PhraseMatcher(pre, KEPT);
    const trigger = (text: string, onPowerPartOnly: boolean) => {
      const phrase = this.matcher.phrase(text);
      return phrase && { phrase, onPowerPartOnly, ownNegation: pre.process(text).tokens.some((t) => isNegationCue(t.word)) };
    };
    this.triggers = [...triggers.map((t) => trigger(t, false)), ...(options.triggers ?? []).map((t) => trigger(t, true))].filter((t) => t !== null);
    this.harmless = this.matcher.phrases(notDanger);
    this.firstStems = new Set(this.triggers.map((t) => t.phrase.stems[exact ? 0 : t.phrase.anchor]));
    const stems = (words: readonly string[] | undefined) => new Set((words ?? []).flatMap((w) => this.matcher.phrase(w)?.stems ?? []));
    this.powerStems = stems(options.parts);
    this.deviceStems = stems(options.deviceParts);
    this.harmlessWhen = (options.harmlessWhen ?? []).map((r) => ({ when: this.matcher.phrases(r.when), harmless: this.matcher.phrases(r.harmless) }));
  }

  /**
   * Whether the hazard is on the power supply: its clause names a power part, and no part of the
   * device stands nearer to the danger ("sparks at the outlet", "the camera blinks and the adapter
   * is hot", but "water got into the camera through the cable gland"). A device word close to a
   * power part only says whose the part is ("the camera adapter", "the adapter of my C200").
   * With no position (a temperature), a power part anywhere. `anyPart`: whether the clause names
   * a power part at all, wherever the device is named.
   */
  private onPowerPart(tokens: readonly Token[], hazard: Hazard, anyPart = false): boolean {
    if (hazard.at.length === 0) return tokens.some((t) => this.powerStems.has(t.stem));
    let from = Math.min(...hazard.at);
    let to = Math.max(...hazard.at) + 1;
    while (from > 0 && !tokens[from - 1].punct) from--;
    while (to < tokens.length && !tokens[to].punct) to++;
    // A clause that names no part says "it": the part is the one its sentence names ("the charger,
    // the plug thing you charge it with, I couldn't keep my hand on it").
    if (!anyPart && !tokens.slice(from, to).some((t) => this.powerStems.has(t.stem) || this.deviceStems.has(t.stem))) {
      while (from > 0 && !SENTENCE_END.has(tokens[from - 1].word)) from--;
      while (to < tokens.length && !SENTENCE_END.has(tokens[to].word)) to++;
    }
    const parts: number[] = [];
    for (let i = from; i < to; i++) if (this.powerStems.has(tokens[i].stem)) parts.push(i);
    if (parts.length === 0 || anyPart) return parts.length > 0;
    const distance = (i: number) => Math.min(...hazard.at.map((h) => Math.abs(h - i)));
    const power = Math.min(...parts.map(distance));
    for (let i = from; i < to; i++) {
      if (!this.deviceStems.has(tokens[i].stem) || parts.some((p) => i - p <= OWNER_AFTER && p - i <= OWNER_BEFORE)) continue;
      if (distance(i) < power) return false;
    }
    return true;
  }

  /** Every danger phrase the text names, in the order of the phrase list. */
  private *hazards(tokens: readonly Token[]): Generator<Hazard> {
    let any = false;
    for (const t of tokens) if (this.firstStems.has(t.stem)) any = true;
    if (!any) return;
    const excused = new Set<number>();
    const harmless = [...this.harmless, ...this.harmlessWhen.flatMap((r) => (this.matcher.saysAny(tokens, r.when, false) ? r.harmless : []))];
    for (const h of harmless) for (const hit of this.matcher.find(tokens, h, true)) for (const i of hit) excused.add(i);
    for (const { phrase, onPowerPartOnly, ownNegation } of this.triggers) {
      for (const hit of this.matcher.find(tokens, phrase, this.exact)) {
        if (hit.some((i) => (tokens[i].negated && !ownNegation) || excused.has(i))) continue;
        const hazard = { words: hit.map((i) => tokens[i].surface), at: hit };
        if (!onPowerPartOnly || this.onPowerPart(tokens, hazard, true)) yield hazard;
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
