/**
 * Hardware by elimination: the usual fixes tried on two or more fronts and the light still red
 * ("new adapter, new cable, reset twice, still red", "rebooted the router, reinstalled the app,
 * swapped the adapter, nothing helps"); or the device singled out by its twins ("two are fine, one
 * blinks red, same wifi, same power strip", "swapped them over and the red stays with the camera").
 * What was ruled out is no longer the first thing to check. A swap can point the other way too:
 * "the red moved with the adapter" is the power supply.
 */
import { PhraseMatcher, type Phrase } from './phrases';
import type { Preprocessor, Token } from './preprocess';
import { bothFrontsTried, frontsNoMatterWhich, frontsTriedByCount } from './readings';
import { DURATION_UNITS, SENTENCE_END } from './text';

/** The ways to tell that the device is the odd one out; see `Elimination.singledOut`. */
export interface OddOneOut {
  /** its twins work ("the other two are fine", "one is ok") */
  othersWork: readonly string[];
  /** they share its power and network ("same wifi", "same power strip") */
  shared: readonly string[];
  /** the trouble stays with it when parts are swapped ("the red stays with the camera") */
  staysWithDevice: readonly string[];
  /** the trouble moves with a power part instead ("the red followed the adapter") */
  followsPowerPart: readonly string[];
  /** its place explains it: a weak signal where it stands ("the one furthest from the router", "one bar") */
  weakSignal: readonly string[];
}

/** Units a number counts instead of twins: "six weeks old", "2 metres from the router", "two floors up". */
const UNITS = new Set([...DURATION_UNITS, 'metre', 'metres', 'meter', 'meters', 'feet', 'foot', 'ft', 'inches', 'percent', 'floors', 'storeys', 'stories', 'walls', 'rooms', 'doors']);

/** Whether a number in the words found counts a unit, not devices. */
function countsAUnit(tokens: readonly Token[], at: readonly number[]): boolean {
  return at.some((i) => tokens[i].stem === '#n' && UNITS.has(tokens[i + 1]?.word ?? ''));
}

/** What the device does by itself is no fix tried: "restarts on its own", "reboots by itself". */
function byItself(tokens: readonly Token[], at: readonly number[]): boolean {
  const end = Math.max(...at);
  return tokens.slice(end + 1, end + 3).some((t) => t.word === 'own' || t.word === 'itself');
}

/** The words of each way to read what was tried; see the constructor. */
export interface EliminationWords {
  fixes: Readonly<Record<string, readonly string[]>>;
  persists: readonly string[];
  everything?: readonly string[];
  oddOneOut?: OddOneOut;
  recovers?: readonly string[];
}

/** Whether a fix on `front` that worked singles out a cause: a restart or a reset that helped tells of no part. */
function tellsCause(front: string): front is 'power' | 'network' {
  return front === 'power' || front === 'network';
}

/** Where the step a fix is told in ends: its sentence, or the bracket that tells what it did ("switched the mesh off (green since)"). */
function stepEnd(tokens: readonly Token[], from: number): number {
  let i = from;
  while (i < tokens.length && !(tokens[i].punct && (SENTENCE_END.has(tokens[i].word) || tokens[i].word === ')'))) i++;
  return i;
}

export class Elimination {
  private readonly fixes: { front: string; phrase: Phrase }[];
  private readonly persists: Phrase[];
  private readonly odd: { [K in keyof OddOneOut]: Phrase[] };
  private readonly everything: Phrase[];
  private readonly recovers: Phrase[];
  private readonly matcher: PhraseMatcher;

  /**
   * `words.fixes`: per front (power, network, the reset...), the ways to say a fix was tried on it;
   * `persists`: the ways to say the trouble outlasted them ("still", "no luck"); `everything`: the
   * ways to say every usual fix was tried ("tried everything"); `oddOneOut`: see `OddOneOut`;
   * `recovers`: the ways to say the device came back after a fix ("went green", "rock solid since").
   */
  constructor(pre: Preprocessor, words: EliminationWords) {
    const { fixes, persists, oddOneOut: odd } = words;
    this.matcher = new PhraseMatcher(pre);
    // Longest first: the words of "reset the router" tell of the network, not of a reset too.
    this.fixes = Object.entries(fixes)
      .flatMap(([front, texts]) => this.matcher.phrases(texts).map((phrase) => ({ front, phrase })))
      .sort((a, b) => b.phrase.stems.length - a.phrase.stems.length);
    this.persists = this.matcher.phrases(persists);
    this.everything = this.matcher.phrases(words.everything ?? []);
    this.recovers = this.matcher.phrases(words.recovers ?? []);
    this.odd = {
      othersWork: this.matcher.phrases(odd?.othersWork ?? []),
      shared: this.matcher.phrases(odd?.shared ?? []),
      staysWithDevice: this.matcher.phrases(odd?.staysWithDevice ?? []),
      followsPowerPart: this.matcher.phrases(odd?.followsPowerPart ?? []),
      weakSignal: this.matcher.phrases(odd?.weakSignal ?? []),
    };
  }

