/**
 * The owner's own guess at the cause, told as one ("Must be the wifi.", "I bet the adapter died."):
 * owners often guess wrong, and what they saw tells more than what they make of it, so a sentence
 * that opens with a guess weighs less as evidence of a cause than the rest.
 */
import type { Token } from './preprocess';
import { normalise, tokenize } from './text';

/** Words that may open a sentence before its guess: "so, must be the router", "anyway I bet ...". */
const OPENERS = new Set(['so', 'and', 'but', 'hmm', 'well', 'ok', 'okay', 'anyway', 'honestly']);

export class Guesses {
  private readonly openings: readonly (readonly string[])[];

  /** `openings`: how a guess opens ("must be", "i bet"), matched word for word as typed and normalised. */
  constructor(openings: readonly string[]) {
    this.openings = openings.map((o) => tokenize(normalise(o)));
  }

  /** Whether `sentence` opens with a guess, after any openers and punctuation. */
  opensWithGuess(sentence: readonly Token[]): boolean {
    let i = 0;
    while (i < sentence.length && (sentence[i].punct || OPENERS.has(sentence[i].surface))) i++;
    return this.openings.some((words) => words.length > 0 && words.every((w, k) => sentence[i + k]?.surface === w));
  }
}
