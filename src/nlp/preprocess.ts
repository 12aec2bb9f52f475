import { escapeRegExp, isPunctuation, joinFragments, normalise, NOT_ASCII, stem, tokenize } from './text';
import { SpellCorrector } from './spell';
import { isNegationCue, markNegation } from './negation';

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
  /** Said not to be the trouble ("the wifi is fine", "it's not the router"): no evidence at all. */
  denied: boolean;
  /** Clause punctuation (. , ; : ! ? parentheses); carries no meaning of its own. */
  punct: boolean;
}

export interface Processed {
  text: string;
  normalised: string;
  tokens: Token[];
}

/** One or two digits: a small count, or an hour or minutes of a time of day. */
const DIGITS = /^\d{1,2}$/;
const CLOCK = '#clock';
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'once', 'twice', 'thrice', 'couple', 'few', 'several']);

/**
 * Numbers by shape: small counts look alike ("3 blinks" is "three blinks"), and so do version
 * numbers ("1.3.9", "15.04") and other numbers.
 */
function numberStem(word: string): string | undefined {
  if (NUMBER_WORDS.has(word) || DIGITS.test(word)) return '#n';
  if (/^\d+(?:\.\d+)+$/.test(word)) return '#v';
  if (/^\d+$/.test(word)) return '#num';
  return undefined;
}

/** Words that must never be "corrected" into a vocabulary word one edit away. */
const PROTECTED = new Set(['hot', 'not', 'now', 'how', 'new', 'few', 'red', 'bed', 'led', 'lit']);

/**
 * Text -> tokens. Built once from the words of every training text; typo correction only maps
 * unknown words onto that vocabulary.
 */
export interface PreprocessorOptions {
  /** Known words that are not in any training text (never "corrected"). */
  extraWords?: Iterable<string>;
  /** Real words that are never "corrected" (see lexicon.ts). */
  dictionary?: ReadonlySet<string>;
  /**
   * canonical -> variants: variants are rewritten to the canonical words before tokenizing. A
   * variant ending in "*" is a word's beginning, for languages whose endings vary ("kuum*").
   */
  synonyms?: Record<string, readonly string[]>;
}

const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
/** Variants with one first character above this many are grouped by their first two. */
const SPLIT_ABOVE = 100;
/** A variant ending so is a word's beginning, whatever ending follows ("kuum*" is "kuuma", "kuumana", "kuumeni"). */
const OPEN_END = '*';

/** The beginning a list entry stands for ("kuum*" -> "kuum"), or null when the entry is a whole word or phrase. */
export function beginningOf(entry: string): string | null {
  return entry.endsWith(OPEN_END) ? entry.slice(0, -OPEN_END.length) : null;
}
/**
 * Where a variant may be joined to the letters around it. Chinese, Japanese and Thai are written
 * without spaces between words: a variant is found inside a run of letters. Hebrew and Arabic join
 * prefixes and endings to a word ("והעשן", "and the smoke"; "ניצוצות", "sparks"); Korean particles
 * and Russian, Ukrainian, Greek, Georgian, Armenian and Tamil endings follow it ("연기가",
 * "дымится"), so a variant in them is a word's beginning. A variant found so is set apart as a
 * word of its own.
 */
const UNSPACED = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}';
const JOINED_BEFORE = new RegExp(`[${UNSPACED}\\p{Script=Hebrew}\\p{Script=Arabic}]`, 'u');
const JOINED_AFTER = new RegExp(`[${UNSPACED}\\p{Script=Hangul}\\p{Script=Cyrillic}\\p{Script=Greek}\\p{Script=Hebrew}\\p{Script=Arabic}\\p{Script=Georgian}\\p{Script=Armenian}\\p{Script=Tamil}]`, 'u');

const NONE: ReadonlySet<string> = new Set();

/** The words of a text typed with accents or in another script, as normalised ("ní" -> "ni"). */
function accentedWords(text: string): ReadonlySet<string> {
  if (!NOT_ASCII.test(text)) return NONE;
  const out = new Set<string>();
  for (const w of text.split(/[^\p{L}\p{M}\p{N}]+/u)) if (NOT_ASCII.test(w)) for (const x of tokenize(normalise(w))) out.add(x);
  return out;
}

