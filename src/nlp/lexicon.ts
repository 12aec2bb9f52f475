/**
 * English words the typo corrector must leave alone ("know" is not a typo of "known", "loft" not
 * of "lost"): the ~43k lower-case words of the English lexicon that ships with natural's Brill
 * POS tagger. Read once (about 50 ms) by scanning the file's keys, not by parsing the JSON.
 */
import { readFileSync } from 'node:fs';

const LEXICON = 'natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json';
let words: Set<string> | undefined;

export function englishWords(): ReadonlySet<string> {
  if (words) return words;
  words = new Set<string>();
  try {
    // V8 makes a match of 13 or more characters a slice of the text, which would keep the whole 4 MB
    // alive beside the set: those words are decoded from the bytes on their own.
    const bytes = readFileSync(require.resolve(LEXICON));
    const text = bytes.toString('latin1');
    const key = /"([a-z]+)":/g;
    for (let m = key.exec(text); m !== null; m = key.exec(text)) {
      const word = m[1];
      words.add(word.length < 13 ? word : bytes.toString('latin1', m.index + 1, m.index + 1 + word.length));
    }
  } catch {
    // Without the lexicon typo correction is only less careful; nothing else depends on it.
  }
  return words;
}
