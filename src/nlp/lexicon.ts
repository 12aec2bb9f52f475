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
    const text = readFileSync(require.resolve(LEXICON), 'utf8');
    const key = /"([a-z]+)":/g;
    for (let m = key.exec(text); m !== null; m = key.exec(text)) words.add(m[1]);
  } catch {
    // Without the lexicon typo correction is only less careful; nothing else depends on it.
  }
  return words;
}
