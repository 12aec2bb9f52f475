/**
 * Which colour the light shows now, when the text says so. The evidence engine learns blink
 * patterns from descriptions of the red light; "solid green" shares the word "solid" with "solid
 * red", so the colour is read apart and a light that is not red has no red pattern.
 *
 * - Colour words after normalising and synonyms ("verde" -> green): red, green, amber (orange,
 *   yellow), blue, white. Negated ones ("not red any more") do not count.
 * - The colour now: the last one in a clause that says now ("now", "turned", "went", "became",
 *   "changed to", "back to") or later ("later", "eventually": "eventually it was flashing red";
 *   "by" a time: "by 3 it was blinking red");
 *   otherwise the last one outside a clause about the past ("it used to be green", "before it
 *   was red") or about what it usually does ("normally it goes green"); none when every mention
 *   is about the past.
 * - A light that alternates red with another colour is a red pattern ("red and green
 *   alternating"): the colour is red. Two colours one after the other ("it was red, now it is
 *   green"), or one told turning into the red ("it went from green to red"), are a change, not an
 *   alternating light, unless told coming round again ("from red to green and back").
 * - Another colour in a clause that names another thing than the red ("the camera blinks red but
 *   the hub is green") is that thing's light, and not read.
 */
import type { Token } from './preprocess';

export type LightColour = 'red' | 'green' | 'amber' | 'blue' | 'white';

const COLOURS: ReadonlyMap<string, LightColour> = new Map([
  ['red', 'red'],
  ['reddish', 'red'],
  ['green', 'green'],
  ['greenish', 'green'],
  ['orange', 'amber'],
  ['amber', 'amber'],
  ['yellow', 'amber'],
  ['blue', 'blue'],
  ['white', 'white'],
]);
/** Whether `word` names a colour of the light ("red", "orange", "greenish"). */
export function isColourWord(word: string | undefined): boolean {
  return word !== undefined && COLOURS.has(word);
}
const NOW = new Set(['now', 'turned', 'turns', 'went', 'goes', 'became', 'becomes', 'changed', 'changes', 'back', 'currently', 'finally', 'later', 'eventually', 'afterwards']);
/** A time told after "by", which says later: "by 3 it was blinking red", "by midnight", "by the evening". */
const LATER_TIMES = new Set(['then', 'midnight', 'noon', 'morning', 'afternoon', 'evening', 'night', 'tonight', 'lunch', 'lunchtime', 'teatime', 'dinnertime', 'bedtime', 'end', 'time', 'weekend']);
/** Whether `tokens[i]` is "by" before such a time ("by 3", "by the evening"). */
function byATime(tokens: readonly Token[], i: number): boolean {
  if (tokens[i].word !== 'by') return false;
  const next = tokens[i + 1]?.word === 'the' ? tokens[i + 2] : tokens[i + 1];
  return next !== undefined && (LATER_TIMES.has(next.word) || /^\d/.test(next.word));
}
const PAST = new Set(['before', 'earlier', 'previously', 'used', 'originally', 'was', 'were', 'yesterday']);
/** What the light usually does or should do is not what it shows now: "normally it goes green after a bit". */
const USUAL = new Set(['normally', 'usually', 'supposed', 'should', 'meant', 'ought']);
/**
 * Clause boundaries for this purpose: punctuation and the words that set one state against
 * another ("it was red, now it is green", "it was green but today it is red"). Not "and" nor
 * "then": "red and green", "red then green" describe one alternating light.
 */
const TURNS = new Set(['but', 'now', 'however', 'although', 'though', 'while', 'after', 'until']);
/** Words that say the light moves: a blinking green light is a change, a steady one means working. */
const MOVING = new Set(['blink', 'blinks', 'blinking', 'flash', 'flashes', 'flashing', 'flicker', 'flickers', 'flickering', 'pulse', 'pulses', 'pulsing']);
/** Words between two colours that tell one turning into the other: "from green to red", "green into a red blink". */
const CHANGE_TO = new Set(['to', 'into']);
/** How far the red may follow the colour it turned from: "green to red", "steady green to a quick red". */
const CHANGE_REACH = 4;
/** Words that tell colours coming round again, as an alternating light's do: "red to green and back", "green to red, over and over". */
const AGAIN = new Set(['again', 'alternate', 'alternates', 'alternating', 'alternately', 'turns', 'forth', 'between', 'repeatedly', 'loop', 'cycle', 'cycles', 'cycling', 'flips', 'flipping']);

