import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Analyzer } from '../../src/nlp/types';

export interface Description {
  text: string;
  /** Acceptable best causes. */
  causes?: string[];
  pattern?: string | null;
  events?: string[];
  safety?: boolean;
}
export interface Question {
  text: string;
  faq: string;
}

const DIR = path.join(__dirname, 'heldout');
const load = <T>(name: string): T => JSON.parse(readFileSync(path.join(DIR, name), 'utf8')) as T;

export interface HeldoutSet {
  descriptions: Description[];
  questions: Question[];
  outOfScope: string[];
}

/**
 * Two sets written apart from the training data and from each other: the first in three files,
 * the second (second.json) written later, with other people's ways of putting things in mind.
 */
export const heldoutSets: Record<'first' | 'second', HeldoutSet> = {
  first: {
    descriptions: load<Description[]>('descriptions.json'),
    questions: load<Question[]>('questions.json'),
    outOfScope: load<string[]>('out-of-scope.json'),
  },
  second: load<HeldoutSet>('second.json'),
};

/** The sets written later, in the order they were written (`<name>.json`). */
export const LATER_SET_NAMES = ['third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twentyfirst', 'twentysecond', 'twentythird', 'twentyfourth', 'twentyfifth', 'twentysixth', 'twentyseventh', 'twentyeighth', 'twentyninth', 'thirtieth', 'thirtyfirst', 'thirtysecond', 'thirtythird', 'thirtyfourth', 'thirtyfifth', 'thirtysixth', 'thirtyseventh', 'thirtyeighth', 'thirtyninth', 'fortieth', 'fortyfirst', 'fortysecond', 'fortythird', 'fortyfourth', 'fortyfifth', 'fortysixth', 'fortyseventh', 'fortyeighth', 'fortyninth', 'fiftieth', 'fiftyfirst', 'fiftysecond', 'fiftythird', 'fiftyfourth', 'fiftyfifth', 'fiftysixth', 'fiftyseventh', 'fiftyeighth', 'fiftyninth', 'sixtieth', 'sixtyfirst', 'sixtysecond', 'sixtythird', 'sixtyfourth', 'sixtyfifth', 'sixtysixth', 'sixtyseventh', 'sixtyeighth', 'sixtyninth', 'seventieth', 'seventyfirst', 'seventysecond', 'seventythird', 'seventyfourth', 'seventyfifth', 'seventysixth', 'seventyseventh', 'seventyeighth', 'seventyninth', 'eightieth', 'eightyfirst', 'eightysecond', 'eightythird', 'eightyfourth', 'eightyfifth', 'eightysixth', 'eightyseventh', 'eightyeighth', 'eightyninth', 'ninetieth', 'ninetyfirst', 'ninetysecond', 'ninetythird', 'ninetyfourth', 'ninetyfifth', 'ninetysixth', 'ninetyseventh', 'ninetyeighth', 'ninetyninth', 'hundredth', 'hundredfirst', 'hundredsecond', 'hundredthird', 'hundredfourth', 'hundredfifth', 'hundredsixth', 'hundredseventh', 'hundredeighth', 'hundredninth', 'hundredtenth', 'hundredeleventh', 'hundredtwelfth', 'hundredthirteenth', 'hundredfourteenth', 'hundredfifteenth', 'hundredsixteenth', 'hundredseventeenth', 'hundredeighteenth', 'hundrednineteenth', 'hundredtwentieth', 'hundredtwentyfirst', 'hundredtwentysecond', 'hundredtwentythird', 'hundredtwentyfourth', 'hundredtwentyfifth', 'hundredtwentysixth', 'hundredtwentyseventh', 'hundredtwentyeighth', 'hundredtwentyninth', 'hundredthirtieth', 'hundredthirtyfirst', 'hundredthirtysecond', 'hundredthirtythird', 'hundredthirtyfourth', 'hundredthirtyfifth', 'hundredthirtysixth', 'hundredthirtyseventh', 'hundredthirtyeighth', 'hundredthirtyninth', 'hundredfortieth', 'hundredfortyfirst', 'hundredfortysecond', 'hundredfortythird', 'hundredfortyfourth', 'hundredfortyfifth', 'hundredfortysixth', 'hundredfortyseventh', 'hundredfortyeighth', 'hundredfortyninth', 'hundredfiftieth', 'hundredfiftyfirst', 'hundredfiftysecond', 'hundredfiftythird', 'hundredfiftyfourth', 'hundredfiftyfifth', 'hundredfiftysixth', 'hundredfiftyseventh', 'hundredfiftyeighth', 'hundredfiftyninth', 'hundredsixtieth', 'hundredsixtyfirst', 'hundredsixtysecond', 'hundredsixtythird', 'hundredsixtyfourth', 'hundredsixtyfifth', 'hundredsixtysixth', 'hundredsixtyseventh', 'hundredsixtyeighth', 'hundredsixtyninth', 'hundredseventieth', 'hundredseventyfirst', 'hundredseventysecond', 'hundredseventythird', 'hundredseventyfourth', 'hundredseventyfifth', 'hundredseventysixth', 'hundredseventyseventh', 'hundredseventyeighth', 'hundredseventyninth', 'hundredeightieth', 'hundredeightyfirst', 'hundredeightysecond', 'hundredeightythird', 'hundredeightyfourth', 'hundredeightyfifth', 'hundredeightysixth', 'hundredeightyseventh', 'hundredeightyeighth', 'hundredeightyninth', 'hundredninetieth', 'hundredninetyfirst', 'hundredninetysecond', 'hundredninetythird', 'hundredninetyfourth', 'hundredninetyfifth', 'hundredninetysixth', 'hundredninetyseventh', 'hundredninetyeighth', 'hundredninetyninth', 'twohundredth', 'twohundredfirst', 'twohundredsecond', 'twohundredthird', 'twohundredfourth', 'twohundredfifth', 'twohundredsixth', 'twohundredseventh', 'twohundredeighth', 'twohundredninth', 'twohundredtenth', 'twohundredeleventh', 'twohundredtwelfth', 'twohundredthirteenth', 'twohundredfourteenth', 'twohundredfifteenth', 'twohundredsixteenth', 'twohundredseventeenth', 'twohundredeighteenth', 'twohundrednineteenth', 'twohundredtwentieth', 'twohundredtwentyfirst', 'twohundredtwentysecond', 'twohundredtwentythird', 'twohundredtwentyfourth', 'twohundredtwentyfifth', 'twohundredtwentysixth', 'twohundredtwentyseventh', 'twohundredtwentyeighth', 'twohundredtwentyninth', 'twohundredthirtieth', 'twohundredthirtyfirst', 'twohundredthirtysecond', 'twohundredthirtythird', 'twohundredthirtyfourth', 'twohundredthirtyfifth', 'twohundredthirtysixth', 'twohundredthirtyseventh', 'twohundredthirtyeighth', 'twohundredthirtyninth', 'twohundredfortieth', 'twohundredfortysecond', 'twohundredfortythird', 'twohundredfortyfirst', 'twohundredfortyfourth', 'twohundredfortyfifth', 'twohundredfortysixth', 'twohundredfortyseventh', 'twohundredfortyeighth', 'twohundredfortyninth', 'twohundredfiftieth', 'twohundredfiftyfirst', 'twohundredfiftysecond', 'twohundredfiftythird', 'twohundredfiftyfourth', 'twohundredfiftyfifth', 'twohundredfiftysixth', 'twohundredfiftyseventh', 'twohundredfiftyeighth', 'twohundredfiftyninth', 'twohundredsixtieth', 'twohundredsixtyfirst', 'twohundredsixtysecond', 'twohundredsixtythird', 'twohundredsixtyfourth', 'twohundredsixtyfifth', 'twohundredsixtysixth', 'twohundredsixtyseventh', 'twohundredsixtyeighth', 'twohundredsixtyninth', 'twohundredseventieth', 'twohundredseventyfirst', 'twohundredseventysecond', 'twohundredseventythird', 'twohundredseventyfourth', 'twohundredseventyfifth', 'twohundredseventysixth',
  'twohundredseventyseventh', 'twohundredseventyeighth', 'twohundredseventyninth', 'twohundredeightieth',
  'twohundredeightyfirst', 'twohundredeightysecond', 'twohundredeightythird', 'twohundredeightyfourth',
  'twohundredeightyfifth', 'twohundredeightysixth', 'twohundredeightyseventh', 'twohundredeightyeighth'] as const;
