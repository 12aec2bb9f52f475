/**
 * Power words told of the network's own boxes: "the router reboots itself at 4am", "the internet
 * went down for two days", "turned the router off for the weekend". The network dropped; the
 * device did not lose power, so these words are no evidence of its power (the analyzer scores the
 * power labels without them and every other label with them).
 */
import type { Preprocessor, Token } from './preprocess';

/** How many words after the router a power word may stand and still be told of it. */
const REACH = 6;
/** Words that make the router a move's destination, not what was moved: "moved it next to the router". */
const TOWARDS = new Set(['to', 'next', 'near', 'nearer', 'closer', 'by', 'beside', 'towards', 'toward', 'from', 'under', 'behind', 'on', 'above', 'below']);
/** How many words before the router a verb may stand and still act on it ("unplugged the old router"). */
const REACH_BEFORE = 3;
/** How many words after a word for moving the router may stand and still be what was moved ("put in a new router"). */
const MOVE_REACH = 4;
/** What a move onto a network goes onto ("onto the guest network", "to a separate SSID"), within a few words. */
const ONTO = new Set(['onto', 'on', 'to']);
const NETWORKS = new Set(['network', 'wifi', 'ssid', 'vlan', 'band']);
const ONTO_REACH = 4;
/** Endings of a verb's forms. */
const VERB_FORM = /(?:ed|ing)$/;

export interface NetworkPowerWords {
  devices: readonly string[];
  powerWords: readonly string[];
  /** Verbs that act on the router from before it: "unplugged the router", "keeps unplugging the modem". */
  actsBefore?: readonly string[];
  breaks: readonly string[];
}

export class NetworkPower {
  private readonly devices: ReadonlySet<string>;
  private readonly powerWords: ReadonlySet<string>;
  private readonly actsBefore: ReadonlySet<string>;
  /** Words that end what is told of the router: a conjunction, "it" (not "its"). */
  private readonly breaks: ReadonlySet<string>;
  /** A product's name ends it too ("the router came back but the cameras didn't"). */
  private readonly products: ReadonlySet<string>;

  /** @param productWords names of the product ("camera", "c200"): what follows them is told of it */
  constructor(pre: Preprocessor, words: NetworkPowerWords | undefined, productWords: readonly string[]) {
    this.devices = pre.stems(words?.devices ?? []);
    this.powerWords = pre.stems(words?.powerWords ?? []);
    this.actsBefore = pre.stems(words?.actsBefore ?? []);
    this.breaks = new Set((words?.breaks ?? []).map((w) => w.toLowerCase()));
    this.products = pre.stems(productWords.filter((w) => !w.includes(' ')));
  }

  /**
   * Whether the word at `i` acts on one of the network's boxes named within a few words after it,
   * before a break or a product's name: "put in a new router", "moved the modem to the loft".
   */
  actsOnRouter(tokens: readonly Token[], i: number): boolean {
    for (let j = i + 1; j < tokens.length && j <= i + MOVE_REACH; j++) {
      const t = tokens[j];
      // "moved next to the router": the router is where it went; "moved the router and the camera": both moved.
      if (this.ends(t) || TOWARDS.has(t.word)) return false;
      if (this.isBox(t)) return !tokens.slice(j + 1, j + 4).some((n) => this.products.has(n.stem));
    }
    return false;
  }

  /**
   * Whether the word at `i` moves something onto a network, not to a place: "moved the cameras onto
   * the guest network", "put it on the IoT SSID".
   */
  movesOntoNetwork(tokens: readonly Token[], i: number): boolean {
    for (let j = i + 1; j < tokens.length && j <= i + MOVE_REACH + 2; j++) {
      const t = tokens[j];
      // (What is moved is often the product itself: "moved the cameras onto ...".)
      if (t.punct || this.breaks.has(t.word)) return false;
      if (ONTO.has(t.word)) {
        const onto = tokens.slice(j + 1, j + 1 + ONTO_REACH);
        return onto.some((n) => NETWORKS.has(n.word)) && !onto.some((n) => n.punct);
      }
    }
    return false;
  }

  /** Whether the text tells of a router losing power or restarting ("the router reboots itself at 4am"). */
  tells(tokens: readonly Token[]): boolean {
    return this.without(tokens) !== tokens;
  }

  /** `sentence` with the power words told of a router marked denied; the same array when there are none. */
  without(sentence: readonly Token[]): readonly Token[] {
    let out: Token[] | null = null;
    for (let i = 0; i < sentence.length; i++) {
      if (!this.isBox(sentence[i])) continue;
      out = this.denyNear(sentence, out, i, 1, REACH, this.powerWords);
      out = this.denyNear(sentence, out, i, -1, REACH_BEFORE, this.actsBefore);
    }
    return out ?? sentence;
  }

  /** One of the network's boxes: its stem, not a verb that shares it ("extended the power lead" names no extender, "connected" no connection). */
  private isBox(t: Token): boolean {
    return this.devices.has(t.stem) && !VERB_FORM.test(t.word);
  }

  /** A word that ends what is told of a box: punctuation, a break, a product's name. */
  private ends(t: Token): boolean {
    return t.punct || this.breaks.has(t.word) || this.products.has(t.stem);
  }

  /**
   * The words of `words` within `reach` of the box at `at`, walking by `step` (after it or before
   * it) until what is told of it ends, marked denied in `out` (a copy of `sentence` made on the first).
   */
  private denyNear(sentence: readonly Token[], out: Token[] | null, at: number, step: 1 | -1, reach: number, words: ReadonlySet<string>): Token[] | null {
    for (let j = at + step; j >= 0 && j < sentence.length && Math.abs(j - at) <= reach; j += step) {
      const t = sentence[j];
      if (this.ends(t) || this.isBox(t)) break;
      if (words.has(t.stem)) {
        out ??= sentence.slice();
        out[j] = { ...t, denied: true };
      }
    }
    return out;
  }
}
