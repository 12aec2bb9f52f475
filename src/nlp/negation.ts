/**
 * Negation and denial.
 * - Negation: a cue ("no", "not", "never", "without", ...) negates the words after it up to the end
 *   of the clause (punctuation, "but", "and", "because", ...) or at most MAX_SCOPE words; "or" and
 *   "nor" carry it on ("no storm or power cut"). Negated
 *   words become "!stem" features: "won't connect" and "no power to it" are what trouble sounds
 *   like, while "no power cut" denies an event (the analyzer drops such stretches).
 * - Denial: "it's not the wifi", "no problem with the router", "the wifi is fine" say a thing is
 *   NOT the trouble. Denied words are no evidence at all.
 */
import { isColourWord } from './colour';

const CUES = new Set([
  'no', 'not', 'never', 'without', 'nothing', 'none', 'nor', 'neither', 'nobody', 'nowhere', 'hardly', 'barely', 'zero',
  // The other languages people write in: "ni", "ne ... pas", "sans", "jamais", "rien", German
  // "nicht", "kein", "nichts", Dutch "niet", "geen", "niets", Spanish "nunca", "nada",
  // Portuguese "nao", "nenhum", Italian "niente", "nessun(o)", Malay and Indonesian "tidak", "tiada".
  'ni', 'ne', 'pas', 'sans', 'jamais', 'nicht', 'kein', 'keine', 'keinen', 'niet', 'geen', 'nunca',
  'nichts', 'nada', 'rien', 'niente', 'niets', 'nao', 'nenhum', 'nessun', 'nessuno', 'tidak', 'tiada',
]);
/** Words that end a negation scope. */
const BREAKS = new Set(['but', 'however', 'though', 'although', 'yet', 'because', 'since', 'so', 'and', 'which', 'while', 'when', 'except', 'instead', 'then', 'now', 'still', 'just', 'only']);
/** "no storm or power cut", "not hot nor smoking": the negation goes on past these. */
const CONTINUES = new Set(['or', 'nor']);
const MAX_SCOPE = 4;
/** "not the wifi", "not my router": a cue followed by one of these denies rather than describes. */
const DENIAL_AFTER_NOT = new Set(['the', 'my', 'a', 'an', 'your', 'its', 'any', 'that', 'this']);
/** "nothing wrong with", "no problem with", "no issue with". */
const DENIAL_NOUNS = new Set(['problem', 'problems', 'issue', 'issues', 'trouble', 'fault', 'wrong']);
/** "... is fine", "... works ok", "... seems good": the words before are denied. */
const FINE = new Set(['fine', 'ok', 'okay', 'good', 'great', 'stable', 'strong', 'perfect', 'normal', 'solid', 'unchanged', 'untouched']);
/** The words for the light, of which "solid" is its state. */
const LIGHT_WORDS = new Set(['light', 'lights', 'led', 'leds', 'lamp', 'indicator']);
/**
 * "same router as always", "the same spot": what stayed the same is no evidence of a change. The
 * light itself is the exception ("the same red light", "same slow blinking" describe the symptom).
 */
const SAME_SCOPE = 2;
const SYMPTOM_WORDS = new Set(['red', 'light', 'lights', 'led', 'blink', 'blinks', 'blinking', 'flash', 'flashes', 'flashing', 'slow', 'slowly', 'fast', 'quick', 'rapid', 'solid', 'steady', 'pattern', 'colour', 'color', 'green', 'orange', 'problem', 'issue', 'thing', 'as']);
const LINKS = new Set(['is', 'are', 'was', 'were', 'seems', 'seem', 'looks', 'look', 'works', 'work', 'working', 'worked', 'be', 'been', 'all', 'totally', 'perfectly', 'completely', 'absolutely', 'really', 'very', 'also', 'still', 'definitely']);
const MAX_DENIAL_BACK = 4;
/**
 * What an owner checks (CHECKED) and may call fine (JUDGED) without a verb: "wifi fine, power fine,
 * router ok". ("Unchanged" is no judgement: "router unchanged" leaves the router a suspect.)
 */
const JUDGED = new Set(['fine', 'ok', 'okay', 'good', 'perfect', 'stable', 'strong', 'normal']);
const CHECKED = new Set(['wifi', 'power', 'router', 'internet', 'signal', 'network', 'modem', 'broadband', 'adapter', 'socket', 'outlet', 'cable', 'connection', 'firmware']);
/**
 * "the router has not been touched", "the firmware hasn't changed", "the camera was never moved",
 * "the power in the barn never went off": a change denied of a thing denies the thing itself (no
 * evidence about the router at all).
 */