export type LaterSetName = (typeof LATER_SET_NAMES)[number];

/**
 * Each written by someone who had read neither the training data nor the other sets, and measured
 * before anything was changed for it (docs/nlu.md has the figures); most were kept unread while the
 * sets before them were mended, and measured again before being read. They have been read since:
 * checks on what the fixes made of them, no longer unseen text.
 */
export const laterSets = Object.fromEntries(LATER_SET_NAMES.map((name) => [name, load<HeldoutSet>(`${name}.json`)])) as Record<LaterSetName, HeldoutSet>;

/** Both sets together: the figures the targets are checked on. */
export const heldout: HeldoutSet = {
  descriptions: [...heldoutSets.first.descriptions, ...heldoutSets.second.descriptions],
  questions: [...heldoutSets.first.questions, ...heldoutSets.second.questions],
  outOfScope: [...heldoutSets.first.outOfScope, ...heldoutSets.second.outOfScope],
};

export interface Rate {
  hit: number;
  n: number;
  rate: number;
  misses: string[];
}

const rate = (hit: number, n: number, misses: string[]): Rate => ({ hit, n, rate: n === 0 ? 1 : hit / n, misses });

/**
 * Passes ("ok") when the rate reaches `target` (`at least`) or stays within it (`at most`);
 * otherwise says by how much it misses and lists the lines that count against it.
 */
