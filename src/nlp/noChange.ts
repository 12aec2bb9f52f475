/**
 * "Nothing changed": does the text say that nothing changed before the trouble started ("my C100
 * blinks red since yesterday, nothing changed", "no changes recently", "I did not change anything",
 * "same setup as always")? The intake then need not ask "did anything change?".
 *
 * Read clause by clause (split at punctuation). A clause does not count when it asks ("did anything
 * change?", "what if nothing changed?"), is a condition ("if nothing changed, ..."), or makes an
 * exception ("nothing changed except the router"). Some phrasings are also how people report that
 * a fix made no difference ("I restarted it and nothing changed"): those count only when the text
 * reports no attempt at a fix. Whether an event is also stated is the analyzer's to weigh.
 */
import type { Token } from './preprocess';

/** Say on their own that the user changed nothing. */
const CLEAR: readonly RegExp[] = [
  // "I did not change anything", "we haven't touched a thing", "never moved anything"
  /\b(not|never) (really |actually |even )?(change|changed|touch|touched|alter|altered|modify|modified|move|moved|adjust|adjusted) (anything|a thing|a single thing|any settings?|something)\b/,
  // "nobody changed anything", "no one has touched anything"
  /\b(nobody|no one|noone|none of us) (has |have |had )?(changed|touched|altered|modified|moved) (anything|a thing)\b/,
  // "I changed nothing", "we touched nothing"
  /\b(changed|touched|altered|modified) nothing\b/,
  // "nothing has been changed", "nothing was changed recently", "nothing changed at home"
  /\bnothing (has |had |was )been (changed|altered|touched|modified)\b/,
  /\bnothing was (changed|altered|touched|modified)\b/,
  /\bnothing (has |had )?(changed|is different|was different) (recently|lately|at home|in the house|here|before|beforehand|on my end|on our end|on my side|on our side|with the setup|in the setup|in my setup|to the setup|to my setup|to the network|with the network|with the wifi|to the wifi)\b/,
  // "no changes recently", "no recent changes", "no changes at home"
  /\bno (recent )?changes? (recently|lately|at home|in the house|here|before|beforehand|on my end|on our end|on my side|to the setup|to my setup|in the setup|with the setup|to the network|to the wifi|to anything|at all|that i know of|as far as i know)\b/,
  /\bno recent changes?\b/,
  // "same setup as always", "the same settings"; "same as always", "everything is the same as ever"
  // as a clause of its own ("the router is the same as always" says only the router is)
  /\bsame (setup|set up|settings|configuration|config)\b/,
  /^((so|and|but|well|ok|okay) )?((everything|all|things) (is |are |was |were |has been |have been )?(still )?)?(the )?same as (always|ever|usual)\b/,
  // "I didn't change the router or anything"
  /\b(not|never) (change|changed|touch|touched|move|moved) ([\w']+ ){0,4}or anything\b/,
  // "I don't think anything changed", "not aware of any changes"
  /\bnot think (anything|something) (has |had )?(changed|been changed)\b/,
  /\bnot (aware of|know of) any changes?\b/,
  // "nothing happened before it started", "nothing unusual happened"
  /\bnothing (unusual |special |in particular )?happened (before|beforehand|prior)\b/,
  /\bnothing (unusual|special|out of the ordinary) (happened|changed)\b/,
  // A few other languages: "no ha cambiado nada", "nada ha cambiado", "rien n'a change", "nichts geandert"
  // (The synonyms may already have made "cambiado" and "geandert" "changed", and "n'a" is "n a".)
  /\bno (he|ha|hemos|han) (cambiado|changed) nada\b/,
  /\bnada (ha )?(cambiado|changed)\b/,
  /\brien (n'?\s?a |n'?\s?a pas |a )?change\b/,
  /\bnichts (hat sich |wurde )?(geandert|verandert|changed)\b/,
];

/** Say it too, but are also how people report that a fix made no difference. */
const LIKE_AN_OUTCOME: readonly RegExp[] = [
  /\bnothing (has |had |is )?(changed|different|new)\b/,
  /\bno changes?\b/,
  /\b(everything|all) (is |was |has been |is still |has stayed |stayed |remains |looks )?(the same|unchanged|untouched|as (it was|usual|always|before))\b/,
];

/** A fix the user reports having tried: then "nothing changed" may be how it went. */
const ATTEMPT = /\b(restart|restarted|restarting|reboot|rebooted|rebooting|reset|resetting|unplugged|unplugging|replugged|plugged it|power cycled|powercycled|tried|trying|did that|did it|done that|done it|followed|reinstalled|updated it|after (the|a|i|we|doing|restarting|resetting|rebooting|unplugging))\b/;

/** A word every phrasing above needs one of (typo-corrected or as typed). */
const CUE = /^(chang|touch|alter|modif|mov|adjust|same|unchanged|untouched|happen|differ|new$|everything|usual|always|cambia|nada|rien|nichts)/;

/** After "nothing changed": the one thing it is about. */
const ABOUT_ONE_THING = /^(with|to|about|on|in|for|at) (the|my|our|its|his|her|their|any|that|this)\b/;
/** Words before the phrase that make it a condition. */
const CONDITION = new Set(['if', 'whether', 'unless', 'suppose', 'assuming']);
/** Words after the phrase (or opening the next clause) that make an exception. */
const EXCEPTION = /^(except|apart from|besides|other than|save for|aside from)\b/;
const WH = new Set(['what', 'why', 'how', 'when', 'where', 'which', 'who', 'whats']);
const AUX = new Set(['did', 'does', 'do', 'has', 'have', 'had', 'is', 'was', 'were', 'are', 'could', 'can', 'should', 'would', 'will', 'might', 'may']);
/** After an auxiliary, these make a question ("did anything change", "has nothing changed"); "did not change" tells. */
const ASKED = new Set(['anything', 'something', 'nothing', 'you', 'it', 'the', 'my', 'i', 'we', 'there', 'anyone', 'somebody', 'someone', 'anybody', 'that', 'this']);
const LEAD_IN = new Set(['so', 'and', 'but', 'ok', 'okay', 'well', 'hi', 'hello', 'hey', 'also', 'then', 'oh', 'um']);

interface Clause {
  words: string[];
  surfaces: string[];
  /** The punctuation that ends it ('' at the end of the text). */
  end: string;
}

function clauses(tokens: readonly Token[]): Clause[] {
  const out: Clause[] = [];
  let cur: Clause = { words: [], surfaces: [], end: '' };
  for (const t of tokens) {
    if (t.punct && t.word !== '(' && t.word !== ')') {
      cur.end = t.word;
      if (cur.words.length > 0) out.push(cur);
      cur = { words: [], surfaces: [], end: '' };
    } else if (!t.punct) {
      cur.words.push(t.word);
      cur.surfaces.push(t.surface);
    }
  }
  if (cur.words.length > 0) out.push(cur);
  return out;
}

function asks(clause: Clause): boolean {
  if (clause.end === '?') return true;
  const w = clause.words;
  let i = 0;
  while (i < w.length - 1 && LEAD_IN.has(w[i])) i++;
  if (WH.has(w[i])) return true;
  return AUX.has(w[i]) && w[i + 1] !== undefined && ASKED.has(w[i + 1]);
}

/** Where in `text` (a clause's words joined by spaces) the first of `patterns` that matches does, or null. */
function find(patterns: readonly RegExp[], text: string): { at: number; end: number } | null {
  for (const re of patterns) {
    const m = re.exec(text);
    if (m) return { at: m.index, end: m.index + m[0].length };
  }
  return null;
}

/** True when a clause of the text states, not asks, that nothing changed before the trouble. */
export function saysNothingChanged(tokens: readonly Token[]): boolean {
  // Most texts say nothing of the kind: one look at the words settles those.
  if (!tokens.some((t) => CUE.test(t.word) || CUE.test(t.surface))) return false;
  const all = clauses(tokens);
  let attempted: boolean | undefined;
  for (let c = 0; c < all.length; c++) {
    const clause = all[c];
    for (const [kind, patterns] of [['clear', CLEAR], ['outcome', LIKE_AN_OUTCOME]] as const) {
      // Typo-corrected words first; the words as typed for the other languages' phrases.
      let text = clause.words.join(' ');
      let hit = find(patterns, text);
      if (!hit) {
        text = clause.surfaces.join(' ');
        hit = find(patterns, text);
      }
      if (!hit) continue;
      if (asks(clause)) continue;
      const before = text.slice(0, hit.at).split(' ');
      if (before.some((w) => CONDITION.has(w))) continue;
      const after = text.slice(hit.end).trim();
      const next = all[c + 1]?.words.join(' ') ?? '';
      if (EXCEPTION.test(after) || EXCEPTION.test(next)) continue;
      if (kind === 'outcome') {
        // "nothing changed with the router": about one thing, not about everything.
        if (ABOUT_ONE_THING.test(after)) continue;
        attempted ??= ATTEMPT.test(tokens.map((t) => t.word).join(' '));
        if (attempted) continue;
      }
      return true;
    }
  }
  return false;
}
