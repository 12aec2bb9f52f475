import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { RegexpTokenizer } from 'natural/lib/natural/tokenizers/regexp_tokenizer';

/**
 * Words ("c200", "o'clock"), version numbers ("1.3.9", "16.04") and clause punctuation. Slashes,
 * hyphens and dots between letters split ("share/sync", "wi-fi", "last.fm").
 */
const tokenizer = new RegexpTokenizer({
  pattern: /\p{N}+(?:\.\p{N}+)+|[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*|[.,;:!?()]/gu,
  gaps: false,
});

/** Contractions written with an apostrophe: a text without one needs none of them. */
const CONTRACTIONS: [RegExp, string][] = [
  [/\bwon't\b/g, 'will not'],
  [/\bcan't\b/g, 'can not'],
  [/\bshan't\b/g, 'shall not'],
  [/\bain't\b/g, 'is not'],
  [/n't\b/g, ' not'],
  [/'re\b/g, ' are'],
  [/'m\b/g, ' am'],
  [/'ve\b/g, ' have'],
  [/'ll\b/g, ' will'],
  [/'d\b/g, ' would'],
  [/\b(it|that|what|there|here|who|where|how|he|she|let)'s\b/g, '$1 is'],
  [/'s\b/g, ''],
  // French and Italian elision: "l'eau", "n'est", "d'electricite", "dall'alimentatore" are two words.
  [/\b(l|d|j|m|n|s|t|c|qu|dall|dell|nell|sull|all|coll|quell|quest|un)'(?=\p{L})/gu, '$1 '],
];

/** Contractions typed without their apostrophe, and "cannot": spelt out as the apostrophe ones are. */
const APOSTROPHE_LESS: Record<string, string> = {
  cannot: 'can not',
  dont: 'do not',
  doesnt: 'does not',
  didnt: 'did not',
  isnt: 'is not',
  wasnt: 'was not',
  werent: 'were not',
  arent: 'are not',
  havent: 'have not',
  hasnt: 'has not',
  hadnt: 'had not',
  wont: 'will not',
  cant: 'can not',
  couldnt: 'could not',
  wouldnt: 'would not',
  shouldnt: 'should not',
};

const APOSTROPHE_LESS_RE = new RegExp(`\\b(?:${Object.keys(APOSTROPHE_LESS).join('|')})\\b`, 'g');

/** "5ghz" -> "5 ghz", "20mins" -> "20 mins"; model names ("c200") are letters first and stay whole. */
const UNIT_AFTER_NUMBER = /(\d)(ghz|mhz|g|gb|mb|tb|v|w|mah|min|mins|s|sec|secs|h|hr|hrs|am|pm|x|%)(?![\p{L}\p{N}])/gu;

/** A letter typed three or more times ("sooo slooow", "reallly") counts twice: the typo corrector does the rest. */
const STRETCHED = /(\p{L})\1{2,}/gu;

/**
 * Accents on the letters of these scripts are dropped ("é" is "e"). Elsewhere a mark is often a vowel
 * (Tamil, Hindi, Thai) or a sound (Japanese kana): dropping it would make different words one.
 */
const ACCENTED = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}])\p{M}+/gu;

/** Fragments ended by full stops: at least this many, and this share of them a word or two. */
const MIN_FRAGMENTS = 4;
const SHORT_FRAGMENT_SHARE = 0.75;
const FRAGMENT_END = /\.(?:\s+|$)/;

/**
 * A text told in fragments, a word or two each ("SLOW. RED. BLINKING. FOR. A. WEEK. NEW. ROUTER."),
 * read as one sentence: its full stops set apart words that belong together ("new router").
 */
export function joinFragments(text: string): string {
  const parts = text.split(FRAGMENT_END).filter((p) => p.trim() !== '');
  if (parts.length < MIN_FRAGMENTS) return text;
  const short = parts.filter((p) => p.trim().split(/\s+/).length <= 2).length;
  return short >= parts.length * SHORT_FRAGMENT_SHARE ? parts.join(' ') + (FRAGMENT_END.test(text.slice(-2)) ? '.' : '') : text;
}

/** A Tapo model read out by voice typing: "see two hundred" (C200), "pee one ten" (P110), "tea see sixty" (TC60); and "w p a three" (WPA3). */
const SPOKEN_LETTER: Record<string, string> = { see: 'c', sea: 'c', c: 'c', pee: 'p', p: 'p', dee: 'd', d: 'd', aitch: 'h', age: 'h', h: 'h' };
const SPOKEN_DIGIT: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const SPOKEN_TENS: Record<string, number> = { hundred: 0, ten: 10, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
// Not the verb: "I see two hundred alerts".
const SPOKEN_MODEL = new RegExp(`(?<!\\b(?:i|we|you|they|u|can|could|to|not) )\\b(${Object.keys(SPOKEN_LETTER).join('|')}) (${Object.keys(SPOKEN_DIGIT).join('|')}) (${Object.keys(SPOKEN_TENS).join('|')})\\b`, 'gi');
const SPOKEN_WPA = /\bw ?p ?a (two|three)\b/gi;
const SPOKEN_TC = /\b(?:tea|tee|t) (?:see|sea|c) (sixty|seventy|forty)\b/gi;

/** The text with models read out by voice typing written as models ("the see two hundred" -> "the c200"). */
export function spokenModels(s: string): string {
  const low = (w: string) => w.toLowerCase();
  return s
    .replace(SPOKEN_MODEL, (_, letter: string, digit: string, tens: string) => `${SPOKEN_LETTER[low(letter)]}${SPOKEN_DIGIT[low(digit)] * 100 + SPOKEN_TENS[low(tens)]}`)
    .replace(SPOKEN_TC, (_, tens: string) => `tc${SPOKEN_TENS[low(tens)]}`)
    .replace(SPOKEN_WPA, (_, version: string) => `wpa${low(version) === 'two' ? 2 : 3}`);
}

/** A character beyond ASCII: a text without one needs no accent, quote, dash or other script's punctuation folded. */
export const NOT_ASCII = /[^\p{ASCII}]/u;

/** Lower case without accents, quotes and dashes made one, other scripts' stops and commas ours. */
function foldUnicode(text: string): string {
  return text
    .normalize('NFKD')
    .replace(ACCENTED, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[\u3002\u0964\u0965]/g, '.')
    .replace(/[\u3001\u060c]/g, ',')
    .replace(/\u061f/g, '?')
    .replace(/\u061b/g, ';');
}

/** Lower-case, strip accents, unify quotes and dashes, expand contractions ("won't" -> "will not"), write models read out as models. */
export function normalise(text: string): string {
  let s = (NOT_ASCII.test(text) ? foldUnicode(text) : text.toLowerCase().replace(/`/g, "'")).replace(UNIT_AFTER_NUMBER, '$1 $2').replace(STRETCHED, '$1$1');
  if (s.includes("'")) for (const [pattern, replacement] of CONTRACTIONS) s = s.replace(pattern, replacement);
  return spokenModels(s.replace(APOSTROPHE_LESS_RE, (w) => APOSTROPHE_LESS[w] ?? w));
}

const WORD = /^[\p{L}\p{M}]+$/u;

/** Whether `w` is a word of letters only (a mark inside, as in Hindi or Tamil, is part of it): no number, model name or version. */
export function isWord(w: string): boolean {
  return WORD.test(w);
}

/** `s` as a literal inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regular expression alternation of phrases, lower-case, longest first, any run of spaces between their words: ["ring doorbell", "arlo"] -> "ring\\s+doorbell|arlo". */
export function phraseAlternation(phrases: readonly string[]): string {
  return phrases
    .map((p) => p.trim().toLowerCase())
    .filter((p) => p.length > 0)
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/\s+/g, '\\s+'))
    .join('|');
}

/** natural's RegexpTokenizer over normalised text: words, numbers and clause punctuation, in order. */
export function tokenize(normalised: string): string[] {
  return tokenizer.tokenize(normalised) ?? [];
}

/** Punctuation that ends a sentence: each sentence is evidence on its own. */
export const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?', ';']);

/** The units of time a number counts, as written: "three days", "six weeks", "2 hrs". */
export const DURATION_UNITS: readonly string[] = ['sec', 'secs', 'second', 'seconds', 'min', 'mins', 'minute', 'minutes', 'hour', 'hours', 'hr', 'hrs', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years'];

export function isPunctuation(token: string): boolean {
  return token.length === 1 && '.,;:!?()'.includes(token);
}

const stemCache = new Map<string, string>();

/** Porter stem (natural), memoised: the vocabulary of a support chat is small. */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /^[a-z]+$/.test(word) ? PorterStemmer.stem(word) : word;
    if (stemCache.size > 50000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

/** Function words that carry no topic; kept for bigrams and negation, skipped for char n-grams. */
export const STOPWORDS = new Set(
  (
    'a an the i me my mine we our you your it its this that these those is am are was were be been being ' +
    'have has had do does did to of in on at by for with from as and or so if then than too very just ' +
    'he she they them his her their there here would will shall should could can may might must'
  ).split(' '),
);