export function verdict(r: Rate, target: number, kind: 'at least' | 'at most' = 'at least'): string {
  const ok = kind === 'at least' ? r.rate >= target : r.rate <= target;
  if (ok) return 'ok';
  return `${r.hit}/${r.n} = ${r.rate.toFixed(3)}, expected ${kind} ${target}; lines:\n${r.misses.join('\n')}`;
}

/** The held-out measures the issue sets targets for. */
export function scoreHeldout(analyzer: Analyzer, set: HeldoutSet = heldout) {
  const d = set.descriptions.map((x) => ({ x, a: analyzer.analyze(x.text) }));
  const q = set.questions.map((x) => ({ x, a: analyzer.analyze(x.text) }));
  const o = set.outOfScope.map((text) => ({ x: { text }, a: analyzer.analyze(text) }));

  const withCause = d.filter(({ x }) => x.causes && x.causes.length > 0);
  const causeMiss = withCause.filter(({ x, a }) => !x.causes!.includes(a.causes[0]?.id ?? '-'));
  const withPattern = d.filter(({ x }) => x.pattern !== undefined);
  const patternMiss = withPattern.filter(({ x, a }) => a.pattern !== x.pattern);
  let eventsExpected = 0;
  const eventMiss: string[] = [];
  for (const { x, a } of d) {
    for (const e of x.events ?? []) {
      eventsExpected++;
      if (!a.events.includes(e as never)) eventMiss.push(`${x.text}  [missing ${e}]`);
    }
  }
  const withEvents = d.filter(({ x }) => x.events !== undefined);
  const spuriousEvents = withEvents.filter(({ x, a }) => a.events.some((e) => !x.events!.includes(e)));
  const dangers = d.filter(({ x }) => x.safety === true);
  const dangerMiss = dangers.filter(({ a }) => !a.safety);
  const calm = [...d.filter(({ x }) => x.safety !== true), ...q, ...o];
  const falseAlarms = calm.filter(({ a }) => a.safety);
  // A caution is the bot asking the user to check for a danger, not a stop: counted apart.
  const dangerUnasked = dangers.filter(({ a }) => !a.safety && !a.caution);
  const cautioned = calm.filter(({ a }) => a.caution);
  const faqMiss = q.filter(({ x, a }) => a.faq?.id !== x.faq);
  const oosAnswered = o.filter(({ a }) => a.faq !== null);
  const descriptionsAnswered = d.filter(({ a }) => a.faq !== null);
  const oosCaused = o.filter(({ a }) => a.causes.length > 0);
  const offTopic = [...d, ...q].filter(({ a }) => a.onTopic !== true);
  const oosOnTopic = o.filter(({ a }) => a.onTopic === true);

  const show = (xs: { x: { text: string }; a: { causes: { id: string }[]; pattern: unknown; events: unknown; faq: unknown; safety: boolean } }[]) =>
    xs.map(({ x, a }) => `${x.text}  => ${JSON.stringify({ causes: a.causes, pattern: a.pattern, events: a.events, faq: a.faq, safety: a.safety })}`);

  return {
    bestCause: rate(withCause.length - causeMiss.length, withCause.length, show(causeMiss)),
    pattern: rate(withPattern.length - patternMiss.length, withPattern.length, show(patternMiss)),
    eventsFound: rate(eventsExpected - eventMiss.length, eventsExpected, eventMiss),
    eventsSpurious: rate(spuriousEvents.length, withEvents.length, show(spuriousEvents)),
    safetyFound: rate(dangers.length - dangerMiss.length, dangers.length, show(dangerMiss)),
    falseAlarms: rate(falseAlarms.length, calm.length, show(falseAlarms)),
    safetyOrCaution: rate(dangers.length - dangerUnasked.length, dangers.length, show(dangerUnasked)),
    cautioned: rate(cautioned.length, calm.length, show(cautioned)),
    faqRight: rate(q.length - faqMiss.length, q.length, show(faqMiss)),
    outOfScopeAnswered: rate(oosAnswered.length, o.length, show(oosAnswered)),
    descriptionsAnswered: rate(descriptionsAnswered.length, d.length, show(descriptionsAnswered)),
    outOfScopeCaused: rate(oosCaused.length, o.length, show(oosCaused)),
    onTopic: rate(d.length + q.length - offTopic.length, d.length + q.length, offTopic.map(({ x, a }) => `${x.text}  => topic ${a.topic}`)),
    outOfScopeOnTopic: rate(oosOnTopic.length, o.length, oosOnTopic.map(({ x, a }) => `${x.text}  => topic ${a.topic}`)),
  };
}
