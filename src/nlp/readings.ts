/**
 * What the words tell by their order or their numbers, which the intent engine (a bag of words)
 * cannot see: a few blinks then a pause, a red flicker, a temperature too hot for a device, a
 * battery running out. Each reads the normalised text.
 */

/** A few blinks, then a pause: "3 blinks then it stops", "flashes twice, pauses, twice again". */
const BURST_STOP = String.raw`[^.!?]{0,40}?\b(?:stops?|stopping|pauses?|pausing|a break|a gap|goes off|then off|then nothing|goes dark|then dark)\b`;
const BURST = new RegExp(
  String.raw`\b(?:(?:blink|flash|puls|flicker)\w*\b[^.!?]{0,20}?\b(?:twice|thrice|(?:\d|two|three|four|five|six)\s+times)|(?:\d|two|three|four|five|six)\s+(?:quick\s+|short\s+|fast\s+|red\s+)*(?:blinks?|flashes?|pulses?))\b` + BURST_STOP,
);
/** "it flickers red": a flicker is fast, whatever else the sentence says. */
const RED_FLICKER = /\bflicker\w*\b[^.!?]{0,20}?\bred\b|\bred\b[^.!?]{0,20}?\bflicker\w*/;

/** The pattern the order of the words tells ("blinks twice, stops, twice again"), or null. */
export function patternByOrder(normalised: string): 'burst' | 'rapid' | null {
  if (BURST.test(normalised)) return 'burst';
  return RED_FLICKER.test(normalised) ? 'rapid' : null;
}

/** A temperature read off the device: "the adapter reads 68 °C", "it's at 140 F". */
const TEMPERATURE = /(?<![\p{L}\d.])(\d{2,3})(?:[.,]\d+)?\s*(?:°|º|deg(?:rees?)?)?\s*(c|f|celsius|fahrenheit)\b/gu;
/** Hotter than this is a hazard, whatever words come with it (about what a hand cannot hold). */
const HOT_C = 50;

/** The first temperature in the text too hot for a device, as written (like a danger phrase's words), or null. */
export function tooHot(normalised: string): string[] | null {
  for (const m of normalised.matchAll(TEMPERATURE)) {
    const value = Number(m[1]);
    const celsius = m[2].startsWith('f') ? ((value - 32) * 5) / 9 : value;
    if (celsius >= HOT_C) return [m[0].trim()];
  }
  return null;
}

/** "the battery is flat", "low battery", "battery at 3%". */
const LOW_BATTERY = /\b(?:low|flat|dead|empty|drained|dying)\s+batter(?:y|ies)\b|\bbatter(?:y|ies)\b[^.!?]{0,30}?\b(?:low|flat|dead|empty|drained|dying|(\d{1,3})\s*%)/;
/** A battery at or below this share is running out. */
const LOW_BATTERY_PERCENT = 20;

export function batteryRunsLow(normalised: string): boolean {
  const m = LOW_BATTERY.exec(normalised);
  return m !== null && (m[1] === undefined || Number(m[1]) <= LOW_BATTERY_PERCENT);
}
