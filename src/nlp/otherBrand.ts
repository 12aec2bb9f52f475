/**
 * Other makers' products ("my arlo camera keeps going offline", "the ring doorbell blinks blue"):
 * the bot knows Tapo devices only, so a text about one of those is not evidence of anything here,
 * however much it sounds like a Tapo problem. A text that also names Tapo, TP-Link or a Tapo model
 * is about the Tapo device ("the tapo camera went red when I installed the eufy one").
 * Other gear in the home (a games console, a TV) is often named only as what shares the device's
 * strip or Wi-Fi ("it's on a strip with the TV and the Xbox. Red light blinking."): a text is
 * about it when it is told of it ("my xbox keeps disconnecting", "why is my ps5 light red") or
 * asked how to mend ("how do I reset my Archer? its light is orange"), or when the text tells no
 * light at all ("how do I reset my roku").
 * TP-Link's other lines (a Deco mesh, an Archer router, a Kasa plug) are another product too, though
 * the text names TP-Link: a text about one is about it unless it names a device of ours ("the
 * cameras dropped when the Deco updated").
 */
import { phraseAlternation } from './text';

const OURS = /\b(?:tapo|tplink|tp link|tp-link)\b/;
/** Tapo named: the text is about our device, whatever else it names (TP-Link makes other lines too). */
const TAPO = /\btapo\b/;
/** Words that tell of a light. */
const LIGHT = /\b(?:light|lights|led|blink\w*|flash\w*|red)\b/;
/**
 * What a thing is told doing or being, up to two words after its name: "xbox keeps", "ps5 light is
 * red"; not another thing joined to it ("the xbox and a lamp"), nor the thing put in ("since the
 * new archer went in").
 */
const TOLD_OF = String.raw`(?:\s+(?!and\b|or\b|with\b|plus\b)\w+){0,2}?\s+(?:is|isn't|was|keeps|kept|won't|will|wont|doesn't|does|did|has|had|shows|showed|light|lights|led|blinks|blinking|blinked|flashes|flashing|flashed|disconnects|drops|goes|went(?! in\b| up\b)|turns|turned|says|said|can't|cannot|freezes|crashes|died|broke|stopped|red|orange|white|blue|green|yellow)\b`;

/** A thing asked how to mend, a word or two before its name: "how do I reset my tp link archer", "can I update the deco". */
const ASKED_TO_MEND = String.raw`\b(?:how (?:do|can|would|should) (?:i|we|you)|how to|can (?:i|we|you)|should (?:i|we))\s+(?:reset|update|upgrade|restart|reboot|fix|set up)\s+(?:my|the|our|a|an)\s+(?:[\w-]+\s+){0,2}?`;

/** Things a text names in passing as often as it tells of them: their names, and a name told of. */
interface Things {
  named: RegExp;
  /** The thing told doing or being something, or its light told: "xbox keeps", "red light on my xbox". */
  toldOf: RegExp;
}

/** The `Things` of `names`, or null when there are none. */
function things(names: readonly string[]): Things | null {
  const alternation = phraseAlternation(names);
  if (!alternation) return null;
  return {
    // (Not where a thing came from: "the card is an old one from my gopro", "it came out of an old
    // dashcam"; nor a likeness: "blinks like a bike light".)
    named: new RegExp(`(?<!\\b(?:from|out of) (?:my|our|his|her|their|the|a|an) (?:old )?|\\blike (?:a |an |the |my )?)\\b(?:${alternation})\\b`),
    toldOf: new RegExp(`\\b(?:${alternation})${TOLD_OF}|\\b(?:light|lights|led) on (?:my|the|a|an|our) (?:${alternation})\\b|${ASKED_TO_MEND}(?:${alternation})\\b`),
  };
}

/** The thing the normalised text is about: named in a text that tells no light, or told of. */
function toldAbout(named: Things | null, normalised: string): string | null {
  const name = named?.named.exec(normalised)?.[0];
  if (name === undefined) return null;
  return !LIGHT.test(normalised) || named?.toldOf.test(normalised) ? name : null;
}

export class OtherBrands {
  private readonly makers: RegExp | null;
  private readonly gear: Things | null;
  private readonly ownLines: Things | null;

  /**
   * `makers`, `gear` and `ownLines` (TP-Link's other lines): normalised, lower-case names ("arlo",
   * "ring doorbell"; "xbox"; "deco"); longer ones are tried first.
   */
  constructor(makers: readonly string[], gear: readonly string[] = [], ownLines: readonly string[] = []) {
    const makerNames = phraseAlternation(makers);
    this.makers = makerNames ? new RegExp(`\\b(?:${makerNames})\\b`) : null;
    this.gear = things(gear);
    this.ownLines = things(ownLines);
  }

  /** The other product the normalised text is about, or null; `namesDevice`: the text names a device of ours ("camera", a model). */
  named(normalised: string, namesDevice = false): string | null {
    if (TAPO.test(normalised)) return null;
    const line = namesDevice ? null : toldAbout(this.ownLines, normalised);
    if (line !== null) return line;
    if (OURS.test(normalised)) return null;
    // (Gear beside a device of ours is in passing: "my iphone hotspot is called Dave's, the cam never connects".)
    return this.makers?.exec(normalised)?.[0] ?? (namesDevice ? null : toldAbout(this.gear, normalised));
  }
}
