/**
 * A big appliance starting up on the same supply: "red every time the kettle goes on", "whenever
 * the compressor kicks in", "only when the milking machine starts up". The dip it draws on the
 * line is what the device feels: its power comes first. (A microwave is left out on purpose: it
 * troubles the 2.4 GHz Wi-Fi, not the supply.)
 */
import { phraseAlternation } from './text';

export interface PowerDrawWords {
  /** the moment told: "whenever", "every time", "only when" */
  when: readonly string[];
  /** the appliances: "kettle", "tumble dryer", "water pump" */
  appliances: readonly string[];
  /** their starting up: "kicks in", "goes on", "starts up", "is running" */
  starting: readonly string[];
}

/** Words that may stand between the parts of the phrase ("when the neighbour's old pump is running"). */
const BETWEEN = String.raw`(?:\s+(?:the|a|an|our|my|his|her|their|its|big|old|new|is|are|was|were|gets|get|got|has|have)\b)*`;

export class PowerDraw {
  private readonly re: RegExp | null;

  constructor(words: PowerDrawWords | undefined) {
    const [when, appliances, starting] = [words?.when, words?.appliances, words?.starting].map((w) => phraseAlternation(w ?? []));
    this.re = when && appliances && starting ? new RegExp(String.raw`\b(?:${when})${BETWEEN}\s+(?:\S+\s+)?(?:${appliances})${BETWEEN}\s+(?:${starting})\b`) : null;
  }

  /** Whether the normalised text ties the trouble to an appliance starting up. */
  told(normalised: string): boolean {
    return this.re?.test(normalised) ?? false;
  }
}
