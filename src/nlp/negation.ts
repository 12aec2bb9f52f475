/**
 * Negation scope: "no power cut", "not after an update", "never moved it", "without any storm".
 * A cue negates the words after it up to the end of the clause (punctuation, "but", "and then",
 * "because", ...) or at most MAX_SCOPE words. Negated words are not evidence for an event or a
 * cause; the classifiers see them as separate "!stem" features.
 */

const CUES = new Set(['no', 'not', 'never', 'without', 'nothing', 'none', 'nor', 'neither', 'nobody', 'nope', 'hardly', 'barely', 'zero']);
/** Words that end a negation scope. */
const BREAKS = new Set(['but', 'however', 'though', 'although', 'yet', 'because', 'since', 'so', 'and', 'or', 'which', 'while', 'when', 'except', 'instead', 'then', 'now', 'still', 'just', 'only']);
const MAX_SCOPE = 4;

export interface NegatableToken {
  word: string;
  punct: boolean;
  negated: boolean;
}

export function isNegationCue(word: string): boolean {
  return CUES.has(word);
}

export function markNegation(tokens: NegatableToken[]): void {
  let remaining = 0;
  for (const t of tokens) {
    if (t.punct || BREAKS.has(t.word)) {
      remaining = 0;
      continue;
    }
    if (CUES.has(t.word)) {
      // "not only", "no longer" keep their meaning as phrases; the cue itself is never negated.
      remaining = MAX_SCOPE;
      continue;
    }
    if (remaining > 0) {
      t.negated = true;
      remaining--;
    }
  }
}