/**
 * The variants by their first character, each group one sticky alternation, longest first, each
 * followed by `tail`: one alternation of every variant tried at every word would cost
 * milliseconds a text once there are thousands of them. A large group is split by the first two
 * characters (its one-character variants stay under the one); splitting every group would leave
 * thousands of small regular expressions to compile.
 */
function alternationsByStart(variants: readonly string[], tail: string): Map<string, RegExp> {
  const byFirst = new Map<string, string[]>();
  for (const v of [...variants].sort((a, b) => b.length - a.length)) {
    const group = byFirst.get(v[0]);
    if (group) group.push(v);
    else byFirst.set(v[0], [v]);
  }
  const byStart = new Map<string, string[]>();
  for (const [first, group] of byFirst) {
    for (const v of group) {
      const start = group.length > SPLIT_ABOVE ? startOf(v, 0) : first;
      const patterns = byStart.get(start);
      const pattern = escapeRegExp(v).replace(/\s+/g, '\\s+');
      if (patterns) patterns.push(pattern);
      else byStart.set(start, [pattern]);
    }
  }
  const out = new Map<string, RegExp>();
  for (const [start, patterns] of byStart) {
    const end = JOINED_AFTER.test(start[0]) ? '' : '(?![\\p{L}\\p{M}\\p{N}])';
    out.set(start, new RegExp(`(?:${patterns.join('|')})${tail}${end}`, 'uy'));
  }
  return out;
}

/** The first two characters of `text` from `at`, a space for any white space. */
function startOf(text: string, at: number): string {
  return text.slice(at, at + 2).replace(/\s/, ' ');
}

/** Whether the character at `at` is a letter or a digit (the ASCII ones without a regular expression). */
function isLetterOrDigit(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(at) ?? c));
}

/** Whether the character at `at` is white space. */
function isSpace(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(text[at]));
}

/** White space a variant does not have: a run of it, or other than one plain space. */
const UNUSUAL_SPACE = /\s\s|[^\S ]/;

/** Where the run of letters and digits from `at` ends. */
function wordEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && isLetterOrDigit(text, end)) end++;
  return end;
}

/** The variant matched at `at` by the alternation for the text's start there (two characters, then one), if any. */
function matchAt(byStart: ReadonlyMap<string, RegExp>, text: string, at: number): string | undefined {
  return stickyAt(byStart.get(startOf(text, at)), text, at) ?? stickyAt(byStart.get(text[at]), text, at);
}

/** What `re` matches exactly at `at`, if anything. */
function stickyAt(re: RegExp | undefined, text: string, at: number): string | undefined {
  if (re === undefined) return undefined;
  re.lastIndex = at;
  return re.exec(text)?.[0];
}

export class Preprocessor {
  readonly speller: SpellCorrector;
  /**
   * Variants in scripts whose words join or run together (Chinese, Cyrillic endings, Arabic
   * prefixes), one alternation per start (`alternationsByStart`); the rest are looked up word by
   * word in `canonical`, which costs no regular expression to compile.
   */
  private readonly synonymsAt: Map<string, RegExp>;
  /** The same for the variants that are a word's beginning. */
  private readonly beginningsAt: Map<string, RegExp>;
  /** The first word of each variant looked up word by word, with the length of the longest variant it starts. */
  private readonly firstWords = new Map<string, number>();
  private readonly canonical = new Map<string, string>();
  /** Variants written as a word's beginning ("kuum*": "kuuma", "kuumana"), with their canonical words. */
  private readonly beginnings = new Map<string, string>();

  constructor(vocabularyTexts: Iterable<string>, options: PreprocessorOptions = {}) {
    const closed: string[] = [];
    for (const [canon, list] of Object.entries(options.synonyms ?? {})) {
      const normalisedCanon = normalise(canon);
      for (const v of list) {
        const begins = beginningOf(v);
        const key = normalise(begins ?? v)
          .trim()
          .replace(/\s+/g, ' ');
        if (!key || key === canon) continue;
        if (begins !== null) {
          if (!this.beginnings.has(key)) this.beginnings.set(key, normalisedCanon);
        } else {
          this.canonical.set(key, normalisedCanon);
          if (JOINED_BEFORE.test(key[0]) || JOINED_AFTER.test(key[0])) closed.push(key);
          else {
            const first = key.slice(0, wordEnd(key, 0));
            this.firstWords.set(first, Math.max(this.firstWords.get(first) ?? 0, key.length));
          }
        }
      }
    }
    this.synonymsAt = alternationsByStart(closed, '');
    // One class of letters after the whole alternation, not one per variant: thousands of Unicode
    // classes would cost the regex compiler most of a second.
    this.beginningsAt = alternationsByStart([...this.beginnings.keys()], '[\\p{L}\\p{M}]*');
    const words: string[] = [];
    for (const t of vocabularyTexts) for (const w of tokenize(this.rewrite(normalise(t)))) if (!isPunctuation(w)) words.push(w);
    for (const w of [...this.canonical.values(), ...this.beginnings.values()]) for (const x of tokenize(w)) words.push(x);
    for (const w of options.extraWords ?? []) for (const x of tokenize(normalise(w))) words.push(x);
    this.speller = new SpellCorrector(words, { dictionary: options.dictionary });
  }

