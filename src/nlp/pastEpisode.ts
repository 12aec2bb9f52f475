/**
 * Trouble of the past, mended: owners often tell a device's history before what is wrong now ("In
 * 2022 it went red after we changed router, re-added it and all fine. Now it blinks fast."). A
 * sentence that is set in the past, says the trouble was mended, and says nothing of now is that
 * history: what happened in it is no event of today's trouble and no evidence of its cause.
 */
import { PhraseMatcher, type Phrase } from './phrases';
import type { Preprocessor, Token } from './preprocess';

/** The words of each part of the reading; see `PastEpisodes`. */
export interface PastEpisodeWords {
  /** set in the past: "last year", "years ago", "back then"; a year ("in 2022") is too */
  past: readonly string[];
  /** the trouble was mended: "fixed it", "re-added it", "all fine" */
  mended: readonly string[];
  /** told of now, or of trouble that lasted: "now", "since then", "until last week" */
  now: readonly string[];
}

/** A year as people write one in a device's history: "2019", "in 2022". */
const YEAR = /^(19|20)\d\d$/;

/**
 * Verbs in the present tense, as typed (stems lose the tense: "blinks" and "blinked" share one): a
 * sentence that says how things are is told of now ("it's been fine since 2022, but it blinks").
 */
const PRESENT = new Set(['is', 'are', 'am', 'does', 'do', 'will', 'can', 'blinks', 'flashes', 'flickers', 'glows', 'shows', 'keeps', 'stays', 'goes', 'comes', 'drops', 'works', 'says']);

export class PastEpisodes {
  private readonly matcher: PhraseMatcher;
  private readonly past: Phrase[];
  private readonly mended: Phrase[];
  private readonly now: Phrase[];

  constructor(pre: Preprocessor, words: PastEpisodeWords) {
    this.matcher = new PhraseMatcher(pre);
    this.past = this.matcher.phrases(words.past);
    this.mended = this.matcher.phrases(words.mended);
    this.now = this.matcher.phrases(words.now);
  }

  /** Whether `sentence` tells trouble of the past that was mended, and nothing of now. */
  tellsMended(sentence: readonly Token[]): boolean {
    const namesAYear = sentence.some((t) => YEAR.test(t.word));
    const setInThePast = namesAYear || this.matcher.saysAny(sentence, this.past, true);
    if (!setInThePast || sentence.some((t) => PRESENT.has(t.word))) return false;
    return this.matcher.saysAny(sentence, this.mended, true) && !this.matcher.saysAny(sentence, this.now, true);
  }
}
