/**
 * Hardware by elimination: the usual fixes tried on two or more fronts and the light still red
 * ("new adapter, new cable, reset twice, still red", "rebooted the router, reinstalled the app,
 * swapped the adapter, nothing helps"). What was ruled out is no longer the first thing to check.
 */
import { PhraseMatcher, type Phrase } from './phrases';
import type { Preprocessor, Token } from './preprocess';

export class Elimination {
  private readonly fixes: { front: string; phrase: Phrase }[];
  private readonly persists: Phrase[];
  private readonly matcher: PhraseMatcher;

  /**
   * @param fixes per front (power, network, the reset...), the ways to say a fix was tried on it
   * @param persists the ways to say the trouble outlasted them ("still", "no luck")
   */
  constructor(pre: Preprocessor, fixes: Readonly<Record<string, readonly string[]>>, persists: readonly string[]) {
    this.matcher = new PhraseMatcher(pre);
    this.fixes = Object.entries(fixes).flatMap(([front, texts]) => this.matcher.phrases(texts).map((phrase) => ({ front, phrase })));
    this.persists = this.matcher.phrases(persists);
  }

  private found(tokens: readonly Token[], phrase: Phrase): boolean {
    return this.matcher.find(tokens, phrase, true).some((hit) => hit.every((i) => !tokens[i].negated));
  }

  /** Fixes tried on two or more fronts, and the trouble still there. */
  ruledOut(tokens: readonly Token[]): boolean {
    // Saying the trouble outlasted the fixes is often a denial itself ("none of it helped").
    if (!this.persists.some((p) => this.matcher.find(tokens, p, true).length > 0)) return false;
    const stems = new Set(tokens.map((t) => t.stem));
    const fronts = new Set<string>();
    for (const { front, phrase } of this.fixes) {
      if (!fronts.has(front) && stems.has(phrase.stems[0]) && this.found(tokens, phrase)) fronts.add(front);
      if (fronts.size >= 2) return true;
    }
    return false;
  }
}