const CHANGE_VERBS = new Set(['changed', 'touched', 'moved', 'replaced', 'updated', 'upgraded', 'swapped', 'altered', 'modified', 'reset', 'unplugged', 'relocated', 'went', 'gone', 'cut', 'failed', 'tripped', 'dropped', 'died', 'flickered']);
const BEFORE_CHANGE = new Set(['been', 'ever', 'once', 'really', 'even', 'actually']);
/** "has power", "getting power", "there is power": see markNegation. */
const HAS_POWER = new Set(['has', 'have', 'gets', 'getting', 'got', 'receiving', 'is']);
/** "it IS powered on": the device told to have its power. */
const POWERED_UP = new Set(['on', 'up']);
const AFTER_HAS_POWER = new Set(['there', 'though', 'so', 'and', 'but', 'as', 'fine', 'ok', 'okay', 'too', 'to', 'still', 'going']);
/**
 * "the firmware is up to date", "firmware says latest", "Firmware latest.": the firmware is no
 * trouble. Told after it only: "updated to the latest firmware" is an update.
 */
export const FIRMWARE_WORDS: ReadonlySet<string> = new Set(['firmware', 'fw', 'software']);
const LATEST = new Set(['latest', 'newest', 'current']);
const BEFORE_LATEST = new Set([...LINKS, 'says', 'say', 'shows', 'showing', 'already', 'the', 'it', 'its', 'on']);
/** Auxiliaries between the thing and the cue: "the router has not", "it did not". */
const HAVE_DO = new Set(['has', 'have', 'had', 'did', 'does', 'do']);
/** "no it didn't work", "no, still red", "warm... no actually hot": an answer or a correction, not "no <thing>". */
const AFTER_ANSWER_NO = new Set(['it', 'i', 'that', 'this', 'we', 'they', 'still', 'sorry', 'thanks', 'not', 'nothing', 'same', 'you', 'actually', 'wait']);
/** "oh no, it's red again", "ah no": after one of these, "no" is an exclamation and negates nothing. */
const EXCLAIMING = new Set(['oh', 'ah', 'aw', 'aww', 'ugh', 'uh', 'argh']);

export interface NegatableToken {
  word: string;
  punct: boolean;
  negated: boolean;
  denied: boolean;
}

export function isNegationCue(word: string): boolean {
  return CUES.has(word);
}

/** "oh no, it's red" (an exclamation) and "no it didn't work" (an answer) deny no thing after them. */
function noNegatesNothing(tokens: readonly NegatableToken[], i: number): boolean {
  const before = tokens[i - 1];
  const next = tokens[i + 1];
  if (before !== undefined && EXCLAIMING.has(before.word)) return true;
  return (before === undefined || before.punct) && next !== undefined && AFTER_ANSWER_NO.has(next.word);
}

const NO_WORDS: ReadonlySet<string> = new Set();
/** The cues written with accents: Portuguese "não". */
const ACCENTED_CUES = new Set(['nao']);

/** "the same ... as always", "as before": what follows "as" says nothing changed. */
const AS_BEFORE = new Set(['before', 'always', 'ever', 'usual', 'normal', 'previously', 'last', 'yesterday', 'it', 'old', 'then', 'now', 'when', 'we', 'i', 'our', 'original']);
const DETERMINERS = new Set(['the', 'my', 'a', 'an', 'our', 'his', 'her', 'their']);

/**
 * "on the same extension lead as the heater", "the same socket as the fridge": a thing shared with
 * another, not a thing that stayed the same.
 */
function sharedWith(tokens: readonly NegatableToken[], same: number): boolean {
  for (let k = same + 1; k <= same + SAME_SCOPE + 1 && k < tokens.length && !tokens[k].punct; k++) {
    if (tokens[k].word !== 'as') continue;
    let j = k + 1;
    while (j < tokens.length && DETERMINERS.has(tokens[j].word)) j++;
    return j < tokens.length && !tokens[j].punct && !AS_BEFORE.has(tokens[j].word);
  }
  return false;
}

/**
 * @param accented words of the text that were typed with accents, as normalised: "ní" (Czech,
 *   her), "në" (Albanian, in) and "nó" (Vietnamese, it) are no "ni", "ne" or "no"; except
 *   ACCENTED_CUES.
 */