  /**
   * The longest variant looked up word by word that `text` has at `at`, ending where a word ends
   * (white space inside it as written), or undefined.
   */
  private wholeWordsAt(text: string, at: number): string | undefined {
    const first = wordEnd(text, at);
    const longest = this.firstWords.get(text.slice(at, first));
    if (longest === undefined) return undefined;
    let found: string | undefined;
    // The span's length with each run of white space counted once, as in a variant.
    let length = first - at;
    for (let end = first; end <= text.length && length <= longest; end++) {
      if (end > first && !(isSpace(text, end - 1) && isSpace(text, end - 2))) length++;
      if (end < text.length && isLetterOrDigit(text, end)) continue;
      const span = text.slice(at, end);
      if (this.canonical.has(UNUSUAL_SPACE.test(span) ? span.replace(/\s+/g, ' ') : span)) found = span;
    }
    return found;
  }

  /** The canonical words of the longest beginning `found` starts with. */
  private canonicalOfBeginning(found: string): string | undefined {
    for (let n = found.length; n > 0; n--) {
      const canonical = this.beginnings.get(found.slice(0, n));
      if (canonical !== undefined) return canonical;
    }
    return undefined;
  }

  /** Synonyms and other languages' words onto the words the training data uses. */
  private rewrite(normalised: string): string {
    let out = '';
    let done = 0;
    for (let i = 0; i < normalised.length; i++) {
      if (i > 0 && !JOINED_BEFORE.test(normalised[i]) && isLetterOrDigit(normalised, i - 1)) continue;
      const m = this.wholeWordsAt(normalised, i) ?? matchAt(this.synonymsAt, normalised, i) ?? matchAt(this.beginningsAt, normalised, i);
      if (m === undefined) continue;
      const found = m.replace(/\s+/g, ' ');
      const canonical = this.canonical.get(found) ?? this.canonicalOfBeginning(found) ?? m;
      const joined = JOINED_BEFORE.test(m[0]) || JOINED_AFTER.test(m[0]);
      out += normalised.slice(done, i) + (joined ? ` ${canonical} ` : canonical);
      done = i + m.length;
      i = done - 1;
    }
    return done === 0 ? normalised : out + normalised.slice(done);
  }

  /** The stems of the words of `texts`, punctuation aside (content lists matched stem by stem). */
  stems(texts: readonly string[]): Set<string> {
    return new Set(texts.flatMap((w) => this.process(w).tokens.filter((t) => !t.punct).map((t) => t.stem)));
  }

  process(text: string): Processed {
    const normalised = this.rewrite(joinFragments(normalise(text)));
    const raw = tokenize(normalised);
    const tokens: Token[] = new Array(raw.length);
    for (let i = 0; i < raw.length; i++) {
      const surface = raw[i];
      const punct = isPunctuation(surface);
      const word = punct || PROTECTED.has(surface) ? surface : this.speller.correct(surface);
      tokens[i] = { surface, word, stem: punct ? surface : numberStem(word) ?? stem(word), negated: false, denied: false, punct };
    }
    // "07:30" is a time of day, not a count ("two work", "3 are fine").
    for (let i = 1; i + 1 < raw.length; i++) {
      if (raw[i] === ':' && DIGITS.test(raw[i - 1]) && DIGITS.test(raw[i + 1])) tokens[i - 1].stem = tokens[i + 1].stem = CLOCK;
    }
    // Which words were typed with accents matters only for a word that reads as a negation cue.
    markNegation(tokens, tokens.some((t) => isNegationCue(t.word)) ? accentedWords(text) : NONE);
    return { text, normalised, tokens };
  }
}
