/**
 * Other makers' products ("my arlo camera keeps going offline", "the ring doorbell blinks blue"):
 * the bot knows Tapo devices only, so a text about one of those is not evidence of anything here,
 * however much it sounds like a Tapo problem. A text that also names Tapo, TP-Link or a Tapo model
 * is about the Tapo device ("the tapo camera went red when I installed the eufy one").
 * Other gear in the home (a games console, a TV) is often named only as what shares the device's
 * strip or Wi-Fi ("it's on a strip with the TV and the Xbox. Red light blinking."): a text is
 * about it when it is told of it ("my xbox keeps disconnecting", "why is my ps5 light red"), or
 * when the text tells no light at all ("how do I reset my roku").
 */
import { phraseAlternation } from './text';

const OURS = /\b(?:tapo|tplink|tp link|tp-link)\b/;
/** Words that tell of a light. */
const LIGHT = /\b(?:light|lights|led|blink\w*|flash\w*|red)\b/;
/**
 * What a thing is told doing or being, up to two words after its name: "xbox keeps", "ps5 light is
 * red"; not another thing joined to it ("the xbox and a lamp").
 */
const TOLD_OF = String.raw`(?:\s+(?!and\b|or\b|with\b|plus\b)\w+){0,2}?\s+(?:is|isn't|was|keeps|kept|won't|will|wont|doesn't|does|did|has|had|shows|showed|light|lights|led|blinks|blinking|blinked|flashes|flashing|flashed|disconnects|drops|goes|went|turns|turned|says|said|can't|cannot|freezes|crashes|died|broke|stopped|red|orange|white|blue|green|yellow)\b`;

export class OtherBrands {
  private readonly makers: RegExp | null;
  private readonly gear: RegExp | null;
  private readonly gearToldOf: RegExp | null;

  /**
   * `makers` and `gear`: normalised, lower-case names ("arlo", "ring doorbell"; "xbox"); longer
   * ones are tried first.
   */
  constructor(makers: readonly string[], gear: readonly string[] = []) {
    const [makerNames, gearNames] = [phraseAlternation(makers), phraseAlternation(gear)];
    this.makers = makerNames ? new RegExp(`\\b(?:${makerNames})\\b`) : null;
    this.gear = gearNames ? new RegExp(`\\b(?:${gearNames})\\b`) : null;
    // ... or whose light is told: "red light on my xbox".
    this.gearToldOf = gearNames ? new RegExp(`\\b(?:${gearNames})${TOLD_OF}|\\b(?:light|lights|led) on (?:my|the|a|an|our) (?:${gearNames})\\b`) : null;
  }

  /** The other maker's product the normalised text is about, or null. */
  named(normalised: string): string | null {
    if (OURS.test(normalised)) return null;
    const maker = this.makers?.exec(normalised)?.[0];
    if (maker !== undefined) return maker;
    const gear = this.gear?.exec(normalised)?.[0];
    if (gear === undefined) return null;
    return !LIGHT.test(normalised) || this.gearToldOf?.test(normalised) ? gear : null;
  }
}
