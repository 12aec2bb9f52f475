/**
 * Other makers' products ("my arlo camera keeps going offline", "the ring doorbell blinks blue"):
 * the bot knows Tapo devices only, so a text about one of those is not evidence of anything here,
 * however much it sounds like a Tapo problem. A text that also names Tapo, TP-Link or a Tapo model
 * is about the Tapo device ("the tapo camera went red when I installed the eufy one").
 */
import { phraseAlternation } from './text';

const OURS = /\b(?:tapo|tplink|tp link|tp-link)\b/;

export class OtherBrands {
  private readonly re: RegExp | null;

  /** `phrases`: normalised, lower-case names ("arlo", "ring doorbell"); longer ones are tried first. */
  constructor(phrases: readonly string[]) {
    const names = phraseAlternation(phrases);
    this.re = names ? new RegExp(`\\b(?:${names})\\b`) : null;
  }

  /** The other maker's product the normalised text is about, or null. */
  named(normalised: string): string | null {
    if (!this.re || OURS.test(normalised)) return null;
    return this.re.exec(normalised)?.[0] ?? null;
  }
}
