/**
 * What the words tell by their order or their numbers, which the intent engine (a bag of words)
 * cannot see: a few blinks then a pause, a red flicker, a temperature too hot for a device, a
 * battery running out. Each reads the normalised text.
 */

/** The pause that ends a burst (a stop, a gap, a rest), within `reach` characters. */
const burstStop = (reach: number) =>
  String.raw`[^.!?]{0,${reach}}?\b(?:stops?|stopping|pauses?|pausing|a break|a gap|goes off|then off|then nothing|goes dark|then dark|went dark|rests?|resting|a rest|quiet|waits?)\b`;
const TIMES = String.raw`(?:twice|thrice|a couple of times|a few times|few times|(?:\d|two|three|four|five|six)\s+times?)`;
/** A few blinks, then a pause: "3 blinks then it stops", "flashes twice, pauses, twice again", "a double blink and then a rest", "a handful of quick flashes and then nothing". */
const BURST = new RegExp(
  String.raw`\b(?:(?:blink|flash|puls|wink)\w*\b[^.!?]{0,20}?\b${TIMES}|(?:\d|two|three|four|five|six|double|triple|a few|a couple of|a handful of)[\s-]+(?:quick[\s-]+|short[\s-]+|fast[\s-]+|red[\s-]+)*(?:blinks?|flashes?|flash|pulses?|winks?|beats?))\b` + burstStop(40),
);
/** The blinks said one by one, then a pause: "red red red, stops", "blink blink blink... pause", "quick-quick-quick, pause", "twice then dark", "3 and stop, 3 and stop". */
const BURST_TOLD = new RegExp(
  String.raw`\b(?:(red|blink|blip|flash|quick|short)\b(?:[\s,.-]+\1\b){1,5}(?:[\s.]*\.)?|(?:red|light|led)\s+${TIMES}\b)` + burstStop(15) +
    // "3 and stop, 3 and stop"
    String.raw`|\b(\d|two|three|four|five)\s+and\s+(?:stop|pause)s?\b[^.!?]{0,6}?\b\2\s+and\b` +
    // "flashes, stops, flashes", "blinks red and stops, blinks and stops"
    String.raw`|\b(blink|flash)\w*(?: red)?,? (?:then |and |and then )?(?:stops?|pauses?),? (?:then |and )?\3\w*`,
);
/** Blinks told by their groups: "red in bursts", "flashes in little groups", "blinks in pairs", "in threes", "red bursts". */
const IN_GROUPS = /\b(?:in|into) (?:little |short |quick |small |tiny |rapid )?(?:bursts|groups|clusters|pairs|twos|threes|fours|doubles|triples|[234]s)\b|\bin bunches\b|\b(?:red|short|quick) bursts\b|\bbursts of (?:red|blinks|flashes|light)\b/;
/** The blink's speed said again and again, or "quick" after the blink, with no pause told: "quick quick quick", "blinks red quick", "blinking now, quickish". */
const RAPID_TOLD = /\b(quick|fast)\b(?:[\s,.-]+\1\b){1,5}|\b(?:blink|flash)\w*\b[^.!?]{0,15}?\b(?:in a (?:fast|quick|rapid) way|quickish)\b|\b(?:blink|flash)\w*(?: red)?,? (?:very |really |quite |so |super )?quick\b(?! (?:then|and|before|pause|stop))/;
/** A red light that does not blink: "not blinking, just red", "red all the time", "red, fixed". */
const SOLID_TOLD = /\b(?:not|no|never|without|nor)\s+(?:\w+\s+){0,2}?(?:blink|flash|flicker|moving)\w*|\bjust red\b|\bred all the time\b|\bred the whole time\b|\bred(?: light| led)?(?: is on)?,? fixed\b|\bfixed red\b|\bglow\w* red\b|\bred\b[^.!?]{0,20}\bsteadily\b/;
/**
 * A red light that stays as it is: "the red light is on all the time", "it just stayed red", "a red
 * light that never changes", "now it sits there red". Only in a sentence with no blink word ("it
 * blinks red all the time" blinks).
 */
const SOLID_STAYS = /\bred\b[^.!?]{0,40}?\b(?:all the time|the whole time|constantly|permanently|non ?stop|never changes?|never goes off|does not go off|will not go off|never turns off|does not change|do not change|will not change|not changing|never changing)\b|\b(?:stays?|stayed|staying|remains?|remained|sits? there|sat there|stuck on|always|constantly|permanently)\s+(?:on\s+)?red\b/;
const BLINK_WORD = /\b(?:blink|flash|flicker|puls|strob)\w*/;
/** "it flickers red": a flicker is fast, whatever else the sentence says. */
const RED_FLICKER = /\bflicker\w*\b[^.!?]{0,20}?\bred\b|\bred\b[^.!?]{0,20}?\bflicker\w*/;

/** Red and another colour taking turns, told colour by colour: "red blue red blue", "orange, red, orange, red", "red then green then red then green". */
const TURN = String.raw`[\s,/-]+(?:(?:then|and|and then)\s+)?`;
/** The light's colours other than red, as the normalised text names them. */
const OTHER_COLOURS = 'green|blue|orange|amber|yellow|white';
const OTHER_COLOUR = `(${OTHER_COLOURS})`;
const TURNS_TOLD = new RegExp(String.raw`\bred${TURN}${OTHER_COLOUR}${TURN}red${TURN}\1\b|\b${OTHER_COLOUR}${TURN}red${TURN}\2${TURN}red\b`);
/** Red and another colour told to take turns: "flashing red and amber in turn", "orange and red in turns". */
const COLOURS_IN_TURN = new RegExp(String.raw`\b(?:red (?:and|&|/) ${OTHER_COLOUR}|${OTHER_COLOUR} (?:and|&|/) red)\b[^.!?]{0,25}?\b(?:in turns?|by turns|taking turns|alternat\w*|one after the other)\b`);

/** The pattern the order or the grouping of the words tells ("blinks twice, stops, twice again", "in bursts", "red blue red blue", "quick quick quick"), or null. */
export function patternByOrder(normalised: string): 'alternating' | 'burst' | 'rapid' | null {
  if (TURNS_TOLD.test(normalised) || COLOURS_IN_TURN.test(normalised)) return 'alternating';
  if (BURST.test(normalised) || BURST_TOLD.test(normalised) || IN_GROUPS.test(normalised)) return 'burst';
  return RED_FLICKER.test(normalised) || RAPID_TOLD.test(normalised) ? 'rapid' : null;
}

/** A steady red light told by denying the blinking ("it's red, not blinking", "just red") or by its staying red, or null. */
export function solidTold(normalised: string): 'solid' | null {
  if (!/\bred\b/.test(normalised)) return null;
  if (SOLID_TOLD.test(normalised)) return 'solid';
  return normalised.split(/[.!?]/).some((sentence) => SOLID_STAYS.test(sentence) && !BLINK_WORD.test(sentence)) ? 'solid' : null;
}

/** The light told blinking now ("blinks", "is flashing"), with no word of a steady light beside it. */
const BLINKING_NOW = /(?<!\b(?:was|were|without|not|nor|neither|no) )\b(?:blinks|blinking|flashes|flashing)\b/;
/** Words of a steady light other than "steady" itself, "fixed" and a denied blink. */
const STEADY_WORDS = String.raw`solid|steadily|constant|constantly|continuous|glow\w*|stays? (?:on )?red|just stays|just red`;
const STEADY_TOO = new RegExp(String.raw`\b(?:steady|fixed|(?:not|never|no|without|neither|nor) (?:\w+ )?(?:blink|flash)\w*|${STEADY_WORDS})\b`);

/** Whether the text tells the light blinking and nothing of a steady one: "stuck on red blinking" is no solid light. */
export function blinkingNotSteady(normalised: string): boolean {
  return BLINKING_NOW.test(normalised) && !STEADY_TOO.test(normalised);
}

/** "Steady" told of the blinking's pace, with no other word of a steady light: "red, off, red, off at a steady easy pace", "in a steady rhythm". */
const PACE = String.raw`(?:\w+ )?(?:pace|rhythm|beat|rate|tempo|pulse)\b`;
const STEADY_PACE = new RegExp(String.raw`\bsteady ${PACE}`);
const STEADY_OTHERWISE = new RegExp(String.raw`\b(?:${STEADY_WORDS})\b|\bsteady (?!${PACE})`);

/** Whether the only steady thing told is the pace of the blinking: the light goes on and off. */
export function steadyIsAPace(normalised: string): boolean {
  return STEADY_PACE.test(normalised) && !STEADY_OTHERWISE.test(normalised);
}

/** Solid red that gives way to blinking: "solid red for a minute, then slow blinking", "solid red... now slow red again" (the start-up light, then the trouble). */
const SOLID_THEN_BLINKS = /\b(?:solid|steady)\s+red\b[^]{0,80}?\b(?:then|now|after that|before)\b[^.!?]{0,30}?\b(?:blink\w*|flash\w*|slow\w*|fast|rapid\w*|quick\w*)/;

const OTHER_COLOUR_NAMED = new RegExp(String.raw`\b(?:${OTHER_COLOURS})\b`);

/** Whether a steady red is told only as a passing state before the light blinks red (not green, and not steady again). */
export function solidThenBlinks(normalised: string): boolean {
  const m = SOLID_THEN_BLINKS.exec(normalised);
  if (m === null) return false;
  const after = normalised.slice(m.index + m[0].length);
  return !OTHER_COLOUR_NAMED.test(m[0] + after.split(/[.!?]/)[0]) && !/\b(?:solid|steady)\s+red\b/.test(after);
}

/** A steady word and the other colour it is told of, if any: "solid green" (not "solid orange-red"), "steady red", "constant". */
const STEADY_WORD = new RegExp(String.raw`\b(?:solid|steady|constant)\b(\s+(?:${OTHER_COLOURS})\b(?![\s-]+red\b))?`, 'g');

/** Whether every steady word is told of a colour other than red ("solid green -> amber -> slow red", "the other cam is solid green"): no steady red is told. */
export function steadyOnlyOfAnotherColour(normalised: string): boolean {
  const told = [...normalised.matchAll(STEADY_WORD)];
  return told.length > 0 && told.every((m) => m[1] !== undefined);
}

/** Solid red at start-up that gives way to green: "solid red for about a minute after I plug it in, then it goes green". */
const SOLID_THEN_GREEN = /\b(?:(?:solid|steady|constant)\s+red|red\s+(?:solid|steady))\b[^.!?]{0,70}?\bthen\b[^.!?]{0,25}?\b(?:goes|turns|went|turned|go|turn|changes to|changed to)\s+green\b/;

/** Whether a steady red is told to give way to green: the steady red is the pattern told, though the light is green after it. */
export function solidThenGreen(normalised: string): boolean {
  return SOLID_THEN_GREEN.test(normalised);
}