  private any(tokens: readonly Token[], phrases: readonly Phrase[], exact = true): boolean {
    return this.matcher.saysAny(tokens, phrases, exact);
  }

  /**
   * What a swap or a twin singles out: the power supply when the trouble moved with a power part
   * ("the red followed the adapter"); the device when it stayed with the device, or when its twins
   * work beside it on the same power and network, unless a change is reported that explains the
   * odd one (`changeReported`: an update, a move, a power cut). Twins that work beside it while it
   * stands where the signal is weak single out the network. Null when nothing is singled out.
   */
  singledOut(tokens: readonly Token[], changeReported: boolean): 'power' | 'network' | 'hardware' | null {
    // The part named wins over words that fit any swap ("the red light follows the adapter").
    if (this.any(tokens, this.odd.followsPowerPart)) return 'power';
    if (this.any(tokens, this.odd.staysWithDevice)) return 'hardware';
    // Nearby in any order: "two tapo cams fine", "fine on the same wifi".
    const othersWork = this.odd.othersWork.some((p) => this.matcher.find(tokens, p, false).some((at) => !countsAUnit(tokens, at)));
    if (changeReported || !othersWork) return null;
    if (this.any(tokens, this.odd.weakSignal)) return 'network';
    return this.any(tokens, this.odd.shared, false) ? 'hardware' : null;
  }

  /** Where each fix is told, with its front: the longest phrases first, each phrase's places in order. */
  private fixesTold(tokens: readonly Token[]): { front: string; at: number[] }[] {
    return this.fixes.flatMap(({ front, phrase }) => this.matcher.find(tokens, phrase, true).map((at) => ({ front, at })));
  }

  /**
   * The front of a fix told to have brought the device back in the same step ("restarted the
   * router: green inside a minute", "swapped in a different adapter and it's been rock solid"):
   * the owner's own test found the cause. Not a recovery that did not last or did not come ("worked
   * for an hour, then red again", "new cable, still red"). Null when no fix is told to have worked.
   */
  fixedBy(tokens: readonly Token[]): 'power' | 'network' | null {
    const told = this.fixesTold(tokens);
    for (const { front, at } of told) {
      if (!tellsCause(front) || at.some((i) => tokens[i].negated) || byItself(tokens, at)) continue;
      const from = Math.max(...at) + 1;
      // The step ends where the next fix is told: "another outlet, a reset, a new router that works" tells of the router.
      const next = Math.min(...told.map((f) => Math.min(...f.at)).filter((i) => i >= from));
      const step = tokens.slice(from, Math.min(stepEnd(tokens, from), next));
      // ("Red" only as the light that stopped: "the red light stopped".)
      const recovered = new Set(this.recovers.flatMap((p) => this.matcher.find(step, p, true)).flat());
      if (recovered.size > 0 && !step.some((t, i) => t.word === 'red' && !recovered.has(i)) && !this.any(step, this.persists)) return front;
    }
    return null;
  }

  /** Whether every usual fix is told tried, in so many words ("tried everything", "did every step in the guide"). */
  triedEverything(tokens: readonly Token[]): boolean {
    return this.any(tokens, this.everything);
  }

  /**
   * The fronts of the fixes tried with the trouble still there ("power", "network", "reset"...);
   * none when it is not told to persist. Each word tells of one fix; parts told by the count
   * ("tried 3 sockets, 2 adapters", "on two routers", read in `normalised`) are their fronts too,
   * and the parts of "no matter which adapter or router" their fronts.
   */
  frontsTried(tokens: readonly Token[], normalised: string): ReadonlySet<string> {
    // "No matter which adapter or router I try" tells the parts and that they did not help at once;
    // so do a test in another home, both fronts told checked ("wifi and power both checked") and
    // both fronts' parts told by the count ("tried 2 adapters and 2 routers").
    const counted = frontsTriedByCount(normalised);
    const fronts = new Set<string>(frontsNoMatterWhich(normalised));
    if (counted.length === 2 || bothFrontsTried(normalised)) fronts.add('power').add('network');
    // Saying the trouble outlasted the fixes is often a denial itself ("none of it helped").
    if (!this.persists.some((p) => this.matcher.find(tokens, p, true).length > 0)) return fronts;
    const told = new Set<number>();
    for (const { front, at } of this.fixesTold(tokens)) {
      if (fronts.has(front) || at.some((i) => tokens[i].negated || told.has(i)) || byItself(tokens, at)) continue;
      for (const i of at) told.add(i);
      fronts.add(front);
    }
    for (const front of counted) fronts.add(front);
    return fronts;
  }
}