export interface ColourReading {
  /** The colour the light shows now, or null when the text does not say. */
  colour: LightColour | null;
  /**
   * Red and another colour describe the light at the same time ("red and green alternating",
   * "red, green, red"), not one after the other ("it was red, now it is green").
   */
  redWithOther: boolean;
  /** The clause of the colour now also says the light blinks or flashes. */
  moving: boolean;
}

interface Mention {
  colour: LightColour;
  at: number;
  clause: number;
  kind: 'now' | 'past' | 'plain';
}

/** Words that name a thing whose light it is: "the hub is green", "the rest are green", "the H200 green". */
const THINGS = new Set(['camera', 'cameras', 'cam', 'cams', 'hub', 'hubs', 'doorbell', 'chime', 'router', 'sensor', 'sensors', 'rest', 'others', 'other']);
const MODEL = /^[a-z]{1,2}\d{3}[a-z]*$/;
function namesThing(t: Token): boolean {
  return THINGS.has(t.word) || MODEL.test(t.word);
}

export function readColour(tokens: readonly Token[]): ColourReading {
  const clauseNow: boolean[] = [false];
  const clausePast: boolean[] = [false];
  const clauseUsual: boolean[] = [false];
  const clauseMoving: boolean[] = [false];
  const clauseOf = new Int32Array(tokens.length);
  let clause = 0;
  let any = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.punct || TURNS.has(t.word)) {
      clause++;
      clauseNow.push(false);
      clausePast.push(false);
      clauseUsual.push(false);
      clauseMoving.push(false);
    }
    clauseOf[i] = clause;
    if (NOW.has(t.word) || byATime(tokens, i)) clauseNow[clause] = true;
    if (PAST.has(t.word)) clausePast[clause] = true;
    if (USUAL.has(t.word)) clauseUsual[clause] = true;
    if (MOVING.has(t.word)) clauseMoving[clause] = true;
    if (COLOURS.has(t.word)) any = true;
  }
  if (!any) return { colour: null, redWithOther: false, moving: false };
  // (Read only where a colour is named: most texts name none.)
  const clauseThings: string[][] = clauseNow.map(() => []);
  for (let i = 0; i < tokens.length; i++) if (namesThing(tokens[i])) clauseThings[clauseOf[i]].push(tokens[i].word);
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const colour = COLOURS.get(t.word);
    if (!colour || t.negated || t.denied) continue;
    const c = clauseOf[i];
    mentions.push({ colour, at: i, clause: c, kind: clauseUsual[c] ? 'past' : clauseNow[c] ? 'now' : clausePast[c] ? 'past' : 'plain' });
  }
  // Another colour told of another thing than the red is that thing's light, not the device's: "the
  // camera blinks red but the hub is green", "C420 red, H200 green".
  const reds = mentions.filter((m) => m.colour === 'red' && m.kind !== 'past');
  const ofAnotherThing = (o: Mention) => o.colour !== 'red' && reds.length > 0 && clauseThings[o.clause].some((w) => reds.every((r) => r.clause !== o.clause && !clauseThings[r.clause].includes(w)));
  for (let k = mentions.length - 1; k >= 0; k--) if (ofAnotherThing(mentions[k])) mentions.splice(k, 1);
  let pick: Mention | undefined;
  for (const m of mentions) if (m.kind === 'now') pick = m;
  if (!pick) for (const m of mentions) if (m.kind === 'plain') pick = m;
  // Red with another colour, both of the present and either in one clause or neither set
  // against the other by a "now"; not a colour turning into the red ("it went from green to red"),
  // unless the colours are told coming round again.
  const comesAgain = tokens.some((t, i) => AGAIN.has(t.word) || (t.word === 'back' && tokens[i - 1]?.word === 'and'));
  const turnsInto = (o: Mention, r: Mention) => !comesAgain && o.clause === r.clause && o.at < r.at && r.at - o.at <= CHANGE_REACH && tokens.slice(o.at + 1, r.at).some((t) => CHANGE_TO.has(t.word));
  let redWithOther = false;
  for (const r of mentions) {
    if (r.colour !== 'red' || r.kind === 'past') continue;
    for (const o of mentions) {
      if (o.colour === 'red' || o.kind === 'past') continue;
      if ((o.clause === r.clause || (o.kind === 'plain' && r.kind === 'plain')) && !turnsInto(o, r)) redWithOther = true;
    }
  }
  return { colour: pick?.colour ?? null, redWithOther, moving: pick ? clauseMoving[pick.clause] : false };
}