/** A slow blink told by likeness: "about the speed of my pulse", "like a heartbeat", "a ticking clock", "like a lighthouse". */
const SLOW_LIKENESS =
  /\b(?:like|as fast as|as quick as|speed of|pace of|rate of|in time with|tempo of)\s+(?:a |an |my |the |your |someone's )?(?:resting |slow |calm |steady |normal |human |old )?(?:heartbeat|heart beat|pulse|ticking clock|clock ticking|clock|lighthouse)s?\b/;
/** A car's hazard lights or indicators, a smoke alarm's light: "like the hazards on my car", "does the hazard-light blink" (not "a fire hazard"). */
const SLOW_SIGNAL_LIKENESS =
  /\b(?:like|as|similar to|same as|reminds me of)\s+(?:\w+\s+){0,4}?(?:hazards|hazard[ -]lights?|indicators|turn signals?|blinkers|smoke alarm|smoke detector|heart monitor)\b|\bhazard[ -]light (?:blink|flash)/;
/** Unless told fast beside it ("quick, like a heartbeat on speed", "faster than a clock", "a turn signal in a hurry"), not as a measure ("as fast as a heartbeat"). */
const FASTER_THAN = /\b(?:faster|quicker)\s+than\b|\bin a (?:hurry|rush)\b|(?<!\bas )\b(?:fast|quick|quickly|rapid|rapidly)\b(?! as\b)/;
/** A fast blink told by likeness: "like a police light", "a strobe". */
const RAPID_LIKENESS = /\blike\s+(?:\w+\s+){0,2}?(?:police|cop car|ambulance|emergency lights?|strobe|disco)\b|\bstrob(?:e|es|ing)\b/;
/** Blinks in groups told by likeness: "like morse code". */
const BURST_LIKENESS = /\bmorse\b/;

/**
 * The pattern a likeness tells: morse code is blinks in groups; a heartbeat, a clock, a lighthouse,
 * a car's hazards a slow blink (unless told fast beside it); a police light or a strobe a fast one.
 */
export function patternByLikeness(normalised: string): 'burst' | 'slow' | 'rapid' | null {
  if (BURST_LIKENESS.test(normalised)) return 'burst';
  if ((SLOW_LIKENESS.test(normalised) || SLOW_SIGNAL_LIKENESS.test(normalised)) && !FASTER_THAN.test(normalised)) return 'slow';
  return RAPID_LIKENESS.test(normalised) ? 'rapid' : null;
}

/** Whether it blinks at all is told unknown: "not sure if it blinks", "can't say if it was flashing or constant", "não sei se pisca". */
const BLINK_UNSURE =
  /\b(?:not sure|unsure|no idea|can not say|could not say|can not tell|could not tell|do not know)\s+(?:if|whether|about|it is|it was)\s+(?:(?:it|the light)\s+)?(?:(?:is|was|it is|it was)\s+)?(?:blink\w*|flash\w*)\b|\bnao sei se (?:blinks|flashes)\b/;

/** Whether the owner says they cannot tell whether the light blinks: a red light told is then no steady red. */
export function blinkUnsure(normalised: string): boolean {
  return BLINK_UNSURE.test(normalised);
}

const RED_AS_STATE =
  /\b(?:is|are|was|been|went|go|goes|going|gone|turned|turns|turning|still|stays?|stayed|remains?|just|all)\s+(?:\w+\s+)?red\b(?!\s*(?:wine|eye|colou?r|one|light (?:district|therapy)))|(?:^|[.!?,;:]\s*)red\b\s*(?:[.!?,;:]|$|since|again|for|all|now)/;

/** Whether red is told as what the device shows ("it's been red for two days", "The one in the loft. Red."), not a red thing. */
export function redAsState(normalised: string): boolean {
  return RED_AS_STATE.test(normalised);
}

/** Blinks per second from which a blink is fast, and up to which it is slow. */
const RAPID_HZ = 1.5;
const SLOW_HZ = 1;
/** Slower than this is no blink: "reboots every few minutes" tells how often it restarts. */
const BLINK_HZ = 0.1;

/** The pattern a blink rate tells ("twice a second" is rapid, "every 3 seconds" slow), or null. */
export function patternByRate(frequencies: readonly number[] | undefined): 'rapid' | 'slow' | null {
  const hz = frequencies?.[0];
  if (hz === undefined) return null;
  return hz >= RAPID_HZ ? 'rapid' : hz <= SLOW_HZ && hz >= BLINK_HZ ? 'slow' : null;
}

/** A heater named: "a fan heater", "the space heaters". */
const HEATER = /\bheaters?\b/;
/** A strip, lead or socket told warm, not the heater itself: "the strip is quite warm now", "the extension lead is a bit warm". */
const SUPPLY_WARM = /\b(?:strip|extension|lead|cord|socket|outlet|board|block|adapter|plug)\b(?:(?!heater)[^.!?]){0,25}?\b(?:is|was|feels|felt|gets|got|getting|went|gone)\b(?:(?!heater)[^.!?]){0,15}?\b(warm|warmer|hot|toasty)\b/;

/**
 * The word that tells a strip, lead or socket gone warm in a sentence that also tells a heater
 * beside it ("warm"): a supply overloaded, however mildly told; null when no sentence does.
 */
export function warmSupplyWithHeater(normalised: string): string | null {
  // (Most texts name no heater: those are done without splitting them.)
  if (!HEATER.test(normalised)) return null;
  for (const sentence of normalised.split(/[.!?]/)) {
    const warm = HEATER.test(sentence) ? SUPPLY_WARM.exec(sentence) : null;
    if (warm) return warm[1];
  }
  return null;
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

/** "the battery is flat", "low battery", "battery at 3%", "the power bank is down to one bar", "never charged it", "can't remember when I last charged it"; a solar panel that gets no sun ("the panel is buried in snow"). */
const LOW_BATTERY = new RegExp(
  [
    // "low battery", "flat battery"
    String.raw`\b(?:low|flat|dead|empty|drained|dying)\s+batter(?:y|ies)\b`,
    // "the battery is at 3%": the share is captured
    String.raw`\bbatter(?:y|ies)\b[^.!?]{0,30}?\b(?:low|flat|dead|empty|drained|dying|(\d{1,3})\s*(?:%|percent|per cent))`,
    // "the power bank is down to one bar", "the power bank is nearly flat"
    String.raw`\bpower ?banks?\b[^.!?]{0,30}?\b(?:low|flat|dead|empty|drained|dying|down to (?:one|1|its last|the last) bar|on (?:its|the) last bar)\b`,
    // "3% battery": the share is captured
    String.raw`(?<![\d.])(\d{1,3})\s*(?:%|percent|per cent)\s+(?:battery|charge)\b`,
    // "with 15% left": the share is captured
    String.raw`\b(?:with|at|only|just|has|had|on)\s+(\d{1,3})\s*(?:%|percent|per cent)\s+(?:left|remaining)\b`,
    // "won't charge from the cable" (normalised "will not charge"), "not charging"
    String.raw`\b(?:not|never)\s+(?:charge|charging|hold (?:a |its )?charge)\b`,
    // "forgot to charge it"
    String.raw`\bforg[oe]t (?:to )?(?:charge|recharge)\b`,
    // "never charged it"
    String.raw`\bnever (?:charged|recharged) it\b`,
    // "can't remember when I last charged it", "last charged ... a while ago"
    String.raw`\b(?:can not|cannot|do not|don't) (?:even )?remember (?:when|the last time) (?:i|we|anyone|someone|he|she) (?:last )?(?:charged|recharged)\b`,
    String.raw`\blast (?:charged|recharged)\b[^!?]{0,30}?\b(?:a while|ages|weeks|months|a long time|forever)\b`,
    // "it's been a few weeks since we charged it"
    String.raw`\b(?:weeks|months|ages|a while|a month|a long time) since (?:i|we|anyone|someone|he|she|they) (?:last )?(?:charged|recharged)\b`,
    // "nobody has charged it"
    String.raw`\b(?:nobody|no one)(?:'s| has| had)? (?:charged|recharged) (?:it|the \w+|its battery)\b`,
    // "not charged it once since"
    String.raw`\b(?:not|n't) (?:\w+ ){0,3}?(?:charged|recharged) (?:it |the \w+ )?(?:once |at all |yet )?(?:since|in|for)\b`,
    // a solar panel covered, shaded or in winter
    String.raw`\bsolar\b.{0,80}?\b(?:covered|buried|snow|shade|shaded|dirty|no sun|winter|dark by|overcast|cloudy|short days|grey days|gray days|grey weather|gray weather)\b`,
    // "no sun on the solar panel"
    String.raw`\b(?:no sun|snow|shade)\b[^.!?]{0,40}?\bsolar\b`,
    // "the panel has not seen proper sun"
    String.raw`\b(?:solar|panel)\b[^.!?]{0,40}?\b(?:has not|hasn't|hasnt|have not|haven't|not|no|barely|hardly) (?:seen|had|got|getting|gotten|seeing) (?:any |proper |much |real |enough )?sun\b`,
  ].join('|'),
  // Global: every battery a text tells is read ("cam A is at 80%, cam B shows 5%").
  'g',
);
/** A battery at or below this share is running out. */
const LOW_BATTERY_PERCENT = 20;

/** A voltage read off a meter or a label: "voltmeter says 4.6 v", "measures 9.8 v instead of 12". */
const MEASURED_VOLTS = /\b(?:measur\w*|meter|multimeter|voltmeter|tester|reads|reading|shows|showing|says|only|drops? to|dropping to|sags? to)\b[^.!?]{0,30}?(?<![\d.])(\d{1,2}(?:[.,]\d+)?)\s?v(?:olts?)?\b/g;
/** The supplies a Tapo device or its accessories run on. */
const NOMINAL_VOLTS = [5, 9, 12, 24];
/** Within this share of a supply's voltage a measure is that supply, fine; below it and above the lower share, that supply failing. */
const LOW_VOLTS_SHARE = 0.96;
const OTHER_SUPPLY_SHARE = 0.75;

/** A supply measured below what it should give ("4.6 v at the plug" of a 5 V supply, "9.8 v" of 12 V). */
export function voltageLow(normalised: string): boolean {
  for (const m of normalised.matchAll(MEASURED_VOLTS)) {
    const volts = Number(m[1].replace(',', '.'));
    if (NOMINAL_VOLTS.some((n) => volts >= n * LOW_VOLTS_SHARE && volts <= n * (2 - LOW_VOLTS_SHARE))) continue;
    const nominal = NOMINAL_VOLTS.find((n) => n > volts);
    if (nominal !== undefined && volts > nominal * OTHER_SUPPLY_SHARE) return true;
  }
  return false;
}

/**
 * A battery that will not fill, with no charger, cable or panel named: "won't charge past 12%",
 * "does not charge above 20 percent". Its cells are worn (not "never charges past 10%" with the
 * panel in the shade: the supply is short).
 */
const BATTERY_WONT_FILL = /\b(?:will not|does not|do not|not)\s+charge\s+(?:past|above|beyond|over|more than)\s+(?:\d+|a little)/;
const CHARGING_PART = /\b(?:charger|cable|lead|solar|panel|adapter|usb)\b/;

/** Whether the battery is told not to fill, with nothing told of what charges it: the battery itself is worn. */
export function batteryWontFill(normalised: string): boolean {
  return BATTERY_WONT_FILL.test(normalised) && !CHARGING_PART.test(normalised);
}

/** Whether a battery is told low, or at a share at or below LOW_BATTERY_PERCENT. */
export function batteryRunsLow(normalised: string): boolean {
  for (const m of normalised.matchAll(LOW_BATTERY)) {
    const percent = m.slice(1).find((g) => g !== undefined);
    if (percent === undefined || Number(percent) <= LOW_BATTERY_PERCENT) return true;
  }
  return false;
}

/** A device that runs on a battery, and cold weather: a cold battery gives out ("the C420 goes red when it's freezing at night"). */
const BATTERY_DEVICE = /\b(?:c4(?:00|02|10|20|25)|d230|battery|batteries)\b/;
/** A temperature below zero: "minus 8", "-12 c", "-5°C", "-15 at night". */
const BELOW_ZERO = String.raw`\bminus \d+|(?<![\w.])-\d{1,2}\s*(?:°\s*)?c\b|(?<![\w.])-\d{1,2}\b(?= (?:outside|out there|overnight|at night|last night|degrees))`;
const COLD_WEATHER = new RegExp(
  String.raw`\b(?:freezing|frosty|frost|below zero|sub-?zero|cold snap|cold weather|cold nights?|cold mornings?|in (?:this|the) cold|(?:it's|it is|its|been|gets|got|when|really|so|very) cold)\b|${BELOW_ZERO}`,
);

/** Whether a battery device is told red in the cold. */
export function batteryInTheCold(normalised: string): boolean {
  return BATTERY_DEVICE.test(normalised) && COLD_WEATHER.test(normalised);
}

/** Frost and ice, hard cold: "-12 outside", "iced over", "every freezing night", "ice all over it from the freezing rain". */
const HARD_COLD = new RegExp(
  String.raw`\b(?:freezing (?:night|nights|morning|mornings|cold|rain)|frost|frosty|frosted|iced (?:over|up)|icy|bitterly cold|below zero|sub-?zero|cold snap|ice all over|(?:covered|coated|encased) in ice)\b|${BELOW_ZERO}`,
);

/** Frost told on its glass or housing ("frost on the lens, I wipe it off"): weather it is made for. */
const FROST_ON_IT = /\bfrost on (?:the|its|my|our)\b/;

/** Whether a device on the mains is told red in hard cold: the cold is past what it is made for. */
export function mainsDeviceInTheCold(normalised: string): boolean {
  return !BATTERY_DEVICE.test(normalised) && HARD_COLD.test(normalised) && !FROST_ON_IT.test(normalised);
}

/** Rain or a storm told. */
const RAIN = /\b(?:rain|rains|rained|raining|rainy|rainfall|poured|pouring|downpour|bucketing|chucking it down|storm|storms|stormy)\b/;
/** The device told dry, sealed or made for the weather, or indoors: "bone dry inside", "it's the weatherproof one", "rated IP66", "behind the window". */
const KEPT_FROM_RAIN = /\b(?:bone dry|dry inside|inside (?:is|was) dry|(?:is|was|stays|stayed|completely|totally) dry|weatherproof|waterproof|ip6[5-8]|outdoor (?:model|one|version)|made for (?:outside|outdoors|the outdoors|rain)|built for (?:outside|outdoors)|sealed|indoors|behind (?:the|a) window)\b/;

/** Whether rain is told and set aside by the owner: the device is sealed, dry inside or indoors, so the rain did it no harm. */
export function rainSetAside(normalised: string): boolean {
  return RAIN.test(normalised) && KEPT_FROM_RAIN.test(normalised);
}

/**
 * The device taken to another home: "plugged it in at the new flat", "we moved house", "set it up at
 * my mum's" (the normalised text has no possessive: "at my mum").
 */
const NEW_HOME = String.raw`new (?:flat|house|home|place|apartment|address)`;
const MOVED_HOUSE = String.raw`\bmoved (?:house|home|flat)\b`;
const ANOTHER_HOME = new RegExp(
  String.raw`\b(?:at|in|to|into) (?:the|our|my|a) ${NEW_HOME}\b|${MOVED_HOUSE}|\bat (?:my |our |her |his |ma |me )?(?:mum|mom|mam|mammy|dad|da|nan|nana|gran|granny|grandma|parents|mother|friend|sister|brother)(?=[\s.,!?;:]|$)`,
);

/** A move to another home told, whoever's: "at the new flat", "we moved house", "since we moved in", "took it to grandma's". */
const MOVED_HOME = new RegExp(
  String.raw`\b(?:at|in|to|into|for) (?:the|our|my|a|their|his|her) ${NEW_HOME}\b|${MOVED_HOUSE}|\b(?:we|i|they|she|he)(?: have| had| just)* moved in\b|\bnew (?:house|flat|home|address)\b[^.!?]{0,3}$|^new (?:house|flat|home|address)\b` +
    // "took it to grandma's to keep an eye on the dog"
    String.raw`|\b(?:took|taken|brought|moved) (?:it|them|the \w+|my \w+) (?:over |round |along )?to (?:my |our |her |his |the )?(?:mum|mom|mam|dad|nan|nana|gran|granny|grandma|grandparents|parents|mother|father|sister|brother|friend|daughter|son|aunt|uncle|cousin)s?\b`,
);

/** Whether a move to another home is told: the device moved with its owners. */
export function movedHomeTold(normalised: string): boolean {
  return MOVED_HOME.test(normalised);
}

/** Its supply told too ("lost the adapter when we moved house"): the supply may be what changed. */
const SUPPLY_TOLD = /\b(?:adapter|adaptor|charger|power supply|psu|extension)\b/;

/** Whether the device is told taken to another home, its supply untold: the Wi-Fi it knew is not there. */
export function inAnotherHome(normalised: string): boolean {
  return ANOTHER_HOME.test(normalised) && !SUPPLY_TOLD.test(normalised);
}

/** Other lights dimming or flickering with it: the supply dips ("the kitchen lights dim too", "all the lights flickered", "the socket makes the bedside lamp flicker", a lamp read "light" by now). */
const DIMS = String.raw`(?:dim|dims|dimmed|dimming|flicker|flickers|flickered|flickering)\b`;
const LIGHTS_DIP = new RegExp(
  String.raw`\b(?:house|kitchen|room|lounge|bedroom|hall|hallway|ceiling|landing|garage|shop|office|street|other|all the|the|our) lights\b[^.!?]{0,20}?\b${DIMS}|\blights (?:went|go|goes|going|all went) (?:dim|dark for a (?:second|moment))\b|\b(?:flickering|flickery|dimming) lights\b|\blights (?:dim|flicker)\b` +
    String.raw`|\b(?:bedside|desk|table|floor|reading|standing|bathroom|ceiling) lights?\b[^.!?]{0,10}?\b${DIMS}`,
);

/** Whether other lights are told dimming or flickering: the supply dipped. */
export function supplyDips(normalised: string): boolean {
  return LIGHTS_DIP.test(normalised);
}

/** After a power cut, the router back later than the device: "the cameras came back on before the router did", "the router takes ages to come back", "the modem is still booting", "the router isn't on the generator", "they come right when replugged once the router is up", "the router turns on after the camera does", or back wrong: "red until I restart the router". */
const ROUTER_LATE =
  /\bbefore the (?:router|wi-?fi|modem|internet|broadband)\b|\b(?:router|modem)\b (?:is |was )?still (?:booting|starting|coming up|restarting)\b|\b(?:router|modem|wi-?fi|internet)\b[^.!?]{0,30}?\b(?:takes|took|taking) (?:(?:way|much|far|a lot|a bit) )?(?:ages|a while|longer|forever|time|(?:a good |about |around |like )?\d+ (?:minutes|mins))\b|\b(?:router|modem)\b[^.!?]{0,20}?\b(?:is not|was not|not) on the (?:generator|ups|inverter)\b|\b(?:router|modem)\b[^.!?]{0,25}?\bcame (?:back|up) (?:later|last)\b|(?<!even )\bonce the (?:router|modem|wi-?fi|internet) is (?:back|up|on)\b|\b(?:router|modem)\b[^.!?]{0,15}?\b(?:turns|turned|comes|came|boots|booted|starts|started|powers|powered) (?:on |up |back )?(?:[\w ]{0,20}? )?after the (?:camera|cam|cameras|cams|device|doorbell|hub)s?\b|\b(?:until|till|unless) (?:i|we|you|someone) (?:restart|reboot|power cycle|unplug|turn off) the (?:router|modem)\b/;

/** Whether the router is told back later than the device after the power came back: it came up to no network to join. */
export function routerBackLater(normalised: string): boolean {
  return ROUTER_LATE.test(normalised);
}

/** The device's address changed or taken: "the router hands out different addresses every restart", "gave the camera's address to my laptop", an IP conflict. */
const ADDRESS_CHANGED = /\b(?:different|new|another)\s+(?:ip\s+)?address(?:es)?\b|\bgave (?:the |its |my )?(?:camera|cam|device)(?:'s)? (?:ip )?address\b|\bip (?:conflict|clash)\b/;

/** Whether the device's network address is told changed or taken by another: its link, not its power, fails. */
export function addressChangedTold(normalised: string): boolean {
  return ADDRESS_CHANGED.test(normalised);
}

/** A socket or plug on a timer ("on a timer switch", "a smart plug timer", "une prise avec minuteur"), or a generator feeding the device ("we're on a generator"). */
const TIMED_SUPPLY = /\b(?:timer (?:extension )?(?:socket|plug|switch)|(?:smart )?plug timer|on a timer|mechanical timer|time switch|naka-timer|minuteur|zeitschaltuhr|(?:socket|plug|outlet|one) with (?:a |the )?timer|on (?:a |the )?(?:generator|genny|gen)|(?:using|running on|running off) (?:a |the )?generator|generator power|generator[- ]backed|(?:have|has|had) (?:a |the )?generator|generator (?:which|that) (?:goes|go|turns|switches|cuts|kicks))\b/;
/** Unless what is on the timer is the router. */
const TIMED_OTHER = /\b(?:router|modem|wi-?fi|powerline|mifi|schedule)\b/;
/** A smart plug "on a timer" keeps its own schedule; one plugged into a timer socket is switched by it. */
const SMART_PLUG_MODEL = /\bp1\d\d\b/;
const SMART_PLUG_TIMED = /\b(?:timer (?:extension )?socket|timer plug|time switch|mechanical timer)\b/;

/** A socket worked by a wall switch, a dimmer or a smart plug's schedule: "a socket controlled by the landing light switch", "on the same switch as the hall light", "a smart plug with a schedule that switches it off at night", "a countdown timer that kills the camera". */
const SWITCHED_SOCKET =
  /\b(?:countdown |away )?(?:timer|schedule)\b[^.!?]{0,60}?\b(?:kills|cuts off|switches off|turns off|powers off) (?:it|the camera|the cam|them)\b|\bsmart plug\b[^.!?]{0,40}?\b(?:switches|turns|cuts|powers) (?:it|the camera|the cam|them) off\b|\b(?:schedule|timer) (?:switched|turned|cut|switches|turns) (?:it|the camera|the cam|them) off\b|\b(?:socket|outlet|plug|point)s?\b[^.!?]{0,15}?\b(?:controlled|switched|worked|operated|wired)\s+(?:by|from|to|off|with)\s+(?:the|a|an|our|my)\s+(?:[\w-]+\s+){0,2}?(?:switch|dimmer)\b|\bon (?:a|the) dimmer\b|\bswitched live\b|\bplugged into (?:a|the|my|our) (?:p1\d\d|smart plug)\b[^.!?]{0,25}?\bon a (?:schedule|timer)\b|\bon the same (?:switch|circuit) as the (?:[\w-]+\s+)?lights?\b|\b(?:socket|outlet|point)s?\b[^.!?]{0,12}?\b(?:is|are|'s|s) on (?:a|the) (?:wall |light )?switch\b|\bwired (?:in)?to (?:the|a|an) (?:[\w-]+\s+)?light (?:fitting|fixture)\b|\bswitched (?:fused )?spur\b|\bswitch\b[^.!?]{0,25}?\b(?:does|controls|runs|works|cuts) the (?:[\w-]+ )?(?:sockets?|outlets?|power ?points?)\b/;

/** Whether the device's supply is switched by a timer, a light switch or a dimmer, or made by a generator: it loses power on schedule, or gets a rough one. */
export function onTimerOrGenerator(normalised: string): boolean {
  if (SWITCHED_SOCKET.test(normalised)) return true;
  if (!TIMED_SUPPLY.test(normalised) || TIMED_OTHER.test(normalised)) return false;
  return !SMART_PLUG_MODEL.test(normalised) || SMART_PLUG_TIMED.test(normalised);
}

/** The device run on a backup supply told to switch in, or on a battery and an inverter: "whenever we're running on backup", "the inverter switched over", "the UPS beeps", a modified sine wave, "runs off the leisure battery". */
const ON_BACKUP = /\b(?:we are|we were|it is|it was|it runs|camera is|cam is|camera runs)\s+(?:running\s+)?on\s+(?:the\s+|a\s+|our\s+)?(?:backup|back-up|inverter|ups|battery backup|backup power|backup battery)\b|\brunning on (?:backup|back-up|battery backup|backup power)\b|\binverter\s+(?:switch\w*|kick\w*|change\w*|cut\w*)\s+(?:over|in|on)\b|\bups\s+beeps?\b|\bmodified sine\b|\b(?:running|runs|run|is) off (?:the |a |our )?leisure batter(?:y|ies)\b|\bthrough (?:an|the|a small|a little) inverter\b|\b(?:circuit|socket|outlet)\s+(?:that\s+)?(?:runs|is run|is fed|is backed)\s+(?:off|on|from|by)\s+(?:the |a |our )?(?:battery backup|backup battery|backup|back-up|inverter|ups|home battery)\b/;
/** Unless it is the router that loses its power or the internet: then the device's network went. */
const ROUTER_GOES = /\b(?:router|modem|ont|fibre box|internet)\b[^.!?]{0,20}?\b(?:goes off|went off|goes down|went down|is off|was off|turns off|dies|died|reboots|restarts)\b|\bno internet\b/;

/** Whether the device is told run on a backup supply (an inverter, a UPS) that switches in: a rough or short supply it may not take. */
export function onBackupSupply(normalised: string): boolean {
  return ON_BACKUP.test(normalised) && !ROUTER_GOES.test(normalised);
}

/** The supply's own light failing: "the adapter's own little LED flickers", "the light on the power brick goes out". */
const SUPPLY_LIGHT_FAILS = /\b(?:adapter|adaptor|charger|power supply|psu|power brick|brick)\s+(?:own\s+)?(?:little\s+|tiny\s+|small\s+)?(?:led|light)\b[^.!?]{0,20}?\b(?:flicker\w*|flash\w*|blink\w*|goes out|went out|dims?|dimmed)\b|\b(?:led|light) on the (?:adapter|adaptor|charger|power supply|psu|power brick|brick)\b[^.!?]{0,20}?\b(?:flicker\w*|flash\w*|blink\w*|goes out|went out|dims?|dimmed)\b/;

/** Whether the supply's own light is told failing: the supply is dropping out. */
export function supplyLightFails(normalised: string): boolean {
  return SUPPLY_LIGHT_FAILS.test(normalised);
}

/** The device told kept powered through a cut: "the camera is on the inverter", "the C310 is on the UPS", "the UPS kept the router and the cam up". */
const KEPT_DEVICE = String.raw`(?:camera|cam|cameras|cams|c\d{3}\w*|tc\d+|d\d{3}|doorbell|hub)`;
const DEVICE_KEPT_POWERED = new RegExp(
  String.raw`\b${KEPT_DEVICE}\s+(?:(?:is|are)\s+(?:also\s+)?on\s+(?:the|a|an|our)\s+(?:inverter|ups|battery backup|backup)|(?:runs|run|is running) on (?:its (?:own )?|a |the )?batter(?:y|ies))\b` +
    String.raw`|\b(?:ups|inverter|battery backup|backup|generator) kept\b[^.!?]{0,30}?\b${KEPT_DEVICE}\b[^.!?]{0,10}?\b(?:up|on|going|running|powered|alive)\b`,
);

/** Whether the device is told on a backup supply, or on its own battery, that keeps it powered through a cut: a cut it rode through is not its power failing. */
export function deviceKeptPowered(normalised: string): boolean {
  return DEVICE_KEPT_POWERED.test(normalised);
}

/** A battery told full or fine: "battery 100%", "says fully charged", "I charged it to full yesterday". */
const FULL_BATTERY =
  /\bbattery\b[^.!?]{0,25}?(?:\b100\s*%|\b(?:full|fully charged|fine|ok|okay|good)\b)|\b100\s*%\s*(?:battery|charge)\b|\bcharged (?:it |the battery |the camera |the cam |the doorbell )?(?:to (?:full|100)|fully)\b|\bfully charged\b/;
/** Told with it, the battery was the trouble after all: it ran flat, died, stands at some lower share, or may not have charged. */
const BATTERY_WAS_LOW = /\b(?:flat|died|dead|low|drain\w*|empty|ran out|runs out|dying|needs? charging|burn\w* through)\b|\bnot (?:\w+ ){0,2}charged\b|(?<![\d.])(?:\d|[1-9]\d)\s*%/;
/** A battery that is not the device's own: a power bank, a boat's or a caravan's, a UPS. */
const OTHER_BATTERY = /\b(?:power ?banks?|inverters?|leisure|ups|solar)\b/;

/** Whether a battery device's own battery is told full or fine, and nowhere told low: its power is not the trouble. */
export function batteryFull(normalised: string): boolean {
  return FULL_BATTERY.test(normalised) && !BATTERY_WAS_LOW.test(normalised) && !OTHER_BATTERY.test(normalised);
}

/** A battery camera and the hub it talks to: "the C420 blinks red, the H200 is in the kitchen". */
const BATTERY_CAMERA = /\b(?:c4[02]\d\w*|battery (?:cam|camera|doorbell)s?)\b/;
const HUB = /\b(?:hubs?|h[12]00s?)\b/;

/** Told with them, something else comes first: an update, a fall, a charger borrowed from another device, something unplugged. */
const OTHER_SUSPECT = /\b(?:firmware|updat\w*|dropped|fell|knocked|unplug\w*)\b|\b(?:cable|charger|adapter) from (?:my|a|an|the) (?:tablet|phone|laptop|kindle)\b/;

/** Whether a battery camera is told beside its hub, its battery nowhere told low, with no other suspect: its link to the hub is the first suspect. */
export function batteryCameraOnHub(normalised: string): boolean {
  return BATTERY_CAMERA.test(normalised) && HUB.test(normalised) && !BATTERY_WAS_LOW.test(normalised) && !OTHER_BATTERY.test(normalised) && !OTHER_SUSPECT.test(normalised);
}

/** Several devices told red or offline together: "all my cameras went red at once", "the hub is red and both C420s show offline". */
const DEVICES = String.raw`(?:tapo|c\d{3}\w*|p1\d\d\w*|h[12]00s?|cams?|cameras?|plugs?|devices?|stuff|things|doorbells?)`;
const SEVERAL_RED = new RegExp(
  String.raw`\b(?:all|both)(?: (?:of|my|our|the|\d+x?|two|three|four|five|six|seven|eight)){0,3}(?: (?:tapo|smart|battery|outdoor|indoor))?(?: ${DEVICES}\b| them\b)[^.!?]{0,40}?\b(?:went|go|gone|turned|are|were|blink\w*|flash\w*|show\w*)\b[^.!?]{0,15}?\b(?:red|offline)\b` +
    String.raw`|\b${DEVICES} (?:\w+ )?(?:all|both) (?:went|go|gone|turned|are|blink\w*|flash\w*)\b[^.!?]{0,15}?\bred\b`,
);
/** ... unless one is singled out ("all fine except the C500") or they share a supply ("on the same power strip"). */
const ONE_OR_SHARED_SUPPLY = /\b(?:except|but one|apart from|other than|fine but|all fine|all work|all ok)\b|power ?strip|extension|splitter|one adapter|same (?:socket|strip|plug|adapter|circuit)|\d-way|\bups\b|dropout|brownout/;

/** Whether several devices went red or offline together, on no shared supply: what they share is the network. */
export function severalAtOnce(normalised: string): boolean {
  return SEVERAL_RED.test(normalised) && !ONE_OR_SHARED_SUPPLY.test(normalised);
}

/** A smart plug that still switches what is plugged into it by its own button: "the lamp still turns on when I press the button". */
const SMART_PLUG = /\b(?:p1\d\d|plug)\b/;
const STILL_SWITCHES =
  /\b(?:still (?:works|switches|turns)|works fine|switches fine|turns (?:the \w+ )?on|still goes on)\b[^.!?]{0,40}?\bbutton\b|\bbutton\b[^.!?]{0,40}?\b(?:still works|works fine|still turns|still switches|works|switches)\b|\b(?:from|with) its (?:own )?button\b|\bturns? (?:it |the \w+ )?on with (?:the|its) button\b|\b(?:press|pressing|push|pushing)\w* the button[^.!?]{0,30}?\b(?:works|fine|turns|switch)/;

/**
 * ... or to feed still what is plugged into it, or to click at its button: "the freezer still works
 * through it", "the lamp plugged into it still works", "it clicks when I press the button", "it's fine as a plug"; or only the app's
 * switching fails: "the lamp won't turn on from the app", "I can't switch it from the app".
 */
const STILL_FEEDS =
  /\b(?:fine|works|working|ok|okay) as a plug\b|\b(?:will not|would not|does not|cannot|can not|not) (?:turn|switch|come) (?:\w+ )?(?:on|off) (?:from|in|with|via|through) the app\b|\bstill (?:getting|gets|has|having) power\b|\b(?:cannot|can not|can't|cant) (?:control|switch|turn) (?:it|the plug)\b(?: \w+)?(?: \w+)? (?:from|in|with|via) the app\b|\b(?:still (?:runs|running|works|working|goes|going)|runs fine|works fine)\b[^.!?]{0,20}?\bthrough it\b|\b(?:press|pressing|push|pushing)\w*\b[^.!?]{0,25}?\bbutton\b[^.!?]{0,30}?(?<!\bnot (?:\w+ )?)\bclicks?\b|(?<!\bnot (?:\w+ )?)\bclicks?\b[^.!?]{0,25}?\b(?:press|push)\w*\b[^.!?]{0,15}?\bbutton\b|\b(?:plugged (?:into|in|on) it|on it)\b[^.!?]{0,20}?\b(?:is )?still (?:works|working|runs|running|goes|going|on)\b|\bbut the \w+ still (?:goes|runs|works)\b/;

/** Whether a smart plug is told to switch or feed still: it has power, what it lacks is the network. */
export function plugStillSwitches(normalised: string): boolean {
  return SMART_PLUG.test(normalised) && (STILL_SWITCHES.test(normalised) || STILL_FEEDS.test(normalised));
}

/** Internet providers people name when they switch ("from BT to Sky", "to Spark fibre"). */
const PROVIDER = String.raw`(?:bt|sky|virgin(?: media)?|spark|one nz|vodafone|telstra|optus|tpg|comcast|xfinity|at&t|att|verizon|spectrum|cox|talktalk|plusnet|ee|jio(?: ?fiber)?|airtel|orange|telekom|starlink|eir|converge|pldt|globe|safaricom|zuku|mtn|bell|rogers|telus|shaw|sfr|bouygues|movistar|claro|unifi|maxis|singtel|starhub|hyperoptic|frontier|centurylink|t-mobile|o2|fastweb|tim|ziggo|kpn|proximus|swisscom|telia|telenor|a1)`;
const LINE_KIND = String.raw`(?:fibre|fiber|broadband|internet|cable|isp|provider|adsl|dsl|nbn)`;
/** A new provider or a new line fitted: "switched from BT to Sky", "changed to Converge fiber", "switched us to fiber", "the fibre was installed", "new broadband". */
const NEW_PROVIDER = new RegExp(
  [
    String.raw`\b(?:switch\w*|chang\w*|mov\w*|went|going|swap\w*|port\w*)\s+(?:\w+\s+){0,2}?from\s+${PROVIDER}\b[^.!?]{0,25}?\bto\b`,
    String.raw`\b(?:switch\w*|chang\w*|mov\w*|went)\s+(?:us\s+|me\s+|them\s+)?(?:over\s+|across\s+)?to\s+(?:a new\s+|another\s+)?(?:${PROVIDER}\b|(?:\w+\s+)?${LINE_KIND}\b)`,
    String.raw`\b(?:new|different|another)\s+(?:fibre|fiber|broadband|isp|internet provider|internet company|provider|internet line|fibre line|fiber line)\b`,
    String.raw`\b(?:install\w*|fitted|fit|put in|connected|hooked up)\b[^.!?]{0,25}?\b(?:fibre|fiber|broadband|nbn)\b`,
    String.raw`\b(?:fibre|fiber|broadband|nbn)\b[^.!?]{0,25}?\b(?:install\w*|fitted|put in|went live|got connected|was connected)\b`,
    String.raw`\b(?:isp|provider|broadband|internet) (?:switch|change)\b`,
  ].join('|'),
);

/** A denial just before what is told: "we did not switch from Sky to BT", "no new broadband". */
const DENIED_BEFORE = /\b(?:not|no|never|without)\s+(?:\w+\s+)?$/;
/** How far before what is told a denial is looked for. */
const DENIAL_REACH = 20;

/** The first telling of `pattern` in the text, or null when there is none or it is denied just before. */
function toldUndenied(pattern: RegExp, normalised: string): RegExpExecArray | null {
  const told = pattern.exec(normalised);
  return told !== null && !DENIED_BEFORE.test(normalised.slice(Math.max(0, told.index - DENIAL_REACH), told.index)) ? told : null;
}

/** Whether a new internet provider or line is told, not denied: the network changed, whichever words tell it. */
export function newProviderTold(normalised: string): boolean {
  return toldUndenied(NEW_PROVIDER, normalised) !== null;
}

/** Routers and mesh systems people name by brand or model line. */
const ROUTER_BRANDS = String.raw`(?:nighthawk|orbi|eero|deco|velop|fritz\s?box|livebox)`;

/** The router or the box it gets its internet from swapped for another: "swapped the old router for a mesh kit", "upgraded the Nighthawk M1 to an M6". */
const ROUTER_SWAPPED = new RegExp(
  String.raw`\b(?:upgraded|swapped|replaced|changed|traded)\s+(?:the|our|my)\s+(?:old\s+)?(?:\w+\s+)?(?:router|modem|${ROUTER_BRANDS}|mifi|hotspot|extender|4g box|5g box|dongle)\b(?:\s+[\w-]+){0,2}?\s+(?:to|for|with)\s+(?:a|an|the|new)\b`,
);

const NEW_WIFI = /(?<!\bneighbou?rs? )\b(?:since|after|with|and|got|get|getting|have|had|set up|installed|put in)\s+(?:a\s+|the\s+|our\s+|my\s+)?new (?:wifi|wi fi|broadband|internet|fibre|fiber|wifi network)\b|\b(?:switched|moved|changed|put) (?:it|them|the \w+) (?:over )?(?:to|onto) (?:a |my |the |her |his |our )?(?:phone )?hotspot\b|\bswitched (?:it|them) over to (?:her|his|their|my|our) own (?:wifi|wi fi|network)\b|\b(?:from|off) (?:my |a |the |her |his |our )?(?:phone |mobile )?hotspot (?:to|onto)\b|\bhotspot (?:is |was |has )?gone\b/;

/** Whether a new Wi-Fi, broadband or hotspot is told ("since we got new wifi", "switched it to a hotspot", "moved from my phone hotspot to the home wifi", "that hotspot is gone"), not denied: the network changed. */
export function newWifiTold(normalised: string): boolean {
  return toldUndenied(NEW_WIFI, normalised) !== null;
}

/** Whether the router is told swapped for another, not denied: the network changed. */
export function routerSwappedTold(normalised: string): boolean {
  return toldUndenied(ROUTER_SWAPPED, normalised) !== null;
}

/** Appliances with a USB port a device may be run from. */
const USB_HOSTS = String.raw`(?:tv|telly|television|monitor|laptop|pc|computer|nas|xbox|playstation|router|modem|echo show|display|point|node)`;

/** Not the maker's own: "a third-party lead", "a knock-off charger". */
const OFF_BRAND = String.raw`third.party|non.original|knock.off|aftermarket|no.name`;

/** A supply that is not the device's own: "the adapter from my old router", "a 12V one", "a replacement charger", "lost its original plug", "onto the UPS", "the USB port on the TV". */
const NOT_ITS_OWN_SUPPLY = new RegExp(
  [
    String.raw`\b(?:adapter|adaptor|charger|plug|power supply|psu|brick)\s+(?:from|off|of)\s+(?:(?:my|an|the|our|a|his|her)\s+)?(?:(?:old|other|spare|another|previous|broken|dead)\s+)?(?:router|phone|cctv|modem|laptop|tablet|kindle|speaker|drawer)\b`,
    String.raw`\b12\s?v(?:olt)?\s+(?:adapter|adaptor|one|charger|brick|inverter)\b`,
    // "a 12V supply I had lying around", "a charger we found in a drawer", "another one I had lying around".
    String.raw`\b(?:adapter|adaptor|charger|supply|psu|brick|plug|(?:another|an old|a random) one)\s+(?:i|we)\s+(?:had|found)\s+(?:lying around|in a drawer|spare)\b`,
    String.raw`\b(?:into|onto|off|from)\s+(?:the|a|an|our|my)\s+(?:ups|power ?bank)\b|\bplugged (?:in )?(?:on|in|to)\s+(?:the|a|an|our|my)\s+(?:ups|power ?bank)\b`,
    // (Not a likeness: "warm, about like a phone charger".)
    String.raw`(?<!\b(?:like|as|than)\s)\b(?:my|a|an|the|her|his|our)\s+(?:old\s+)?(?:phone|laptop|tablet|kindle|ipad)\s+(?:charger|adapter|adaptor|plug)\b`,
    // Another device's charger in other words: "un vieux chargeur de téléphone", "router ka adapter".
    String.raw`\bcharger (?:de|do|del) (?:telephone|telefono|telefone|celular|portable|movil)\b|\b(?:router|phone|mobile|modem|laptop|tablet) (?:ka|ki|ke) (?:adapter|charger)\b`,
    // "using one from an old router", "a 2A one off my old router".
    String.raw`\bone (?:from|off) (?:(?:my|an|the|our|a)\s+)?old (?:router|phone|modem|laptop|tablet)\b`,
    // "the adapter isn't the one from its box, it's from an old router".
    String.raw`\b(?:adapter|adaptor|charger|power supply|psu)\b[^.!?]{0,60}?\b(?:it is|one is|is) from (?:(?:my|an|the|our|a)\s+)?(?:old\s+)?(?:router|phone|modem|laptop|tablet|kindle|speaker)\b`,
    String.raw`\b(?:wrong|replacement|generic|random|universal|cheapo?|${OFF_BRAND})\s+(?:(?:usb|outdoor|outside|waterproof)\s+)?(?:adapter|adaptor|charger|power supply|psu|plug|brick)\b`,
    String.raw`\b(?:lost|lose|misplaced|broke|binned)\b[^.!?]{0,30}?\b(?:original|own|its|old)\s+(?:adapter|adaptor|charger|plug|power supply|psu|brick)\b`,
    // Another appliance's USB port: "the USB port on the back of the TV", "the Nest point's spare USB port".
    String.raw`\busb\s+(?:port|socket)\s+(?:on|of|at)\s+(?:the\s+(?:back|side)\s+of\s+)?(?:my|the|our|a|an|his|her)\s+(?:\w+\s+){0,2}?${USB_HOSTS}\b`,
    String.raw`\b${USB_HOSTS}(?:'s)?\s+(?:spare\s+)?usb\s+(?:port|socket)\b`,
    // Another device's adapter, one of no known make, or another appliance's USB by its name: "the adapter that came with my old tablet", "an adapter of unknown origin", "into my laptop usb".
    String.raw`\b(?:adapter|adaptor|charger|plug|power supply|psu|brick|one)\s+(?:that|which)\s+came\s+with\s+(?:(?:my|an|the|our|a|his|her)\s+)?(?:(?:old|previous)\s+)?(?:router|phone|modem|laptop|tablet|kindle|speaker|ipad|printer|tv)\b`,
    String.raw`\b(?:swapped|replaced|changed|switched)\s+(?:the|its|my)\s+batter(?:y|ies)\s+(?:for|with)\s+(?:(?:the\s+)?one|another|ones)\s+(?:from|out of)\b`,
    String.raw`\b(?:travel|voltage|plug)\s+(?:plug\s+)?(?:converter|transformer)\b|\btravel\s+adapt(?:e|o)r\b`,
    String.raw`\b(?:adapter|adaptor|charger|power supply|psu|brick)\s+of\s+unknown\b|\bunknown\s+(?:brand\s+|make\s+)?(?:adapter|adaptor|charger)\b`,
    String.raw`\b(?:into|onto|in|to|from|off)\s+(?:my|the|our|a|his|her)\s+${USB_HOSTS}(?:'s)?\s+usb\b`,
    // "swapped the camera's plug with the one for my radio": another appliance's supply by mistake.
    String.raw`\b(?:swapped|mixed up|switched|confused)\b[^.!?]{0,30}?\b(?:plug|adapter|adaptor|charger)s?\b[^.!?]{0,20}?\bthe ones? (?:for|from|of) (?:my|the|our|a|an)\b`,
    String.raw`\b(?:thin|${OFF_BRAND})\s+(?:usb(?:.c)?\s+)?(?:cable|lead)\b`,
    // A PoE splitter or injector: Tapo cameras take no power over Ethernet, so one stands in for their adapter.
    String.raw`\bpoe\s+(?:splitter|injector)s?\b|\bpower over ethernet\b`,
    // "the adapter is some other brand", "an adapter off the internet", "the original went missing", "not even sure it is the original".
    String.raw`\b(?:adapter|adaptor|charger|power supply|psu|brick)\s+(?:is|was)\s+(?:some|an|a)?\s?(?:other|another|different|cheap)\s+(?:brand|make)\b|\b(?:other|another|different)\s+brand(?:'s)?\s+(?:adapter|adaptor|charger|power supply|psu)\b`,
    String.raw`\b(?:adapter|adaptor|charger|power supply|psu)\s+(?:from|off)\s+(?:the\s+)?(?:internet|amazon|ebay|aliexpress|temu|online|market)\b`,
    String.raw`\b(?:the|its)\s+original(?:\s+(?:adapter|adaptor|charger|one|plug|power supply))?\s+(?:got lost|was lost|is lost|went missing|is missing|disappeared|got broken|broke)\b`,
    String.raw`\bnot (?:even )?sure (?:if |whether )?(?:it is|this is|that is|that one is) the original\b`,
    // A doorbell run off the wiring of the bell it replaced: "hooked to the old bell wires", "hardwired to the existing chime transformer" (read "adapter" by now).
    String.raw`\b(?:doorbell|d2\d\d)\b[^.!?]{0,60}?\b(?:hardwired|wired|connected|hooked|runs|running|powered)\b[^.!?]{0,20}?\b(?:old|existing|previous)\s+(?:\w+\s+)?(?:bell|chime|doorbell|adapter|transformer)\b`,
    String.raw`\b(?:lost|misplaced|binned)\b[^.!?]{0,10}?\bthe original\b[^.!?]{0,30}?\b(?:one|adapter|adaptor|charger)\s+(?:from|off|of)\s+(?:(?:my|an|the|our|a)\s+)?(?:old\s+)?(?:router|phone|modem|laptop|tablet)\b`,
  ].join('|'),
);

/** Whether the device is told to run on a supply that is not its own: its power is the first suspect. */
export function supplyNotItsOwn(normalised: string): boolean {
  return NOT_ITS_OWN_SUPPLY.test(normalised);
}

/**
 * The device plugged into another socket: named as another ("plugged it into a different socket",
 * "put it back in another outlet"), or by where it is ("plugged it into the socket in the shed",
 * "plugged the C100 into the USB on the back of the TV", "plugged it in on the landing instead").
 */
const ANOTHER_SOCKET = new RegExp(
  [
    String.raw`\b(?:plugged|plug|plugging|put|moved|switched|swapped)\s+(?:it|him|her|the \w+|my \w+)?\s*(?:back\s+)?(?:in\s+|into\s+|to\s+|onto\s+)(?:a\s+|the\s+|another\s+|my\s+|our\s+)?(?:different|other|another|new|second|spare)\s+(?:wall\s+)?(?:socket|outlet|plug|power point|point)\b`,
    String.raw`\b(?:plugged|put|moved)\s+(?:it|the (?!router|modem|extender)\w+|my \w+)\s+(?:back\s+)?(?:in|into|to)\s+(?:a|the|another)\s+(?:different|other|new)\s+(?:room|spot)\b`,
    String.raw`\b(?:i|we|he|she|they|after|since|then|and)\s+(?:have\s+|had\s+|just\s+|then\s+)?(?:plugged|plugging|replugged|swapped|moved)\s+(?!the (?:router|modem|extender|lamp|light|heater)\b)(?:it|him|her|the \w+|my \w+)\s+(?:back\s+|over\s+)?(?:into|to|onto)\s+(?:the|a|an|my|our)\s+(?!same\b)(?:\w+\s+)?(?:socket|outlet|extension(?: lead| cord| reel)?|power strip|usb(?: port)?)\s+(?:in|on|by|at|behind|under|out|upstairs|downstairs|instead)\b`,
    String.raw`\b(?:i|we|he|she|they|after|since|then|and)\s+(?:have\s+|had\s+|just\s+|then\s+)?(?:plugged|plugging|replugged)\s+(?:it|him|her|the \w+|my \w+)\s+(?:back\s+)?in\b[^.!?]{0,40}?\binstead\b`,
  ].join('|'),
);

/** The device named by its model or what it is: "the C200", "my TC70", "the hub". */
const THE_DEVICE = String.raw`(?:c\d{3}\w*|tc\d+|d230|h[12]00|camera|cam|doorbell|hub)`;
/** The device told of in a sentence: "it", or named ("the hub", "the P110", "the chime"). */
const DEVICE_TOLD = String.raw`(?:it|them|(?:the|my|our) (?:(?:indoor|outdoor|new|old|spare|second|other|little) )?(?:${THE_DEVICE}|chime|p1\d\d))`;
const PLACE_NOT = String.raw`(?:wifi|wi fi|network|hotspot|app|charger|charge|'?guest|new wifi|new network|new router|same|old|timer|plug-?in timer|new circuit|circuit|small ups|schedule|mute|privacy|standby|hold|silent|(?:\w+ )?smart plug|cheap|p1\d\d|ups|usb|5|channel|cam|camera|wrong|table|tiles|desk|bed|plate|floor|counter|bench|lab|supply|power|adapter|adaptor|battery|inverter|generator)\b`;
const PUT_SOMEWHERE = new RegExp(
  [
    // "I put the hub in the cupboard under the stairs", "put it on top of the fridge" (not "put it back on the shelf", nor "put it on the guest wifi",
    // a supply or somewhere to cool down; nor a place it went long ago or only for now).
    String.raw`\b(?:put|placed|popped) ${DEVICE_TOLD}\s+(?:up\s+|out\s+)?(?:in|on|into|onto|inside|behind|under|on top of|above|in front of|next to|beside)\s+(?:the|a|an|my|our|his|her)\s+(?!${PLACE_NOT})(?![^.!?]{0,40}\b(?:for now|just in case|last (?:month|year)|(?:months|years) ago)\b)`,
    // "stuck it on the side wall", "stuck the camera up on the fence post"
    String.raw`\bstuck ${DEVICE_TOLD}\s+(?:up\s+)?on\s+(?:the|a|an|my|our)\s+(?:\w+\s+)?(?:wall|ceiling|post|pole|fence|beam|pillar|gutter)\b`,
    // "plugged it in at its new spot"
    String.raw`\b(?:its|their|the|a) new (?:spot|place|location|position|shelf|corner)\b`,
  ].join('|'),
);

/** Whether the device is told put in a new place in words the engine may not read as a move. */
export function putSomewhereTold(normalised: string): boolean {
  return PUT_SOMEWHERE.test(normalised);
}

/** Whether the device is told plugged into another socket: a move, whichever words tell it. */
export function anotherSocketTold(normalised: string): boolean {
  return ANOTHER_SOCKET.test(normalised);
}

/** The power told to have stayed on: "we did not lose power", "the lights did not even flicker", "power stayed on the whole time", "no power cut". */
const OUTAGE_DENIED = new RegExp(
  [
    String.raw`\b(?:did not|never|not)\s+(?:even\s+)?(?:lose|lost)\s+(?:the\s+|any\s+)?(?:power|electric\w*|mains)\b`,
    String.raw`\b(?:power|electric\w*|mains|lights?|current)\s+(?:did not|never|not|no)\s+(?:even\s+|once\s+)?(?:go|went|goes|gone)\s+(?:out|off|down)\b`,
    String.raw`\blights?\s+(?:did not|never)\s+(?:even\s+|once\s+)?flicker\w*`,
    String.raw`\b(?:power|electric\w*|mains|lights?)\s+(?:stayed|remained)\s+on\b`,
    String.raw`\b(?:did not|never)\s+(?:knock|take|cut|put)\s+(?:the\s+)?(?:power|electric\w*)\s+(?:out|off)\b`,
    String.raw`\bno (?:power cut|power outage|outage|blackout|power failure)s?\b`,
    // Asked about and answered no: "you asked whether there had been a power cut: no, there has not".
    String.raw`\b(?:asked|asking|asks)\s+(?:me\s+)?(?:whether|if)\s+there\s+(?:had|has|would have|was|were)\s+(?:been\s+)?(?:a\s+|any\s+)?(?:power cut|power outage|outage|blackout|power failure)s?\b[^.!?]{0,6}?\bno\b`,
  ].join('|'),
);

/** Whether the text tells that the power stayed on: a storm or a blip told with it is no outage. */
function outageDenied(normalised: string): boolean {
  return OUTAGE_DENIED.test(normalised);
}

/** A storm, in the languages it is told in. */
const STORM = /\b(?:storm|stormy|thunderstorm|orage|gewitter|unwetter|tormenta|tempestade|temporal|temporale|furtuna|burza|onweer|hurricane|typhoon|cyclone)\b/;
/** Water that got where it should not: "droplets inside the lens", "water dribbled out". */
const WATER_LET_IN = /\b(?:water|droplets?|drops|condensation|fog|fogged|foggy|mist|misted|damp|wet|soaked|leak\w*|drip\w*|dribbl\w*|agua|eau|wasser|gouttes|empanad\w*)\b/;
/** Words of the power or the house lights going (the device's own light is no such word). */
const POWER_GOING = String.raw`power\w*|electric\w*|outage|blackout|lights|cut|trip\w*|breaker|fuse|mains|load shedding|dark`;
/** Any word of the power: a storm told with one may have cut the power. */
const POWER_TOLD = new RegExp(String.raw`\b(?:${POWER_GOING}|flicker\w*|surge\w*|lightning|strom|courant|luz|corriente|stroom|went off|went out|supply)\b`);

/** Whether a storm is told only for the water it let in, with no word of the power: no power cut is told. */
function stormOnlyLetWaterIn(normalised: string): boolean {
  return STORM.test(normalised) && WATER_LET_IN.test(normalised) && !POWER_TOLD.test(normalised);
}

/** An alarm that sounded: "the smoke alarm went off", "set off the fire alarm". */
const ALARM_WENT_OFF = /\b(?:alarms?|detectors?|alarm clock)\b[^.!?]{0,15}?\b(?:went|goes|going|gone|go)\s+off\b|\bset\s+off\b[^.!?]{0,25}?\b(?:alarms?|detectors?)\b/;
/** The power or the lights going, or everything going off: what an alarm's going off is not. */
const OUTAGE_TOLD = new RegExp(String.raw`\b(?:${POWER_GOING})\b|\b(?:it|everything|all)\s+went\s+off\b`);

/** Whether "went off" is told only of an alarm that sounded, with no word of the power: no power cut is told. */
function onlyAnAlarmWentOff(normalised: string): boolean {
  return ALARM_WENT_OFF.test(normalised) && !OUTAGE_TOLD.test(normalised);
}

/** The internet told down, not the power: "the internet was down all day (outage in our area)", "the ISP did maintenance overnight". */
const INTERNET_DOWN = /\b(?:internet|broadband|wi-?fi|isp|fibre|fiber|network|connection)\b[^.!?]{0,12}?\b(?:outage|down|went down|dropped out|cut off)\b|\b(?:isp|provider|broadband|internet|fibre|fiber)\b[^.!?]{0,20}?\bmaintenance\b/;
/** Any word that names the power itself. */
const POWER_NAMED = /\b(?:power\w*|electric\w*|blackout|lights|breaker|fuse|mains|load.?shedding|generator)\b/;

/** Whether only the internet is told to have gone down, with no word of the power: no power cut is told. */
function onlyTheInternetWentDown(normalised: string): boolean {
  return INTERNET_DOWN.test(normalised) && !POWER_NAMED.test(normalised);
}

/** Power parts tried by the count: "tried 3 sockets", "two different adapters", "several outlets". */
const POWER_PARTS_COUNTED = /\b(?:[2-9]|two|three|four|five|several|multiple|many|all the|different)\s+(?:different\s+|other\s+|known good\s+|good\s+|working\s+|spare\s+)?(?:sockets|outlets|adapters|adaptors|chargers|cables|power points|powerpoints|power supplies)\b/;

/** Network parts tried by the count: "two routers", "three different hotspots". */
const NETWORK_PARTS_COUNTED = /\b(?:[2-9]|two|three|four|five|several|multiple|different)\s+(?:different\s+|other\s+)?(?:routers|modems|hotspots|access points|extenders)\b/;

/** The fronts whose parts are told tried by the count ("tried 3 sockets, 2 adapters", "on three different routers"): each a swap on its front, as "another socket" is. */
export function frontsTriedByCount(normalised: string): ('power' | 'network')[] {
  return [...(POWER_PARTS_COUNTED.test(normalised) ? ['power' as const] : []), ...(NETWORK_PARTS_COUNTED.test(normalised) ? ['network' as const] : [])];
}

/** Parts told swapped with the trouble still there: "no matter which adapter or router I try", "no matter which socket I use", "whatever adapter or outlet". */
const NO_MATTER_WHICH = /\b(?:no matter (?:which|what)|whatever)\s+((?:\w+\s+){0,2}?\w+(?:,?\s+(?:or|and|nor)\s+(?:\w+\s+)?\w+)+|(?:\w+\s+)?(?:adapter|adaptor|socket|outlet|charger|power supply|router|modem|extender)s?\s+(?:i|we)\s+(?:try|tried|use|used|plug)\b)/;
const POWER_PART_NAMED = /\b(?:adapter|adaptor|socket|outlet|charger|plug|power supply|power point|powerpoint|cable|lead)s?\b/;
const NETWORK_PART_NAMED = /\b(?:router|modem|wifi|wi-fi|network|extender|band|channel)s?\b/;

/** The fronts ("power", "network") whose parts are told tried in vain by "no matter which ... or ...". */
export function frontsNoMatterWhich(normalised: string): string[] {
  const parts = NO_MATTER_WHICH.exec(normalised)?.[1];
  if (parts === undefined) return [];
  return [...(POWER_PART_NAMED.test(parts) ? ['power'] : []), ...(NETWORK_PART_NAMED.test(parts) ? ['network'] : [])];
}

/**
 * The device tried in another home, on its power and its network at once, and red there too: "took
 * it to my sister's to test it, same red light", "tried cam 2 at my mum's: still blinking", "took it
 * to two friends' houses, same on their wifi" (the normalised text has no possessive).
 */
const RED_IN_ANOTHER_HOME = new RegExp(
  String.raw`\b(?:took|taken|take|brought|carried|tried|tested|test|try)\b(?:\s+(?:it|them|the \w+|cam \d|camera \d|one|round|over|along))*\s+(?:to|at)\s+(?:(?:my|our|her|his|a|the)\s+)?(?:(?:two|three|a few|a couple of|several)\s+)?(?:mum|mom|mam|dad|nan|gran|granny|grandma|parents|mother|father|friend|sister|brother|neighbour|neighbor|son|daughter|cousin|aunt|uncle|mate)s?\b` +
    String.raw`[^!?]{0,100}?\b(?:there too|there as well|same red|same thing|same there|same on their (?:wi-?fi|network|router)|still (?:red|blink\w*|flash\w*|the same))\b`,
);

/** The power and the network told checked together: "wi-fi and power both checked twice", "power and router are fine". */
const BOTH_CHECKED =
  /\b(?:(?:wi-?fi|network|internet|router)\s+and\s+(?:the\s+)?power|power\s+and\s+(?:the\s+)?(?:wi-?fi|network|internet|router))\s+(?:are\s+|were\s+|have been\s+|have both been\s+)?(?:both\s+)?(?:checked|tested|fine|ok|okay|good|ruled out)\b/;

/** Whether the power and the network are told tried at once: in another home that did not help, or checked together. */
export function bothFrontsTried(normalised: string): boolean {
  return RED_IN_ANOTHER_HOME.test(normalised) || bothFrontsChecked(normalised);
}

/** Whether the power and the network are told checked together, which looks at them and changes nothing. */
export function bothFrontsChecked(normalised: string): boolean {
  return BOTH_CHECKED.test(normalised);
}

/** The router switched off on purpose to save power: "the router was off while we were away to save power". */
const ROUTER_OFF_TO_SAVE = /\b(?:router|modem|wi-?fi)\b[^.!?]{0,40}?\boff\b[^.!?]{0,40}?\bto save (?:power|electric\w*|energy|money)\b|\bto save (?:power|electric\w*|energy|money)\b[^.!?]{0,30}?\b(?:turn|turned|switch|switched|shut) (?:the |our |my )?(?:router|modem|wi-?fi)\b/;

/**
 * Whether the text tells no power cut, whatever its words suggest: the power said to have stayed
 * on, a storm told only for the water it let in, only an alarm that went off, only the internet
 * that went down, the router switched off to save power, or a mobile link that ran out of data.
 */
export function noOutageTold(normalised: string): boolean {
  return outageDenied(normalised) || stormOnlyLetWaterIn(normalised) || onlyAnAlarmWentOff(normalised) || onlyTheInternetWentDown(normalised) || ROUTER_OFF_TO_SAVE.test(normalised) || (dataRanOut(normalised) && !POWER_NAMED.test(normalised));
}

/** The power judged not the trouble: "so it's not power", "not a power issue", "power is fine", "same socket as the lamp and the lamp works", "everything else on that socket works". */
const POWER_RULED_OUT = /\b(?:it|that|this)(?: is|'s|s)? not (?:the |a )?power\b(?! (?:cut|outage|adapter|supply|cable|lead|socket|brick))|\bnot a power (?:issue|problem|thing|fault)\b|\b(?:the )?power (?:is|'s|was|seems) (?:fine|ok|okay|good|perfect|normal|stable|not the (?:issue|problem))\b|\b(?:socket|outlet|point|circuit) (?:definitely |clearly |certainly )?(?:has|have|got) (?:power|electricity)\b|\b(?<!(?:old|other|wall|previous|first|new) )(?:socket|outlet|power point|powerpoint) (?:is|was|are) (?:good|fine|ok|okay|perfect)\b|\b(?:it|that|this)(?: is|'s|s)? not (?:the )?supply\b|\bpower is (?:def|deffo|definitely) on\b|\bthere is (?:definitely |clearly )?power (?:there|at the socket|at that socket|to the socket|on that circuit)\b|\bon the same circuit\b[^.!?]{0,15}?\b(?:works|is working|is fine|works fine)\b|\b(?:everything|anything|all) else (?:on|in|off) (?:that|this|the same|the) (?:socket|outlet|strip|power strip|extension|extension lead|circuit)\b[^.!?]{0,15}?\b(?:works|is working|is fine|works fine|runs fine)\b|\bsame (?:socket|outlet|strip|extension|plug) as (?:the|my|our) (\w+) and (?:the|my|our) \1 (?:works|is working|is fine|works fine|is on)\b/;

/** Its supply proven on something else: "the adapter works with my phone", "tried the adapter on another cam and it was fine" (not the other camera's adapter tried on it). */
const SUPPLY_PROVEN_ELSEWHERE =
  /\b(?:adapter|adaptor|charger|power supply|power brick|psu)\b[^.!?]{0,40}?\b(?:works?|worked|working|is fine|was fine|tests? fine|tested fine|powers|powered|charges|charged|runs)\b(?: \w+)?\s+(?:on|with|in|for)\s+(?:my|our|a|an|another|the other)\s+(?:other\s+|different\s+|spare\s+)?(?:phone|mobile|tablet|ipad|kindle|device|gadget|camera|cam|one)\b|\b(?:adapter|adaptor|charger|power supply)\b[^.!?]{0,20}?\b(?:powers|charges|runs) (?:my|our|a|another|the other) (?:other )?(?:phone|mobile|tablet|ipad|kindle)\b|\b(?:tested|tried|plugged|put) (?:the|its|this) (?:adapter|adaptor|charger|power supply)\s+(?:on|with|in|into)\s+(?:another|a different|my other|the other)\s+\w+[^.!?]{0,20}?\b(?:fine|ok|okay|works|worked)\b/;

/** The socket or lead tested with something else: "tested the socket with a lamp", "checked it with my kettle", "the outlet powers a radio fine". */
const SOCKET_TESTED =
  /\b(?:tested|checked|tried) (?:it|them|the (?:socket|outlet|extension|lead|extension lead|strip|power strip))\s+with (?:a|my|the|our) (?:\w+ )?(?:lamp|light|kettle|radio|fan|tester)\b|\b(?:socket|outlet|extension|strip) (?:powers|runs) (?:a|my|the|our) (?:\w+ )?(?:lamp|light|kettle|radio|fan|phone charger|charger|tv)(?: just)? (?:fine|ok|okay|no problem)\b/;

/** Whether the socket or lead the device hangs on is told tested with something else that works. */
export function socketTested(normalised: string): boolean {
  return SOCKET_TESTED.test(normalised);
}

/** The power fine only now, after it was off: "the power is fine NOW, it went off for an hour". */
const POWER_FINE_ONLY_NOW = /\bpower (?:is|'s) (?:fine|ok|okay|good) now\b/;

/** Whether the power is judged not the trouble: the owner has checked it, so it comes after the rest. */
export function powerRuledOut(normalised: string): boolean {
  return (POWER_RULED_OUT.test(normalised) || SUPPLY_PROVEN_ELSEWHERE.test(normalised)) && !POWER_FINE_ONLY_NOW.test(normalised);
}

/** A reset done by mistake: "pushed the reset hole with a pen by accident", "my son reset it accidentally". */
const RESET_BY_MISTAKE = /\b(?:accidentally|accidently|by accident|by mistake|inadvertently|without meaning to)\b[^.!?]{0,40}?\breset\b|\breset\b[^.!?]{0,40}?\b(?:by accident|by mistake|accidentally|accidently|without meaning to)\b/;

/** The red told right after a reset: "blinking red fast right after I held the reset button", "red after she poked the little hole with a hairpin". */
const RED_AFTER_RESET = /\b(?:after|since|right after|ever since)\s+(?:i|we|he|she|they|my \w+|someone)\s+(?:held|pressed|pushed|poked)\b[^.!?]{0,30}?\b(?:reset|button|hole|pin)\b/;

/** Its button held for the seconds a reset takes, or too long: "held the button 5 sec", "I held the button too long". */
const BUTTON_HELD = /\b(?:held|holding|pressed|pushed) (?:down )?(?:the|its) (?:reset |power |little |side )?button\b[^.!?]{0,20}?\b(?:\d+|five|ten) ?(?:sec|secs|seconds|s)\b|\bheld (?:the|its) (?:\w+ )?button (?:down )?too long\b/;

/** Whether the device was reset by mistake, or went red right after a reset: it has forgotten its network and waits to be set up again. */
export function waitsAfterReset(normalised: string): boolean {
  return RESET_BY_MISTAKE.test(normalised) || RED_AFTER_RESET.test(normalised);
}

/** Resets done again and again ("reset it 5 times, holding the button 10 seconds each time"): the device is what fails. */
const RESETS_REPEATED = /\b(?:\d+|three|four|five|six|several|many|multiple|a dozen) times\b|\beach time\b/;

/** Whether its button is told held for a reset's seconds, or too long: done on purpose, it too leaves the device waiting to be set up. */
export function buttonHeld(normalised: string): boolean {
  return BUTTON_HELD.test(normalised) && !RESETS_REPEATED.test(normalised);
}

/** The owner's own reset of the device: "I reset it", "we reset the camera" (not the router's). */
const RESET_IT = /\b(?:i|we|he|she|they)\s+(?:then\s+|just\s+|have\s+|had\s+)?(?:reset|factory reset|hard reset)\s+(?:it|the (?!router|modem|wifi|wi-fi|breaker|trip|fuse)\w+|my (?!router|modem)\w+)\b/;

/** Whether the owner tells of resetting the device: one red and green in turn after it waits to be set up. */
export function resetItTold(normalised: string): boolean {
  return RESET_IT.test(normalised);
}

/** The Wi-Fi busy when the household or the street streams or downloads: "every evening around 7 when everyone is streaming", "when the whole street is streaming", "whenever her PC is downloading games". */
const STREAMING_BUSY =
  /\b(?:everyone|everybody|all|the kids|kids|(?:the )?whole (?:street|road|block|building|house|household|family)|neighbou?rs|flatmates|housemates)\b[^.!?]{0,40}?\bstreaming\b|\bstreaming at once\b|\bdownloading (?:games?|films?|movies?|torrents?)\b|\b(?:whenever|every time|when) [^.!?]{0,30}?\b(?:is|are|starts?) downloading\b|\b(?:is|are|starts?|goes|go) gaming\b|\bgaming online\b/;

/** Whether the light goes red when the household's streaming fills the Wi-Fi. */
export function wifiBusy(normalised: string): boolean {
  return STREAMING_BUSY.test(normalised);
}

/** A mobile link out of data: "the sim ran out of data", "the hotspot is burning through the data". */
const DATA_RAN_OUT = /\b(?:ran|run|runs|running) out of (?:mobile |monthly |prepaid )?data\b|\bout of (?:mobile )?data\b|\bburning through (?:the |my |its )?(?:mobile )?data\b|\bdata (?:ran out|has run out|is used up|allowance (?:ran|is) out)\b/;

/** The device online through a mobile link, not the owner's phone using data. */
const MOBILE_LINK = /\b(?:hotspot|dongle|sim|4g|lte|5g|mifi|data cap|mobile router)\b/;

const NO_PICTURE = /\bblack screen\b|\blive ?view\b[^.!?]{0,40}?\b(?:will not|would not|does not|do not|cannot|can not|never|not) (?:load|open|connect|show|start|come up)\b|\b(?:spins|spinning|loading) forever\b/;

/** Whether the app is told to show no picture ("just a black screen", "live view won't load"): the stream does not reach it. */
export function noPictureTold(normalised: string): boolean {
  return NO_PICTURE.test(normalised);
}

/** Whether the device's mobile link is told out of data: it has no network to reach. */
export function dataRanOut(normalised: string): boolean {
  return DATA_RAN_OUT.test(normalised) && MOBILE_LINK.test(normalised);
}

/** A weak signal told where the device stands: "the furthest room from the router", "the loft has weak wifi", "wifi bars always low", "the wifi barely reaches". */
const WEAK_SIGNAL =
  /\b(?:furthest|farthest) (?:\w+ )?from the (?:router|modem|house)\b|\b(?:weak|poor|patchy|rubbish|terrible|dodgy|iffy) (?:wifi|wi-fi|signal|reception)\b|\b(?:wifi|wi-fi|signal|reception)(?: on (?:my|the|our) phones?)?(?: out there| up there| in there)? (?:is|was|'s|has always been|is always|was always) (?:a bit )?(?:weak|poor|patchy|rubbish|terrible|iffy|dodgy)\b|\b(?:phones|my phone|our phones|the phone|laptops|my laptop)\b (?:struggle|struggles|drop out|drops out|lose signal|loses signal|lose wifi|loses wifi|lose the wifi|loses the wifi)\b[^.!?]{0,20}?\b(?:there|in that corner|in that room|in that spot|too|as well)\b|\bwifi bars\b[^.!?]{0,25}?\b(?:low|one|1)\b|\bone bar\b|\b(?:wifi|wi-fi|signal)\b[^.!?]{0,12}?\bbarely (?:reaches|gets there|makes it)\b/;

/**
 * Walls between it and the router, a metal box or a cupboard around it, the far end of the garden,
 * fewer bars or a signal measured weak: "through two brick walls", "three walls and a fridge away",
 * "inside a metal letterbox", "tucked into a cupboard" (not a strip or a socket in one), "at the
 * bottom of the garden", "the end of the yard", "two bars", "-78 dBm", "further from the hub",
 * "two floors up through a concrete slab", "where Wi-Fi goes to die", a tree between come into leaf.
 */
const FAR_FROM_ROUTER =
  /\b(?:end|bottom|far side) of the (?:garden|yard|paddock)\b|(?<!\b(?:strip|socket|extension|lead|adapter|plug|outlet) )\b(?:into|in|inside) (?:a|the) cupboard\b|\bthrough (?:two|three|four|\d) (?:brick |thick |stone |concrete )?walls\b|\b(?:two|2) bars\b|\bfurther (?:away )?from the (?:router|hub|modem)\b|\b(?:behind|inside) (?:the |a |an |our )?(?:\w+ ){0,3}?(?:metal|steel|iron|tin) (?:box|cabinet|enclosure|case|letterbox)\b|\b(?:two|three|four|\d) (?:brick |thick |stone |concrete |solid )?walls\b[^.!?]{0,20}?\baway\b|-\s?[7-9]\d\s?dbm\b|\b(?:two|three|four|[2-4]) floors (?:up|down|above|below|away)\b|\bthrough (?:a|the) (?:concrete|stone|brick) (?:slab|floor|ceiling)\b|\bwhere (?:the )?(?:wi-?fi|signal) goes to die\b|\b(?:tree|trees|hedge|bushes)\b[^.!?]{0,40}?\bin (?:full )?leaf\b/;
/** A distance told from the house or the router, with its unit: "about 30 m from the house", "100 ft from the router". */
const DISTANCE_FROM = /\b(\d+)\s?(m|metres|meters|yards|ft|feet)\b[^.!?]{0,25}?\bfrom the (?:house|router|hub|modem|main building)\b/g;
/** The least distance from the house or router that is far for Wi-Fi, in metres. */
const FAR_METRES = 10;
/** Metres in one of each unit DISTANCE_FROM reads. */
const METRES_PER = { m: 1, metres: 1, meters: 1, yards: 0.9, ft: 0.3, feet: 0.3 } as const;

/** Whether a weak Wi-Fi signal is told where the device stands, or walls or distance far from the router. */
export function weakSignalTold(normalised: string): boolean {
  if (WEAK_SIGNAL.test(normalised) || FAR_FROM_ROUTER.test(normalised)) return true;
  for (const m of normalised.matchAll(DISTANCE_FROM)) if (Number(m[1]) * METRES_PER[m[2] as keyof typeof METRES_PER] >= FAR_METRES) return true;
  return false;
}

/** A network on 5 GHz alone, which the device cannot join: "wifi is 5ghz only", "the mesh only does 5 GHz now". */
const ONLY_5GHZ = /\b5\s?ghz\b[^.!?]{0,15}?\bonly\b|\bonly\b[^.!?]{0,15}?\b5\s?ghz\b/;

/** Whether the network is told to run on 5 GHz alone: the device needs 2.4 GHz to join it. */
export function only5GhzTold(normalised: string): boolean {
  return ONLY_5GHZ.test(normalised);
}

/** The device found in a home the owner moved into, or left by someone who moved away: the person moved, not the device. */
const CAME_WITH_THE_PLACE =
  /\bcame with the (?:house|place|flat|apartment|property|rental|home)\b|\b(?:was|were) (?:here|there|already (?:here|there|up|installed)) when (?:i|we) moved in\b|\bwhen (?:i|we) moved in\b|\b(?:previous|old|last|former) (?:owner|owners|tenant|tenants|occupant|occupants)\b|\bhouse came furnished\b|\b(?:he|she|they) moved (?:out|away|abroad|to)\b/;
/** The device itself told moved: "moved it", "took the camera", "remounted the C310". */
const DEVICE_MOVED = /\b(?:moved|relocated|took|remounted|repositioned|shifted) (?:it|them|the (?:camera|cam|hub|doorbell|plug|socket|outlet|c\d+\w*|tc\d+|h\d+)|my (?:camera|cam|hub))\b/;

/** Whether a move told is the owner's or someone else's, not the device's: it came with the home, and is not told moved since. */
export function movedWasThePersons(normalised: string): boolean {
  return CAME_WITH_THE_PLACE.test(normalised) && !DEVICE_MOVED.test(normalised);
}

/** The update told after the rest: "then the app pushed an update", "overnight it auto-updated", "updated after I moved it onto the new mesh". */
const UPDATE_TOLD_AFTER = /\b(?:then|after that|afterwards|later|overnight|next day|the next morning)\b[^.!?]{0,50}?\b(?:updat\w*|upgrad\w*|firmware)\b|\b(?:updat\w*|upgrad\w*)\b[^.!?]{0,50}?\bafter (?:i|we|it)\b/;

/** Whether an update is told to have come after the other changes: the latest change is the first suspect. */
export function updateToldAfter(normalised: string): boolean {
  return UPDATE_TOLD_AFTER.test(normalised);
}

/** An update cut short: "hit update and then yanked the plug", "it died halfway through the update" (not "update: unplugged it", a note added while typing). */
const UPDATE_CUT_SHORT =
  /\b(?:update|updating|upgrade|upgrading)\b(?!\s*:)[^.!?]{0,60}?\b(?:died|yanked|unplugged|pulled the plug|pulled it out|lost power|cut out|switched it off|turned it off|cut it off)\b|\b(?:died|yanked|unplugged|lost power|cut out|(?:switched|turned|cut) it off)\b[^.!?]{0,50}?\b(?:halfway|half way|partway|mid-?update|in the middle of (?:the |an |its )?update|(?:while|when|as) (?:\w+ ){0,5}?(?:was|were) (?:updating|upgrading))\b/;

/** Whether an update is told cut short by the power: what a restart does not mend is the firmware. */
export function updateCutShort(normalised: string): boolean {
  return UPDATE_CUT_SHORT.test(normalised);
}

/** "Won't" and its kin, as the normalised text spells them. */
const WONT = String.raw`(?:can not|could not|will not|would not)`;
/** An update that will not go on: "it won't take the update", "can not update firmware, always fail at 30%", "the update fails every time". */
const UPDATE_FAILS = new RegExp(
  String.raw`\b(?:${WONT}|refuses to|fails to|failed to|keeps failing to)\s+(?:update|upgrade|take the update|install the update|finish the update|finish updating|(?:take|install) the (?:latest |new |newest )?firmware)\b|\b(?:update|upgrade|firmware update)s?\s+(?:fails|failed|keeps failing|always fails|never finishes)\b|\b(?:always\s+|keeps\s+)?fail(?:s|ed|ing)? at \d+\s?%`,
);

/** The app or the phone that will not update, not the device: "the Tapo app on my old iPad won't update". */
const VIEWER_WONT_UPDATE = new RegExp(String.raw`\b(?:app|ipad|tablet|phone|android|ios)\b[^.!?]{0,25}?\b${WONT}\s+(?:update|upgrade)\b`);

/** Whether an update is told to fail on the device: its firmware is what it is stuck on. */
export function updateFails(normalised: string): boolean {
  return UPDATE_FAILS.test(normalised) && !VIEWER_WONT_UPDATE.test(normalised);
}

/**
 * An update run as a fix after the trouble began, that did not help: "updated the firmware hoping
 * it'd fix it, no change", "an update didn't help", "even after the app updated it".
 */
const UPDATE_AS_FIX = new RegExp(
  [
    String.raw`\b(?:updat\w*|upgrad\w*|firmware)\b[^.!?]{0,40}?\b(?:hoping|in case|to see if)\b`,
    String.raw`\b(?:update|upgrade)s?(?: (?!again\b)\w+){0,2}? (?:did not help|does not help|did nothing|made no difference|changed nothing|did not fix|did not change anything)\b`,
    String.raw`\b(?:even|also) after (?:the |an |its |a )?(?:\w+ )?(?:updat\w*|upgrad\w*)`,
    String.raw`\b(?:updat\w*|upgrad\w*)(?: \w+){0,4}, (?:no change|no difference|no luck|nothing changed|did not help)\b`,
  ].join('|'),
);

/** Whether an update is told as a fix tried after the trouble began, and no help: it is no suspect. */
export function updateTriedAsFix(normalised: string): boolean {
  return UPDATE_AS_FIX.test(normalised) && !updateFails(normalised) && !updateCutShort(normalised);
}

/** A surge told: lightning, a power surge or spike. */
const SURGE = /\b(?:lightning|surge|surged|power spike|voltage spike)\b/;

/** An adapter put in for the old one: "even with another adapter", "I've put a new adapter on it", "tried a spare adapter" (not "do I need a new adapter?"). */
const ADAPTER_SWAPPED =
  /\b(?:tried|trying|put|swapped|changed|used|using|with)\s+(?:in\s+)?(?:a\s+|an\s+|the\s+)?(?:different|other|another|new|spare|second|replacement)\s+(?:\w+\s+)?(?:adapter|adaptor|power supply|psu|charger|power brick)\b|\b(?:different|other|another|new|spare|replacement) (?:adapter|adaptor|power supply|psu|charger|power brick) (?:didn'?t|did not|doesn'?t|does not|made no|makes no|changed nothing|no)\b/;

/** Whether a surge is told with the adapter since replaced: what the surge damaged and a new adapter did not mend is the device. */
export function surgeOutlivedNewAdapter(normalised: string): boolean {
  return SURGE.test(normalised) && adapterSwapped(normalised);
}

/** Whether another adapter is told put in for the device's own. */
export function adapterSwapped(normalised: string): boolean {
  return ADAPTER_SWAPPED.test(normalised);
}

/**
 * The device replaced (under warranty, a second one, a replacement unit) while its supply stayed:
 * "the replacement C200 is on the same adapter I always had", "swapped under warranty, using the
 * adapter from the first camera". What the two devices share is the supply. Not a replacement
 * adapter, nor "same adapter model" said of twins.
 */
const DEVICE_REPLACED = new RegExp(
  String.raw`\b(?:replacement|exchanged|warranty|refurbished|second)\s+(?:${THE_DEVICE}|unit)\b|\b(?:swapped|replaced|exchanged)(?: once)? (?:under|on|through) warranty\b`,
);
const SUPPLY_KEPT =
  /\b(?:same|old|original|existing) (?:power )?(?:adapter|adaptor|charger|power supply|psu|brick)(?! (?:model|type|brand|spec|swapped))\b|\b(?:adapter|adaptor|charger|power supply|psu|brick) (?:from|of) the (?:old|first|previous|original)\b/;

/** Whether the device is told replaced with its supply kept: the supply is the one thing left the same. */
export function deviceReplacedOnSameSupply(normalised: string): boolean {
  return DEVICE_REPLACED.test(normalised) && SUPPLY_KEPT.test(normalised) && !adapterSwapped(normalised);
}

/** Unplugged, then back into the same socket, in one sentence or the next: "unplugged it to move the sofa, plugged it back into the same socket". */
const BACK_IN_SAME_SOCKET =
  /\bunplug\w*\b.{0,100}?\b(?:plugged|put|back)\b[^.!?]{0,40}?\bsame (?:socket|outlet|plug|power point|powerpoint|spot)\b|\bunplug\w*\b[^.!?]{0,30}?\b(?:to|for) (?:hoover|vacuum|clean|dust|mop|paint|decorate|charge)\w*\b[^.!?]{0,30}?\b(?:put|plugged) (?:it|him|her|it all|everything) back\b(?! (?:in|into) (?:a|another|the other|a different))/;

/** Unplugged for a chore or another plug, not as a fix: "dad unplugged it to vacuum", "it got unplugged for the christmas lights", "the decorators unplugged everything to paint". */
const UNPLUGGED_FOR = /\bunplug(?:ged)?\s+(?:it|everything|(?:the|our|my|his|her) \w+)?\s*(?:to|for)\s+(?!(?:make|get|reset|restart|reboot|fix|see|try|sort|bring|wake|check|test|power|turn|cycle|clear|it to work)\b)(?:the\s+|a\s+|some\s+)?(?:hoover|vacuum|clean|dust|mop|paint|decorat|plug|charge|move (?:the|some|a)\b|use|fit|christmas|dj|kettle|iron|blender|heater|fan|tv|lamp|console|phone|laptop)\w*/;

/** The cables behind the telly tidied: "my dad 'tidied' the cables", "tidying up the leads" (not the router's). */
const CABLES_TIDIED = /\btid(?:y|ied|ies|ying)(?: up)?\b[^.!?]{0,20}?\b(?:cables?|leads?|wires?|wiring|cords?|plugs?)\b(?![^.!?]*\b(?:router|modem)\b)/;

/** A lead pulled or knocked out and pushed back: "the puppy yanked the cable out, I plugged it back in", "the cable popped out of the camera, I pushed it back". */
const LEAD_OUT_AND_BACK = /\b(?:yanked|pulled|popped|knocked|tugged|ripped|dragged)\b[^.!?]{0,30}?\b(?:cable|lead|plug|adapter|adaptor|cord)\b[^.!?]{0,40}?\bout\b[^]{0,60}?\b(?:pushed|plugged|put|popped|stuck|shoved)\b[^.!?]{0,15}?\bback\b|\b(?:cable|lead|plug|adapter|adaptor|cord)\b[^.!?]{0,20}?\b(?:popped|came|got (?:knocked|pulled|yanked)|was (?:knocked|pulled|yanked))\s+out\b[^]{0,60}?\b(?:pushed|plugged|put|popped)\b[^.!?]{0,15}?\bback\b/;
/** Unless the lead is the router's: its network, not the device's power, was touched. */
const ROUTER_LEAD = /\b(?:router|modem|ethernet)\b/;

/** Whether the device is told unplugged and plugged back where it was, its lead pulled out and pushed back, or its cables tidied: its plug and supply are what was touched. */
export function onlySupplyTouched(normalised: string): boolean {
  const lead = LEAD_OUT_AND_BACK.exec(normalised);
  return BACK_IN_SAME_SOCKET.test(normalised) || UNPLUGGED_FOR.test(normalised) || CABLES_TIDIED.test(normalised) || (lead !== null && !ROUTER_LEAD.test(lead[0]));
}

/** A long cable or extension run to the device: "on the end of 30m of cable", "a 10 m USB extension", "swapped the cable for a longer one". */
const LONG_RUN = new RegExp(
  [
    String.raw`\b\d{2,}\s*(?:m|metres?|meters?|ft|feet|foot)\b(?:\s+(?:of|long))?[^.!?]{0,15}?\b(?:cable|extension|lead|cord|usb)`,
    String.raw`\b(?:cable|extension|lead|cord)\b[^.!?]{0,25}?\b\d{2,}\s*(?:m|metres?|meters?|ft|feet)\b`,
    String.raw`\b(?:very|really|super) long (?:usb )?(?:cable|extension|lead|cord)`,
    String.raw`\b(?:a|the|on a|from a) long (?:outdoor |outside |garden )?extension\b`,
    String.raw`\blonger (?:usb )?(?:cable|lead|cord|one)\b`,
    String.raw`\bextended the (?:\w+ )?(?:cable|lead|cord)`,
    // A USB run of a few metres already drops a 5 V supply: "a USB extension, about 5 metres long".
    String.raw`\busb (?:extension|cable|lead)\b[^.!?]{0,30}?(?<![\d.])(?:[3-9]|\d{2,})\s*(?:m|metres?|meters?)\b`,
    String.raw`(?<![\d.])\b(?:[3-9]|\d{2,})\s*(?:m|metres?|meters?)\s+usb\b`,
  ].join('|'),
);

/** A network cable, whose length is no power's. */
const NETWORK_CABLE = /\b(?:ethernet|lan|network cable|cat\s?[5-7]\w*|powerline)\b/;

/** Whether a long cable or extension run feeds the device (not a network cable): the voltage it loses on the way comes first. */
export function longRunTold(normalised: string): boolean {
  return LONG_RUN.test(normalised) && !NETWORK_CABLE.test(normalised);
}

/** The trouble told to start after the device was moved: "red blinking after moving it", "since we shifted the hub". */
const AFTER_MOVING = /\b(?:after|since)\s+(?:i\s+|we\s+|he\s+|she\s+|they\s+)?(?:moving|moved|relocating|relocated|shifting|shifted)\s+(?:it|the (?:camera|cam|hub|plug|doorbell)|my (?:camera|cam|hub|plug|doorbell))\b/;

/** Whether the trouble is told to start after the device was moved, however short the text. */
export function movedBeforeTold(normalised: string): boolean {
  return AFTER_MOVING.test(normalised);
}

/**
 * A firmware told by the version put on, with no word for updating: "since the last firmware",
 * "after a beta firmware", "put the beta firmware from the forum on it", "the firmware went from
 * 1.3 to 1.4", "new firmware on my D230", "after the new software went on", "until the new firmware landed".
 */
const FIRMWARE_PUT_ON = new RegExp(
  [
    String.raw`\b(?:after|since)\s+(?:the|a|an|that|this)\s+(?:(?:last|latest|new|newest|recent|beta|automatic|auto)\s+){0,2}(?:firmware|software version)\b`,
    String.raw`\b(?:after|since)\s+the\s+(?:last|latest|new|recent)\s+version of (?:the )?(?:firmware|software)\b`,
    String.raw`\b(?:put|installed|flashed|loaded)\s+(?:the|a|an)\s+(?:\w+\s+){0,2}?firmware\b`,
    // "new firmware on my D230", "the new software went on"
    String.raw`\b(?:new|latest|newest)\s+(?:firmware|software)\s+(?:went on|got put on|was put on|on (?:my|the|our|it)\b)`,
    // "fine until the new firmware landed", "since the latest firmware arrived"
    String.raw`\b(?:until|since|after|when|once)\s+(?:the|a|that|this)\s+(?:new|latest|newest|recent)\s+(?:firmware|software)\s+(?:landed|arrived|came through|came in|dropped|rolled out|hit)\b`,
    String.raw`\b(?:firmware|fw|version)\b[^.!?]{0,25}?\b(?:went|go|gone|jumped|moved|changed)\s+(?:up\s+)?from\s+v?\d+(?:\.\d+)+\s+to\s+v?\d+(?:\.\d+)+`,
  ].join('|'),
);

/** Whether a new firmware is told put on the device, however it is said: an update. */
export function firmwarePutOnTold(normalised: string): boolean {
  return FIRMWARE_PUT_ON.test(normalised);
}

/**
 * Up to three words between, none of them joining another thing on or telling a time: "update and
 * the new router" tells two things, "the router rebooted during the update" the device's update.
 */
const SAME_CLAUSE_WORDS = String.raw`(?:(?!(?:and|but|or|then|during|after|before|while|since|until|when|mid)\b)\w+\s+){0,3}?`;

/**
 * An update told of the router, the broadband or the Wi-Fi, or of the house's electrics: "upgraded
 * to a wifi 6 router", "the ISP pushed an update to our router", "the router updated its own
 * firmware overnight", "after the switchboard upgrade".
 */
const OTHER_UPDATE = new RegExp(
  [
    String.raw`\b(?:updat|upgrad)\w*\s+${SAME_CLAUSE_WORDS}(?:router|modem|broadband|internet|package|mesh|wi-?fi\s?6e?|extender|repeater|hotspot|mifi|${ROUTER_BRANDS}|starlink)(?:'s|s)?(?:\s+(?:own\s+)?(?:firmware|software))?\b`,
    String.raw`\b(?:router|modem|switchboard|consumer unit|fuse ?board|fuse box|electrics|wiring)(?:'s|s)?\s+${SAME_CLAUSE_WORDS}(?:updat|upgrad)\w*(?:\s+(?:its|their)\s+(?:own\s+)?(?:firmware|software))?`,
    // "the router restarts itself at 4am for its updates", "the router rebooted itself, it does its own updates", "reboots at night for updates"
    String.raw`\b(?:router|modem)\b[^.!?]{0,50}?\b(?:its|their|for) (?:own |auto |automatic |nightly )?(?:firmware )?(?:updat|upgrad)\w*`,
  ].join('|'),
  'g',
);
/** A word for an update, of whatever. */
const UPDATE_WORD = /\b(?:updat\w*|upgrad\w*|firmware|software)\b/;

/** The device's firmware told unchanged: "the camera's firmware hasn't changed", "firmware is the same". */
const FIRMWARE_UNCHANGED = /\b(?:firmware|software)\s+(?:has|had|is|was)\s+not\s+(?:been\s+)?(?:changed|touched)\b|\b(?:firmware|software)\s+(?:(?:is|was|stayed)\s+)?(?:the same|unchanged|untouched)\b/g;

/**
 * Whether every update the text tells is another thing's (the router's, the electrics'), and any
 * word of its firmware tells it unchanged: the device itself was not updated.
 */
export function updateOnlyOfOtherThings(normalised: string): boolean {
  return updatesOnlyIn(normalised, [OTHER_UPDATE, FIRMWARE_UNCHANGED]);
}

/** Whether the text tells an update and every word of one lies in a stretch that `spans` (global regexes) match. */
function updatesOnlyIn(normalised: string, spans: readonly RegExp[]): boolean {
  if (!UPDATE_WORD.test(normalised)) return false;
  const rest = spans.reduce((text, span) => text.replace(span, ' '), normalised);
  return rest !== normalised && !UPDATE_WORD.test(rest);
}

/**
 * Firmware told old or never updated: "hasn't been updated since I bought it", "never updated it
 * in years", "still on the factory 1.0.3 firmware", "the firmware is out of date", "haven't let it update",
 * "its firmware is way behind the other camera's";
 * or the app told too old to talk to it ("the Tapo app on my tablet is ancient"): both leave the
 * device without the firmware the app expects.
 */
const NEVER_UPDATED = new RegExp(
  [
    String.raw`\b(?:never|not|haven't|hasn't|have not|has not)\s+(?:been\s+|ever\s+)?(?:updated|upgraded)\s+(?:(?:it|(?:the|my|its|our) \w+(?: \w+)?)(?:\s+(?:or|and)\s+(?:the|my|its|our) \w+)?\s+)?(?:since|(?:in|for) (?:\w+ ){0,2}?(?:years?|ages|months|long time))\b`,
    String.raw`\b(?:never|not ever|nobody ever|no one ever)\s+(?:got\s+|been\s+)?(?:updated|upgraded)(?:\s+(?:it|the firmware))?\b`,
    String.raw`\b(?:old|ancient|outdated|original|factory|really old|very old)\s+(?:[\d.]+\s+)?firmware\b`,
    String.raw`\bfirmware\s+(?:is|was)\s+(?:\w+\s+)?(?:out of date|outdated|ancient|from (?:like )?20\d\d)\b`,
    // Behind another's: "its firmware in the app is way behind my other camera's", "older firmware than the other one".
    String.raw`\bfirmware\b[^.!?]{0,25}?\b(?:is|was|are)\s+(?:way |far |well |miles |a long way |several versions |a few versions )?behind\b|\bolder firmware than\b`,
    // An update offered and held back: "I haven't let it update yet".
    String.raw`\b(?:have not|has not|did not|not)\s+(?:yet\s+)?let\s+(?:it|them|the \w+)\s+(?:update|upgrade)\b`,
    // The app told too old to talk to it: "the Tapo app on my tablet is ancient", "an old app version".
    String.raw`\bapp\b[^.!?]{0,30}?\b(?:ancient|super old|really old|very old|too old|(?:\w+ )?out of date|outdated|old version)\b`,
    String.raw`\b(?:old|ancient|outdated)\s+(?:tapo\s+)?app\b`,
  ].join('|'),
);

/**
 * An update only wondered about: "can't tell if it was updating at the time", "I wondered if an
 * update started this", "did I interrupt an update?" (not "not sure if the update finished": that
 * update ran).
 */
const UPDATE_WONDERED = /\b(?:can not tell|not sure|do not know|no idea|wonder(?:ed|ing)?|unsure)(?: \w+){0,2}? (?:if|whether)(?: \w+){0,4}? (?:updating|an update|a firmware update|in the middle of an update)\b|\bdid (?:i|we|it|that|the \w+) (?:interrupt|cut|stop|break|mess up) (?:an|a) (?:firmware )?update\b/g;
const NEVER_UPDATED_ALL = new RegExp(NEVER_UPDATED.source, 'g');
/** An update offered or thought of: "new firmware is available", "should I just update?". */
const UPDATE_OFFERED = /\b(?:new\s+)?(?:firmware|update|upgrade)\s+(?:is\s+|was\s+)?available\b|\bshould (?:i|we) (?:just )?(?:update|upgrade)\b/g;
/** An offered update taken up: "I tapped install", "let it run overnight", "it downloaded", "every attempt fails at 60%". */
const UPDATE_TAKEN_UP =
  /\b(?:tapped|hit|pressed|clicked)\s+(?:it|install|update|on it)\b|\b(?:i|she|he|we)\s+installed\b|\binstalled it\b|\blet it (?:run|install|update)\b|\bdownloaded\b|\b(?:every|each) attempt\b|\b(?:went|got|sat|stuck) (?:to|at) \d+\s?(?:%|percent)/;

/** Whether the only updates told are wondered about, offered and not taken up (or denied): no update is told to have happened. */
export function updateOnlyWondered(normalised: string): boolean {
  const spans = [UPDATE_WONDERED, NEVER_UPDATED_ALL];
  if (!UPDATE_TAKEN_UP.test(normalised)) spans.push(UPDATE_OFFERED);
  return updatesOnlyIn(normalised, spans);
}

/** Whether the device's firmware is told old or never updated: the firmware comes first when nothing happened. */
export function firmwareNeverUpdated(normalised: string): boolean {
  return NEVER_UPDATED.test(normalised);
}

/**
 * A network setting changed, in the words of people who set up their own: "went WPA3-only",
 * "enabled 802.11r", "disabled 2.4 GHz", "set up a pihole", "the mesh nodes went in", "moved it to VLAN 30",
 * "set the router to 5 GHz", "turned on MAC filtering", "my brother-in-law 'fixed' the router", "turned 2.4GHz
 * off", "we hid our network name".
 */
const NETWORK_SETTING_CHANGED = new RegExp(
  [
    String.raw`\b(?:enabled|enabling|disabled|disabling|turned (?:on|off)|turning (?:on|off)|switched (?:on|off)|flipped (?:on|off)|toggled (?:on|off)|set up|setup|did|added|installed|migrated|re-?tagged|put in|went|moved|pointed|pinned)\b[^.!?]{0,30}?\b(?:wpa3|vlans?|ssids?|mesh|nodes?|eero|orbi|deco|802\.11\w*|pmf|pi-?hole|vpn|guest (?:network|wifi)|2\.4|5 ?ghz|band steering|smart connect|firewall|dns|subnet|dhcp|mac filter(?:ing)?|iot network|lan|channel \d+)\b`,
    // The setting named before its switch: "turned 2.4GHz off on the router"; a network name hidden: "we hid our network name".
    String.raw`\b(?:turned|switched|flipped|toggled)\s+(?:the\s+)?(?:2\.4\s?ghz|5\s?ghz|wpa3|band steering|smart connect|guest (?:network|wifi))\s+(?:band\s+)?(?:on|off)\b|\bhid (?:the|our|my) (?:network name|wi-?fi name|ssid|network)\b`,
    // Gear added to stretch the Wi-Fi: "installed a Netgear extender", "used a powerline adapter".
    String.raw`\b(?:installed|put in|added|got|bought|used(?! to))\b[^.!?]{0,30}?\b(?:extender|repeater|powerline|access point)s?\b`,
    // A network of its own made: "made a separate 2.4 GHz guest network".
    String.raw`\b(?:made|created)\s+(?:a|an|another|our|my)\s+(?:[\w.]+\s+){0,3}?(?:network|ssid)\b`,
    String.raw`\bset\s+(?:(?:my|the|our)\s+)?(?:\w+\s+){0,2}?(?:router|airport|wifi|wi-fi|network|modem)\s+(?:to|on)\s+(?:5 ?ghz|2\.4|wpa3)`,
    // A relative who "fixed" the router changed what the device knew: "her grandson 'fixed the internet'".
    String.raw`\b(?:fixed|sorted|tweaked|tidied up|cleaned up|messed with|fiddled with)\W{0,2}\s+(?:the|our|my|her|his)\s+(?:router|internet|wifi|wi-fi|modem)\b`,
    // A filter or tunnel put on the router: "set the router to block unknown devices", "a VPN on the router, switched it on last night".
    String.raw`\bset (?:the|our|my) (?:router|modem) to block\b|\b(?:vpn|parental controls?|firewall)\b[^.!?]{0,40}?\b(?:switched|turned) (?:it|them) on\b`,
    // Someone at work on the router itself: "my other half was messing with the router".
    String.raw`\b(?:messing|fiddling|mucking about|tinkering) with (?:the|our|my|her|his) (?:router|modem)\b`,
    String.raw`\b(?:mesh|nodes?|extender|repeater|access points?|eero|orbi|deco)\s+(?:\w+\s+){0,2}?(?:went in|were installed|was installed|got installed|were added|was added)\b`,
  ].join('|'),
);

/** A fix tried that did not help, told just after it: "disabled 802.11r, still red". */
const TRIED_NO_HELP = /^[^.!?]{0,60}?\b(?:still|no change|no difference|no luck)\b/;

/** Whether a change of a network setting is told, not denied nor tried as a fix in vain: the network the device knew is gone. */
export function networkSettingChanged(normalised: string): boolean {
  const told = toldUndenied(NETWORK_SETTING_CHANGED, normalised);
  return told !== null && !TRIED_NO_HELP.test(normalised.slice(told.index + told[0].length));
}

/** A powerline adapter carrying the network ("it gets wifi through a powerline adapter"); not one whose pass-through socket feeds the device. */
const POWERLINE = /\b(?:powerline|power-line|homeplug|devolo)\b/;
const POWERLINE_AS_SUPPLY = /\b(?:socket|outlet|plug) (?:on|of|in) (?:the|a|my|our) (?:powerline|power-line|homeplug|devolo)\b|\bplugged (?:it |the \w+ )?into (?:the|a|my|our) (?:powerline|power-line|devolo)\b/;

/** Whether the device's network runs over a powerline adapter: its link, not its power, is the suspect. */
export function onPowerlineNetwork(normalised: string): boolean {
  return POWERLINE.test(normalised) && !POWERLINE_AS_SUPPLY.test(normalised);
}

/** A pet or a child chewing a lead: "the dog chewed the cable", "the puppy had a go at the lead", "the cord got gnawed". */
const CHEWED_LEAD = new RegExp(
  [
    String.raw`\b(?:chew\w*|gnaw\w*|nibbl\w*|bit|bitten|had a go at)\s+(?:on\s+|through\s+)?(?:the|its|my|our|a|his|her)\s+(?:power\s+|usb\s+|charging\s+)?(?:cable|lead|cord|wire)s?\b`,
    String.raw`\b(?:cable|lead|cord|wire)s?\s+(?:got\s+|was\s+|is\s+|has been\s+|had been\s+)(?:chewed|gnawed|bitten|nibbled)\b`,
  ].join('|'),
);

/** Whether a lead is told chewed: the power it carries is what the bite harmed, whatever marks it left. */
export function leadChewed(normalised: string): boolean {
  return CHEWED_LEAD.test(normalised);
}

/**
 * The device itself knocked or dropped down: "knocked my C100 off the bookshelf", "dropped the TC70
 * down the stairs", "yanked the C110 off the windowsill", "dropped it on the stairs"; dropped told
 * by itself ("dropped my C200 during the move"); not dropped off somewhere ("dropped the C200 off
 * at the shop"); or hit by something ("the doorbell got a knock from the ladder"); or fallen by
 * itself ("the H100 dropped down behind the sofa").
 */
const DEVICE_KNOCKED_DOWN = new RegExp(
  String.raw`\b(?:knocked|dropped|yanked|pulled|swiped|pushed|kicked)\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+)?${THE_DEVICE}\s+(?:off(?!\s+(?:at|to|with|for)\b)|down|onto|from|over)\b` +
    String.raw`|\bdropped (?:it|the \w+|my \w+) (?:off|down) (?:the|a)\b|\bdropped (?:it|the \w+|my \w+) (?:on|onto) (?:the|a) (?:way|floor|ground|stairs|steps|tiles|patio|concrete|driveway|deck|pavement)\b|\bdropped\s+(?:the\s+|my\s+|our\s+)?${THE_DEVICE}\b(?!\s+off\b)` +
    String.raw`|\b${THE_DEVICE}\s+(?:got|had|took)\s+a\s+(?:knock|bump|bash|whack|thump)\s+from\b` +
    // "the H100 dropped down behind the sofa", "the camera fell off the shelf" (not "fell off the wifi")
    String.raw`|\b${THE_DEVICE}\s+(?:dropped (?:down|onto)|fell (?:down|off|over|onto)(?! (?:the |my |our )?(?:wi-?fi|network|app|internet)\b)|tumbled|toppled)\b`,
);

/** Whether the device itself is told knocked or dropped down: a fall harms the device. */
export function deviceKnockedDown(normalised: string): boolean {
  return DEVICE_KNOCKED_DOWN.test(normalised);
}

/** A network cable out of its port: "the cleaner unplugged the ethernet cable", "knocked the cable out of the back of the router". */
const NETWORK_CABLE_OUT = new RegExp(
  [
    String.raw`\b(?:unplugged|pulled out|pulled|knocked out|knocked|yanked out|yanked|disconnected)\s+(?:the\s+|a\s+|our\s+|my\s+)?(?:\w+\s+)?(?:ethernet|lan|network|internet)\s+(?:cable|lead|wire|cord)\b`,
    String.raw`\b(?:knocked|pulled|yanked|kicked)\s+(?:the|a)\s+(?:cable|lead|plug|wire)\s+out\s+of\s+(?:the\s+back\s+of\s+)?(?:the|our|my)\s+(?:router|modem|switch)\b`,
  ].join('|'),
);
/** The network switch a wired device hangs on unplugged: "unplugged that switch to free a socket", "switched off the PoE switch". */
const NETWORK_SWITCH_OFF = /\b(?:unplugged|switched off|turned off|powered off|pulled the plug on)\s+(?:the|that|our|my)\s+(?:network\s+|ethernet\s+|poe\s+|lan\s+)?switch\b/;
/** Told wired: without it, "switch" is a light's or a socket's. */
const WIRED = /\b(?:ethernet|hardwired|hard-wired|wired|poe|lan)\b/;

/** Whether a network cable is told pulled out, or the switch a wired device hangs on unplugged: the device lost the way to its network, not its power. */
export function networkCableOut(normalised: string): boolean {
  return NETWORK_CABLE_OUT.test(normalised) || (NETWORK_SWITCH_OFF.test(normalised) && WIRED.test(normalised));
}

/** The router wiped and set up afresh: "held in the reset button on the router", "had to set the whole router up again". */
const ROUTER_STARTED_OVER = /\breset button (?:on|of) (?:the|our|my) (?:router|modem)\b|\b(?:set|setting) (?:the |our |my )?(?:whole |entire )?(?:router|modem) up (?:again|from scratch)\b|\b(?:set|setting) up (?:the |our |my )?(?:whole |entire )?(?:router|modem) (?:again|from scratch)\b|\bfactory reset (?:the|our|my) (?:router|modem)\b|\breset (?:the|our|my) (?:router|modem) to (?:its )?(?:factory|default)\b|\b(?:router|modem)\b[^.!?]{0,40}?\b(?:went|gone|reverted|goes|got put) back to (?:its |the )?(?:factory|default)\b/;

/** Whether the router is told wiped and set up again: the network the device knew may be gone. */
export function routerStartedOver(normalised: string): boolean {
  return ROUTER_STARTED_OVER.test(normalised);
}

const SINCE_ROUTER_RESTART = /\b(?:ever )?since (?:i|we|he|she|they|someone|my \w+) (?:restarted|rebooted|reset|power cycled|turned off and on) (?:the|our|my) (?:router|modem|wifi)\b/;

/** Whether the trouble is told to date from a restart of the router ("hasn't connected since I rebooted the router"): it did not find the network again. */
export function sinceRouterRestart(normalised: string): boolean {
  return SINCE_ROUTER_RESTART.test(normalised);
}

const SETUP_FAILS =
  /\b(?:will not|would not|does not|did not|can not|could not|unable to|fails? to|failed to|failing to|never) (?:pair|be added|add it|finish (?:the )?set ?up|complete (?:the )?set ?up)\b|\b(?:can not|could not|unable to) (?:add|pair|set (?:it |the \w+ )?up)\b|\bbound to (?:another|someone else|a different) account\b|\bpairing (?:fails|failed|keeps failing)\b/;

/** Whether the device is told to fail to pair or be added ("won't pair", "can't add it in the app", "bound to another account"): it cannot join, the network side of setting it up. */
export function setupFails(normalised: string): boolean {
  return SETUP_FAILS.test(normalised);
}

/** Furniture moved, not the device, and not to another place: "the adapter got stepped on when we moved the sofa". */
const FURNITURE_MOVED = /\b(?:moved|moving|shifted|shifting) (?:the|a|our|my) (?:sofa|couch|settee|wardrobe|furniture|bed|table|desk|fridge|bookcase|bookshelf|cabinet|dresser|chest of drawers|piano)(?: round| around)?\b(?! (?:to|into|over|across|upstairs|downstairs)\b| and (?:the|my|our) (?:camera|cam|hub|doorbell|c\d{3}))/;
/** The device told to sit on the furniture, or plugged in anew: it may have moved with it. */
const ON_THE_FURNITURE = /\bon (?:the|a|my|our|top of the) (?:dresser|desk|table|bookcase|bookshelf|cabinet|chest of drawers|shelf|fridge|wardrobe|piano)\b|\b(?:plugged|plugging)\b[^.!?]{0,30}?\binto\b/;

/** Whether the only move told is of furniture: the device stayed where it was. */
export function onlyFurnitureMoved(normalised: string): boolean {
  return FURNITURE_MOVED.test(normalised) && !DEVICE_MOVED.test(normalised) && !ON_THE_FURNITURE.test(normalised);
}

/** The whole supply switched off for work: "everything was switched off for two days", "they turned the power off for the day", "the builders had everything switched off"; not switched off at the wall (the device's own plug). */
const SUPPLY_WHOLE = String.raw`(?:everything|the power|the electric\w*|the mains|the supply|all the power)`;
/** What trips or blows to cut a supply. */
const BREAKER = String.raw`(?:fuse|breaker|rcd|trip switch|circuit breaker)`;
const POWER_SWITCHED_OFF = new RegExp(
  [
    String.raw`\b${SUPPLY_WHOLE}\s+(?:was|were|got|had been|has been|had to be)\s+(?:switched|turned|shut)\s+off\b(?! at the (?:wall|socket|plug))`,
    String.raw`\b(?:switched|turned|shut)\s+${SUPPLY_WHOLE}\s+off\b(?! at the (?:wall|socket|plug))`,
    String.raw`\b(?:had|got)\s+${SUPPLY_WHOLE}\s+(?:switched|turned|shut)\s+off\b(?! at the (?:wall|socket|plug))`,
    // A fuse or breaker tripped or thrown: "the kettle and the hairdryer tripped the fuse", "they switched the breaker off".
    String.raw`\b(?:tripped|trips|tripping|blew|blown|popped) (?:the |a |our |my )?(?:main |mains )?${BREAKER}s?\b`,
    String.raw`\b${BREAKER}s?\s+(?:tripped|trips|blew|popped|went)\b`,
    String.raw`\b(?:switched|turned|flipped|flips|flipping|switching|threw|throws) (?:the |a |our )?(?:main |mains )?(?:breakers?|fuses?|main switch)\s+off\b`,
    String.raw`\b(?:electricity|electrisity|electric|mains)\s+(?:was|went|is|has been|had been)\s+(?:off|out|cut)\b`,
  ].join('|'),
);

/** Whether the supply is told switched off (for building work, a rewire): a power cut, planned. */
export function powerSwitchedOffTold(normalised: string): boolean {
  return POWER_SWITCHED_OFF.test(normalised);
}
