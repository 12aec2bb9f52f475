/**
 * An appliance starting up each time the light goes red: "red every time the kettle goes on",
 * "whenever the compressor kicks in", "every time the neighbour fires up his welder". A big one on
 * the same supply draws a dip the device feels: its power comes first. A microwave troubles the
 * 2.4 GHz Wi-Fi instead ("whenever my flatmate starts the microwave"): the network comes first.
 * One told on the device's own circuit or strip draws on its supply too, whenever it is told to start
 * (a microwave as well); so does a strip crowded with things, whatever they are ("a 6-way extension
 * with the TV, the Xbox, a lamp and the router").
 */
import { phraseAlternation } from './text';

export interface PowerDrawWords {
  /** the moment told: "whenever", "every time", "only when" */
  when: readonly string[];
  /** the appliances that draw power: "kettle", "tumble dryer", "water pump" */
  appliances: readonly string[];
  /** their starting up: "kicks in", "goes on", "starts up", "is running", "fires up" */
  starting: readonly string[];
  /** the appliances that trouble the Wi-Fi: "microwave" */
  wifiInterferers?: readonly string[];
}

/** Words that may stand between the parts of the phrase ("when the neighbour's old pump is running"). */
const BETWEEN = String.raw`(?:\s+(?:the|a|an|our|my|his|her|their|its|big|old|new|is|are|was|were|gets|get|got|has|have)\b)*`;

/** A supply the device shares: "on the same circuit", "the same socket strip as the fridge", "the same outdoor socket", "share a power strip with the heater". */
const SAME_SUPPLY = String.raw`(?:same (?:outdoor |indoor |wall |garden |kitchen )?|(?:share|shares|shared|sharing) (?:a|an|one|the) )(?:socket strip|power strip|plug strip|strip|circuit|extension(?: lead| reel| cord)?|double socket|double adapter|double adaptor|multi ?plug|power board|extension board|socket|outlet|plug|fuse|spur|board|ring(?: main)?)`;

/** A point the device draws its power from: a socket, a strip, an extension. */
const SUPPLY_POINT = String.raw`(?:socket|outlet|power strip|strip|extension(?: lead| cord)?|power board|power point)`;

/** Where a thing stands beside another: "next to", "right above", "on top of". */
const BESIDE = String.raw`(?:(?:right|just|directly)\s+)?(?:next to|beside|besides|near|by|on top of|above|below|under|over)`;

/** Food heated or warmed up: what a microwave is running for ("whenever I microwave my lunch"). */
const HEATS_FOOD = String.raw`(?:heats?|heating|warms?|warming|reheat\w*|defrost\w*|makes? popcorn|microwav\w* (?:my|the|some|a|our|his|her))`;

/** A breaker or fuse tripping with it: the microwave overloaded the supply, whatever it does to the Wi-Fi. */
const TRIPPED = /\b(?:breaker|fuse|trips|tripped|tripping|rcd)\b/;

/** A strip or multi-plug the device shares with a list of things, or with several: "an 8-way extension with the printer, router, tv and xbox", "shares a socket with six other things". */
const CROWDED =
  /\b(?:(?:\d+|two|three|four|five|six|eight|ten)[- ]?(?:way|gang)|multi ?plug|multi ?socket)\b[^.!?]{0,40}?\b(?:with|along with|alongside|together with|also runs)\b[^.!?]{0,60}?,[^.!?]{0,60}?\band\b|\b(?:with|shares?\b[^.!?]{0,30}?\bwith)\s+(?:\w+\s+)?(?:several|many|loads of|lots of|four|five|six|seven|eight|ten|\d+) other (?:things|devices|plugs|gadgets)\b/;

export class PowerDraw {
  private readonly draws: RegExp | null;
  private readonly shares: RegExp | null;
  private readonly interferes: RegExp | null;
  private readonly named: RegExp | null;
  private readonly heatsFood: RegExp | null;
  private readonly plugLoad: RegExp | null;

