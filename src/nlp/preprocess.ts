import { isPunctuation, normalise, stem, tokenize } from './text';
import { SpellCorrector } from './spell';
import { markNegation } from './negation';

/** One word of an utterance after normalising, typo correction and stemming. */
export interface Token {
  /** As typed, lower-cased. */
  surface: string;
  /** After typo correction against the known vocabulary. */
  word: string;
  /** Porter stem of `word`. */
  stem: string;
  /** Inside the scope of a negation ("no power cut": power, cut). */
  negated: boolean;
  /** Clause punctuation (. , ; : ! ? parentheses); carries no meaning of its own. */
  punct: boolean;
}

export interface Processed {
  text: string;
  normalised: string;
  tokens: Token[];
}

/** Words that must never be "corrected" into a vocabulary word one edit away. */
const PROTECTED = new Set(['hot', 'not', 'now', 'how', 'new', 'few', 'red', 'bed', 'led', 'lit']);

/**
 * Text -> tokens. Built once from the words of every training text; typo correction only maps
 * unknown words onto that vocabulary.
 */
export class Preprocessor {
  readonly speller: SpellCorrector;

  constructor(vocabularyTexts: Iterable<string>, extraWords: Iterable<string> = []) {
    const words: string[] = [];
    for (const t of vocabularyTexts) for (const w of tokenize(normalise(t))) if (!isPunctuation(w)) words.push(w);
    for (const w of extraWords) words.push(w);
    this.speller = new SpellCorrector(words);
  }

  process(text: string): Processed {
    const normalised = normalise(text);
    const raw = tokenize(normalised);
    const tokens: Token[] = new Array(raw.length);
    for (let i = 0; i < raw.length; i++) {
      const surface = raw[i];
      const punct = isPunctuation(surface);
      const word = punct || PROTECTED.has(surface) ? surface : this.speller.correct(surface);
      tokens[i] = { surface, word, stem: punct ? surface : stem(word), negated: false, punct };
    }
    markNegation(tokens);
    return { text, normalised, tokens };
  }
}
