/**
 * Is the text a question ("is reseting risky?", "how do i reset it") rather than a description
 * ("it blinks red since the storm")? Punctuation first, then how the sentence opens.
 */
import type { Token } from './preprocess';

const QUESTION_OPENERS = new Set([
  'what', 'whats', 'why', 'how', 'when', 'where', 'which', 'who', 'whom', 'whose', 'wat', 'wut',
  'is', 'are', 'am', 'was', 'were', 'can', 'could', 'should', 'would', 'will', 'do', 'does', 'did',
  'may', 'might', 'shall', 'has', 'have', 'had', 'must', 'any', 'anyone', 'anybody',
]);
/** Openers that ask without a question mark: "tell me why...", "I want to know if...". */
const ASKING = [
  /\b(tell|show) me\b/,
  /\b(want|need|like) to (know|understand|find out)\b/,
  /\bi wonder\b/,
  /\bwondering\b/,
  /\bany (idea|ideas|tips|advice)\b/,
  /\bexplain\b/,
  /\bis there (a|any) way\b/,
  /\bhow (do|can|should|to)\b/,
  /\bwhat (does|do|is|should|if|happens|are)\b/,
  /^(por ?que|que|como|cuando|pourquoi|comment|quoi|warum|wie|was|perche|come)\b/,
];
/** Words that open a question only when followed by a subject: "is it", "can i", "does the". */
const SUBJECTS = new Set(['it', 'i', 'you', 'the', 'my', 'this', 'that', 'there', 'a', 'an', 'we', 'tapo', 'camera', 'resetting', 'updating', 'they']);
const AUX = new Set(['is', 'are', 'am', 'was', 'were', 'can', 'could', 'should', 'would', 'will', 'do', 'does', 'did', 'may', 'might', 'shall', 'has', 'have', 'had', 'must']);
/**
 * Words a question may open with before it asks: "hi, is it safe", "so how do I", "for how many
 * seconds", "quick question: where is".
 */
const LEAD_IN = new Set(['hi', 'hello', 'hey', 'ok', 'okay', 'so', 'and', 'but', 'also', 'please', 'pls', 'um', 'umm', 'uh', 'well', 'then', 'for', 'in', 'on', 'at', 'to', 'by', 'with', 'quick', 'question', 'sorry', 'excuse', 'me', 'thanks', 'yes', 'yeah', 'no', 'right', 'alright', 'just']);
const HAVE = new Set(['has', 'have', 'had']);
const REPORTED = new Set(['a', 'an', 'no', 'been', 'to', 'this', 'that']);
/** Question words that open a later clause as a question ("it shows offline, what can I do") when an auxiliary follows. */
const CLAUSE_OPENERS = new Set(['what', 'how', 'why', 'where']);

/** Is the clause that starts at `words[i]` phrased as a question? */
function asks(words: readonly Token[], i: number): boolean {
  const first = words[i].word;
  const next = words[i + 1]?.word;
  // "had a blackout", "has no light": a report with its subject left out.
  if (HAVE.has(first) && next !== undefined && REPORTED.has(next)) return false;
  if (AUX.has(first)) return next !== undefined && (SUBJECTS.has(next) || words.length - i <= 6);
  // "when I plug it in it blinks" tells; "when should I", "when to call" asks.
  if (first === 'when') return next !== undefined && (AUX.has(next) || next === 'to');
  return QUESTION_OPENERS.has(first);
}

export function isQuestion(normalised: string, tokens: readonly Token[]): boolean {
  if (normalised.includes('?') || normalised.includes('¿')) return true;
  const words = tokens.filter((t) => !t.punct);
  if (words.length === 0) return false;
  let i = 0;
  while (i < words.length - 1 && LEAD_IN.has(words[i].word)) i++;
  if (asks(words, i)) return true;
  for (const re of ASKING) if (re.test(normalised)) return true;
  // A later clause: "the app says offline, what can I do", "it blinks red. why does it do that".
  for (let k = 1; k < tokens.length - 2; k++) {
    if (!tokens[k].punct || tokens[k].word === '(') continue;
    const w = tokens[k + 1];
    const aux = tokens[k + 2];
    if (!w.punct && CLAUSE_OPENERS.has(w.word) && !aux.punct && (AUX.has(aux.word) || aux.word === 'now' || aux.word === 'next')) return true;
  }
  return false;
}