  constructor(words: PowerDrawWords | undefined) {
    const [when, starting, appliances, interferers] = [words?.when, words?.starting, words?.appliances, words?.wifiInterferers].map((w) => phraseAlternation(w ?? []));
    // The moment, then the thing and its starting in either order ("the pump kicks in", "someone fires up the welder").
    const startsUp = (things: string): string | null => {
      if (!when || !starting || !things) return null;
      // ("the kettle and the oven are on together": two of them at once.)
      // ("the compressor on the deep freezer kicks in": the thing told with what it belongs to.)
      const ofWhat = String.raw`(?:\s+(?:on|of|in)\s+(?:the\s+|a\s+|our\s+|my\s+)?(?:\S+\s+)?\S+)?`;
      const thingThenStart = String.raw`(?:\S+\s+)?(?:${things})${ofWhat}(?:\s+(?:and|&)\s+(?:the\s+|a\s+|my\s+)?(?:${things}))?${BETWEEN}\s+(?:${starting})`;
      const startThenThing = String.raw`(?:\S+\s+){0,3}?(?:${starting})${BETWEEN}\s+(?:${things})`;
      return String.raw`\b(?:${when})${BETWEEN}\s+(?:${thingThenStart}|${startThenThing})\b`;
    };
    const regex = (...patterns: (string | null)[]) => {
      const told = patterns.filter((p) => p !== null);
      return told.length > 0 ? new RegExp(told.join('|')) : null;
    };
    this.draws = regex(startsUp(appliances));
    // An appliance told on the device's supply, starting or not ("the yard lights are on the same
    // circuit", "on the same socket strip as the new fridge", "a socket in the garage that also has
    // the washing machine", "the socket by the pool pump").
    // (A microwave on the device's own strip draws on its supply, whatever it does to the Wi-Fi.)
    const sharers = [appliances, interferers].filter(Boolean).join('|');
    this.shares = appliances
      ? regex(
          String.raw`\b${SAME_SUPPLY}\b[^.!?]{0,40}?\b(?:${sharers})\b|\b(?:${sharers})\b[^.!?]{0,40}?\b${SAME_SUPPLY}\b`,
          String.raw`\b${SUPPLY_POINT}\b[^.!?]{0,30}?\b(?:also|too)\b[^.!?]{0,20}?\b(?:${appliances})\b`,
          String.raw`\b${SUPPLY_POINT}\s+${BESIDE}\s+(?:the\s+|a\s+|our\s+|my\s+)?(?:${appliances})\b`,
          // "the extension lead along with the fridge, kettle and microwave", "one of those 6-way extensions with the toaster".
          String.raw`\b(?:${SUPPLY_POINT}|extensions|multi ?(?:plug|socket)s?|(?:\d+|multi)[- ]?way)\b[^.!?]{0,25}?\b(?:along with|alongside|together with|with)\b[^.!?]{0,30}?\b(?:${sharers})\b`,
        )
      : null;
    // A microwave starting up, or told beside the device, whenever it runs ("it sits on the shelf right above the microwave").
    // (Or the other way round: "the microwave is right next to it", "the cordless phone base next to it".)
    // (Or a wall apart: "the microwave is right the other side of that wall".)
    const wallApart = String.raw`(?:the other side of|behind) (?:the|that|this) wall`;
    this.interferes = interferers
      ? regex(
          startsUp(interferers),
          String.raw`\b${BESIDE}\s+(?:the\s+|a\s+|our\s+|my\s+)?(?:new\s+)?(?:${interferers})\b`,
          String.raw`\b(?:${interferers})\s+(?:(?:is|sits|stands|was)\s+)?${BESIDE}\s+(?:it|the\s+(?:camera|cam|hub|plug|doorbell|device)|c\d{3}\w*)\b`,
          String.raw`\b(?:${interferers})\b[^.!?]{0,25}?\b${wallApart}\b|\b${wallApart} (?:from|to) (?:the\s+|a\s+|our\s+|my\s+)?(?:${interferers})\b`,
        )
      : null;
    // ... or named, with food heated each time ("is it the microwave? ... every time I heat up lunch").
    this.named = interferers ? regex(String.raw`\b(?:${interferers})\b`) : null;
    this.heatsFood = when ? regex(String.raw`\b(?:${when})\b[^.!?]{0,30}?\b${HEATS_FOOD}\b`) : null;
    // An appliance a smart plug runs: "the kettle is on it", "it's got the tumble dryer on it", "it runs the dehumidifier".
    const the = String.raw`(?:the\s+|a\s+|an\s+|my\s+|our\s+|its\s+)?`;
    this.plugLoad = appliances
      ? regex(
          String.raw`\b(?:${appliances})\s+(?:is\s+|are\s+|was\s+)?(?:plugged\s+)?(?:on|in|into)\s+(?:it|that|that one)\b`,
          String.raw`\b(?:got|has|have|with)\s+${the}(?:${appliances})\s+(?:plugged\s+)?(?:on|in|into)\s+it\b`,
          String.raw`\b(?:runs|running|powers|powering|feeds|feeding|controls|controlling|switches|switching)\s+${the}(?:${appliances})\b`,
        )
      : null;
  }

  /** Whether the normalised text tells of an appliance a smart plug runs: its draw passes through the plug. */
  loadsThePlug(normalised: string): boolean {
    return this.plugLoad?.test(normalised) ?? false;
  }

  /** The cause an appliance starting up points at in the normalised text, or null. */
  told(normalised: string): 'power' | 'network' | null {
    if (this.draws?.test(normalised) || this.shares?.test(normalised) || CROWDED.test(normalised)) return 'power';
    const interferes = this.interferes?.test(normalised) || (this.named?.test(normalised) && this.heatsFood?.test(normalised));
    if (interferes && !TRIPPED.test(normalised)) return 'network';
    return null;
  }
}