export function markNegation(tokens: NegatableToken[], accented: ReadonlySet<string> = NO_WORDS): void {
  let remaining = 0;
  let denying = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.punct || BREAKS.has(t.word)) {
      remaining = 0;
      continue;
    }
    if (CUES.has(t.word) && (ACCENTED_CUES.has(t.word) || !accented.has(t.word))) {
      const next = tokens[i + 1];
      if (t.word === 'no' && noNegatesNothing(tokens, i)) {
        remaining = 0;
        continue;
      }
      remaining = MAX_SCOPE;
      denying = next !== undefined && (DENIAL_AFTER_NOT.has(next.word) || DENIAL_NOUNS.has(next.word)) && t.word !== 'without';
      continue;
    }
    if (remaining > 0 && CONTINUES.has(t.word)) {
      remaining = MAX_SCOPE;
      continue;
    }
    if (remaining > 0) {
      t.negated = true;
      if (denying) t.denied = true;
      remaining--;
    }
  }
  // "same router as always", "in the same place": the words after "same" are denied. Not "the
  // same new router" (one new router that all of them share).
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].word !== 'same' || tokens[i + 1]?.word === 'new' || sharedWith(tokens, i)) continue;
    for (let k = i + 1, n = 0; k < tokens.length && n < SAME_SCOPE && !tokens[k].punct && !BREAKS.has(tokens[k].word) && !SYMPTOM_WORDS.has(tokens[k].word); k++, n++) tokens[k].denied = true;
  }
  // "the router has not been touched": the words before the cue are denied.
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].word !== 'not' && tokens[i].word !== 'never') continue;
    let j = i + 1;
    while (j < tokens.length && BEFORE_CHANGE.has(tokens[j].word)) j++;
    // "the red never went away" tells of the symptom, not of a thing that stayed put.
    if (j >= tokens.length || !CHANGE_VERBS.has(tokens[j].word) || tokens[j + 1]?.word === 'away') continue;
    let k = i - 1;
    while (k >= 0 && (LINKS.has(tokens[k].word) || HAVE_DO.has(tokens[k].word))) k--;
    for (let n = 0; k >= 0 && n < MAX_DENIAL_BACK && !tokens[k].punct && !BREAKS.has(tokens[k].word); k--, n++) tokens[k].denied = true;
  }
  // "moved nothing, changed nothing": a change verb with "nothing" after it is denied too.
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (CHANGE_VERBS.has(tokens[i].word) && tokens[i + 1].word === 'nothing') tokens[i].negated = tokens[i].denied = true;
  }
  // "they have power", "the fridge is still getting power", "there's power there": power that is
  // there is no trouble with power ("we had a power cut", "has power issues" stay evidence).
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].negated || !HAS_POWER.has(tokens[i - 1].word)) continue;
    const next = tokens[i + 1];
    if (tokens[i].word === 'power' && (next === undefined || next.punct || AFTER_HAS_POWER.has(next.word))) tokens[i].denied = true;
    // "it IS powered on", "it's powered up."
    else if (tokens[i].word === 'powered' && tokens[i - 1].word === 'is' && POWERED_UP.has(next?.word ?? '') && (tokens[i + 2] === undefined || tokens[i + 2].punct)) tokens[i].denied = next.denied = true;
  }
  // The firmware told up to date after it (FIRMWARE_WORDS, LATEST).
  for (let i = 0; i < tokens.length; i++) {
    const upToDate = tokens[i].word === 'up' && tokens[i + 1]?.word === 'to' && tokens[i + 2]?.word === 'date';
    if (!(upToDate || LATEST.has(tokens[i].word)) || tokens[i].negated) continue;
    let j = i - 1;
    while (j >= 0 && BEFORE_LATEST.has(tokens[j].word)) j--;
    if (j < 0 || !FIRMWARE_WORDS.has(tokens[j].word)) continue;
    for (let k = j; k <= i + (upToDate ? 2 : 0); k++) tokens[k].denied = true;
  }
  // Postfix denial: "the wifi is fine", "power seems ok", "the router works perfectly fine",
  // "the router is the same (as before)".
  for (let i = 0; i < tokens.length; i++) {
    const same = tokens[i].word === 'same' && tokens[i - 1]?.word === 'the';
    if (!(FINE.has(tokens[i].word) || same) || tokens[i].negated) continue;
    let j = same ? i - 2 : i - 1;
    let linked = false;
    while (j >= 0 && LINKS.has(tokens[j].word)) {
      linked = true;
      j--;
    }
    // "Solid" told of the light is its state, not a judgement: "the light is solid red", "the LED is solid".
    if (tokens[i].word === 'solid' && (isColourWord(tokens[i + 1]?.word) || LIGHT_WORDS.has(tokens[j]?.word))) continue;
    // Unlinked, only a judgement right after what it tells of, in a list of checks: "wifi fine, power fine".
    if (!linked) {
      if (!JUDGED.has(tokens[i].word)) continue;
      for (let k = i - 1; k >= Math.max(0, i - 2) && CHECKED.has(tokens[k].word); k--) tokens[k].denied = true;
      continue;
    }
    for (let k = j, n = 0; k >= 0 && n < MAX_DENIAL_BACK && !tokens[k].punct && !BREAKS.has(tokens[k].word); k--, n++) tokens[k].denied = true;
  }
}
