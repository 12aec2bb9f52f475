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

export function isQuestion(normalised: string, tokens: readonly Token[]): boolean {
  if (normalised.includes('?') || normalised.includes('¿')) return true;
  const words = tokens.filter((t) => !t.punct);
  if (words.length === 0) return false;
  const first = words[0].word;
  if (AUX.has(first)) return words.length > 1 && (SUBJECTS.has(words[1].word) || words.length <= 6);
  if (QUESTION_OPENERS.has(first)) return true;
  for (const re of ASKING) if (re.test(normalised)) return true;
  return false;
}
