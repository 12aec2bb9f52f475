/**
 * The details a hand-over to support asks for that the analyzer's entities do not cover: a serial
 * number, a model name that is not (yet) in the model list, a bare version number, and answers that
 * say the detail is not known ("I don't know", "dunno", "I can't find the label").
 *
 * Pure text functions: no state, no bot SDK.
 */

/** Firmware versions ("1.3.9 Build 230315 Rel.59017n"): their digits are not a serial number. */
const VERSION = /\bv?\d{1,3}(?:\.\d{1,4}){1,3}(?:\s*(?:build|bld)\.?\s*\d{4,8})?(?:\s*rel\.?\s*\d+[a-z]?)?/gi;
/** "S/N: ...", "serial number is ...", "SN 2231...": what follows the label. */
const LABEL = /\b(?:s\s?\/\s?n|sn|serial(?:\s*(?:number|no\.?|num|#))?)\s*(?:is|was|:|#|=|-)?\s*/i;
/** One run of letters and digits, dashes allowed inside. */
const TOKEN = /[a-z0-9]+(?:-[a-z0-9]+)*/gi;
/** Letters and digits typed in groups for reading ease: "2231 4567 8901 2". */
const GROUPED = /^[a-z0-9]+(?:[\s-]+[a-z0-9]+)+$/i;

const LABEL_G = new RegExp(LABEL.source, 'gi');
/** Longest group of a serial number typed in groups. */
const GROUP = 6;

const digits = (s: string) => s.replace(/\D/g, '').length;

/**
 * What follows a label: one long token as written, or short groups that hold digits, joined
 * ("S/N 2231 4567 8901 2 on the box" -> "2231456789012").
 */
function afterLabel(text: string): string | undefined {
  for (const label of text.matchAll(LABEL_G)) {
    const groups: string[] = [];
    for (const [token] of text.slice((label.index ?? 0) + label[0].length).matchAll(TOKEN)) {
      if (digits(token) === 0 || (groups.length > 0 && token.length > GROUP)) break;
      groups.push(token);
      if (token.length > GROUP) break;
    }
    const joined = groups.join('');
    if (joined.length >= 5 && digits(joined) >= 3) return joined.toUpperCase();
  }
  return undefined;
}

/**
 * A serial-number-like token in `text`, upper-cased, or undefined. A labelled one ("S/N ...") is
 * taken as written; otherwise a run of 8 to 24 letters and digits with at least 5 digits. When the
 * serial number is what was just asked, shorter runs (6+ characters, 4+ digits) count too, and so
 * does an answer that is nothing but groups of letters and digits.
 */
export function findSerial(text: string, asked = false): string | undefined {
  const rest = text.replace(VERSION, ' ');
  const labelled = afterLabel(rest);
  if (labelled) return labelled;
  const [minLength, minDigits] = asked ? [6, 4] : [8, 5];
  const fits = (plain: string) => plain.length >= minLength && plain.length <= 24 && digits(plain) >= minDigits;
  for (const [token] of rest.matchAll(TOKEN)) {
    if (fits(token.replace(/-/g, ''))) return token.toUpperCase();
  }
  const whole = rest.trim();
  if (asked && GROUPED.test(whole) && whole.split(/[\s-]+/).every((g) => digits(g) > 0)) {
    const joined = whole.replace(/[\s-]+/g, '');
    if (fits(joined)) return joined.toUpperCase();
  }
  return undefined;
}

/** Shaped like a Tapo model name (letters, digits, maybe letters: "C260", "TC65", "P110M"). */
const MODEL_LIKE = /(?<![\p{L}\p{N}])([a-z]{1,3})-?(\d{2,4})([a-z]{0,3})(?![\p{L}\p{N}])/iu;

/** A model-like name in `text`, upper-cased without spaces or dashes, or undefined. */
export function findModelLike(text: string): string | undefined {
  const m = MODEL_LIKE.exec(text.replace(VERSION, ' '));
  return m ? `${m[1]}${m[2]}${m[3]}`.toUpperCase() : undefined;
}

const BARE_VERSION = /(?<![\p{L}\p{N}.])v?(\d{1,3}(?:\.\d{1,4}){1,3})(?:\s*(?:build|bld)\.?\s*\d{4,8})?(?![\p{N}])/iu;

/** A version number written on its own ("1.2", "v2.0.1"), for when the firmware was just asked. */
export function findVersion(text: string): string | undefined {
  const m = BARE_VERSION.exec(text);
  return m ? m[0].replace(/^v/i, '').trim() : undefined;
}

const NOT_KNOWN = [
  /\b(?:i\s+)?(?:do\s*n[o']?t|don't|dont|did\s*n[o']?t|didn't|can\s*n[o']?t|can't|cant|could\s*n[o']?t|couldn't|cannot)\s+(?:really\s+)?(?:know|remember|recall|find|see|read|have|get|tell|locate|access|check|reach)\b/i,
  /\b(?:have|has)\s*n[o']?t\s+(?:got|a\s+clue|any\s+idea)\b/i,
  /\bhaven't\s+(?:got|a\s+clue|any\s+idea)\b/i,
  /\b(?:dunno|donno|idk|unknown|unsure|n\/a|no\s+idea|no\s+clue|not\s+sure|no\s+label|no\s+sticker|no\s+box|not\s+known)\b/i,
  /\b(?:forgot|forgotten|lost|threw\s+away)\b.*\b(?:box|label|sticker|number|it)\b/i,
  /\b(?:worn\s+off|rubbed\s+off|faded|unreadable|illegible)\b/i,
  /^\s*(?:skip|pass|none|nothing|no|nope|nah|\?+|-+)\s*[.!]*\s*$/i,
];

/** The answer says the detail is not known or not to hand: the question counts as skipped. */
export function saysNotKnown(text: string): boolean {
  return NOT_KNOWN.some((re) => re.test(text));
}
