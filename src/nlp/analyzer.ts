import path from 'node:path';
import { CAUSE_IDS, COMMAND_IDS, EVENT_IDS, PATTERN_IDS } from '../content/schemas/ids';
import type { CauseId, CommandId, EventId, PatternId } from '../content/schemas/ids';
import type { Nlu } from '../content/schemas/nlu';
import { IntentEngine, seededRandom, type EngineOptions, type TrainingExample } from './engine';
import { EntityExtractor } from './entities';
import { asksOnlyForHelp, FaqMatcher, trainFaqEngines, type FaqPhrasing } from './faq';
import { Preprocessor, type Token } from './preprocess';
import { englishWords } from './lexicon';
import { FIRMWARE_WORDS, isNegationCue } from './negation';
import { isQuestion, onlyLeadsIn } from './question';
import { saysNothingChanged } from './noChange';
import { readColour } from './colour';
import { Elimination } from './elimination';
import { Guesses } from './guess';
import { PastEpisodes } from './pastEpisode';
import { NetworkPower } from './networkPower';
import { SafetyDetector } from './safety';
import { OtherBrands } from './otherBrand';
import { PhraseMatcher, type Phrase } from './phrases';
import { PowerDraw } from './powerDraw';
import { adapterSwapped, addressChangedTold, anotherSocketTold, batteryCameraOnHub, batteryFull, batteryInTheCold, batteryRunsLow, batteryWontFill, blinkingNotSteady, blinkUnsure, bothFrontsChecked, buttonHeld, dataRanOut, deviceKeptPowered, deviceKnockedDown, deviceReplacedOnSameSupply, firmwareNeverUpdated, firmwarePutOnTold, inAnotherHome, leadChewed, longRunTold, mainsDeviceInTheCold, movedBeforeTold, movedHomeTold, movedWasThePersons, networkCableOut, networkSettingChanged, newProviderTold, newWifiTold, noOutageTold, noPictureTold, onBackupSupply, only5GhzTold, onlyFurnitureMoved, onlySupplyTouched, onPowerlineNetwork, onTimerOrGenerator, patternByOrder, patternByLikeness, patternByRate, plugStillSwitches, powerRuledOut, rainSetAside, powerSwitchedOffTold, putSomewhereTold, redAsState, resetItTold, routerBackLater, routerStartedOver, routerSwappedTold, setupFails, severalAtOnce, socketTested, sinceRouterRestart, solidThenBlinks, solidThenGreen, solidTold, steadyIsAPace, steadyOnlyOfAnotherColour, supplyDips, supplyLightFails, supplyNotItsOwn, surgeOutlivedNewAdapter, tooHot, updateCutShort, updateFails, updateOnlyOfOtherThings, updateOnlyWondered, updateToldAfter, updateTriedAsFix, voltageLow, waitsAfterReset, warmSupplyWithHeater, weakSignalTold, wifiBusy } from './readings';
import { SENTENCE_END, isWord } from './text';
import type { Analysis, Analyzer, Entities, Scored } from './types';
import { readWeights, weightsKey, writeWeights } from './weights';

/** A quick answer as the analyzer needs it (faq.json entries fit). */
export interface FaqInput {
  id: string;
  question: string;
  paraphrases: readonly string[];
}

export interface AnalyzerInput {
  /** content/nlu.json */
  nlu: Nlu;
  /** content/faq.json */
  faq: readonly FaqInput[];
  /** flow.safety.triggers: danger phrases (nlu.safety.triggers are added to them). */
  safetyTriggers: readonly string[];
  /**
   * flow.patterns: how likely each cause is for each light pattern, the guide's reading of the
   * light. A text on topic that names a pattern and no cause gets them as its causes, marked
   * `causesFromPattern` ("solid red for two hours" -> power, firmware, hardware).
   */
  patternCauses?: readonly { id: string; causes: Partial<Record<CauseId, number>> }[];
  /** Thresholds; the defaults are calibrated on the training data and the held-out set. */
  thresholds?: Partial<Thresholds>;
  /** Reference time for relative dates ("since yesterday"); defaults to the time of each call. */
  now?: () => Date;
  /**
   * Trained weights to start from instead of training: a file written by an earlier start or by
   * `nlu train`, used only when it was trained from the same content by the same code (otherwise
   * the analyzer trains and rewrites it). Defaults to DEFAULT_WEIGHTS_FILE; false: always train.
   */
  weights?: string | false;
}

export interface Thresholds {
  /** A cause is listed when its probability reaches this. */
  cause: number;
  /** An event is reported when its probability reaches this. */
  event: number;
  /** The pattern is set when the best pattern's probability reaches this. */
  pattern: number;
  /** A quick answer is offered for a question when its score reaches this. */
  faq: number;
  /** ... and for a text that is not phrased as a question only when it reaches this. */
  faqStatement: number;
  /** A command is reported when its probability reaches this. */
  command: number;
  /** Best and runner-up closer than this (and both plausible): unsure. */
  margin: number;
  /** The text is on topic when the relevance model's probability reaches this. */
  topic: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  cause: 0.3,
  event: 0.4,
  pattern: 0.5,
  faq: 0.35,
  faqStatement: 0.8,
  command: 0.55,
  margin: 0.12,
  // Chosen by 5-fold cross-validation (x2) of the relevance model on the training texts: the best
  // balanced accuracy among thresholds that keep >= 95% of the in-domain texts (docs/nlu.md).
  topic: 0.7,
};

/** Commands: short texts, typos are fixed before features, so word features suffice. */
const DOMAIN_ENGINE: EngineOptions = { epochs: 12, l2: 1e-4, features: { chars: 0 } };
/** Synthetic run-ons added to the evidence engine's training. */
const RUN_ONS = 400;
/**
 * Evidence: weights may only add evidence (so one run-on can carry a cause, a pattern and an
 * event), missed positives cost 3x, character 4-grams catch word forms the examples lack, and no
 * bigram with the text's start or end ("the adapter" and "swapped the adapter" are the same
 * evidence).
 */
const EVIDENCE_ENGINE: EngineOptions = { ...DOMAIN_ENGINE, multiLabel: true, nonNegative: true, positiveWeight: 3, epochs: 10, features: { chars: 0.4, charMin: 4, charMax: 4, normalise: false, unigrams: 1, bigrams: 0.3, dropStopwords: true, edges: false, binary: true } };

const PATTERN_AT = CAUSE_IDS.length;
const EVENT_AT = CAUSE_IDS.length + PATTERN_IDS.length;
/** A blinking pattern rated below this is no reading of the light, even after a steady red start. */
const BLINKING_FLOOR = 0.2;
/** A sentence that opens with the owner's guess ("must be the wifi") counts this much as evidence of a cause. */
const GUESS_WEIGHT = 0.85;
/** A word of the firmware: beside it, no picture in the app is no sign that the network failed. */
const FIRMWARE_WORD = /\b(?:firmware|update\w*|version)\b/;
/** Words for the device's light: red told beside one is the light's colour. */
const LIGHT_WORDS: ReadonlySet<string> = new Set(['light', 'led', 'lamp', 'indicator']);
/** The patterns that differ only in how fast the light blinks. */
const BLINKING_PATTERNS: ReadonlySet<string> = new Set<PatternId>(['slow', 'rapid']);
const P = (id: string) => `p:${id}`;
const E = (id: string) => `e:${id}`;
const NO_COMMAND = '__none__';
/** Commands that report how a step went: a long answer may end with one. */
const OUTCOMES: ReadonlySet<string> = new Set<CommandId>(['still-blinking', 'fixed', 'changed']);
/** Words that start the clause an answer's outcome is in ("did the reset but it is still red"). */
const CLAUSE_WORDS = new Set(['but', 'still', 'yet', 'however', 'though', 'although']);
/** Below the answer threshold, a question's best entry still answers it when this far ahead of the rest. */
const FAQ_CLEAR_WINNER = { min: 0.1, times: 3 };
/** The score a question at the end needs on its own, when the whole text asks no entry. */
const LAST_QUESTION_ALONE = 0.8;
/** How many words from another thing's name a word of a light tells that thing's light: "the light on my router", "the router's light is orange". */
const LIT_REACH = 4;
/** Words of a light and its colours. */
const LIT = /^(?:lights?|leds?|lamps?|indicators?|blink\w*|flash\w*|red|orange|amber|green|blue|white|yellow|purple)$/;
/**
 * Whether another thing's light is told beside its name ("the internet light on the router is
 * orange"), not only the thing named for what it does ("my router is set to WPA3").
 */
function litBeside(tokens: readonly Token[], hit: readonly number[]): boolean {
  const [first, last] = [Math.min(...hit), Math.max(...hit)];
  // (A name that is a light, "traffic light", "fairy lights", tells it.)
  if (hit.some((i) => LIT.test(tokens[i].word))) return true;
  for (let i = first - 1; i >= Math.max(0, first - LIT_REACH) && !tokens[i].punct; i--) if (LIT.test(tokens[i].word)) return true;
  for (let i = last + 1; i <= Math.min(tokens.length - 1, last + LIT_REACH) && !tokens[i].punct; i++) if (LIT.test(tokens[i].word)) return true;
  return false;
}
/** How many words before a thing a "like" makes it a likeness: "like a little Christmas tree". */
const LIKENESS_REACH = 3;

/**
 * Events told by a reading rather than by the engine, each with its evidence label: a new provider
 * or line ("switched from BT to Sky", "the fibre was installed"), a network setting changed ("went
 * WPA3-only", "set up a guest network"), the device plugged into another socket ("put it back in a
 * different socket"), the trouble told to start after a move ("red after moving it"), a firmware
 * told by the version put on ("since the last firmware"), the supply switched off for work
 * ("everything was switched off for two days"), an update tried that fails ("it won't take the update").
 */
const TOLD_EVENTS: readonly { told: (normalised: string) => boolean; at: number }[] = [
  { told: newProviderTold, at: EVENT_AT + EVENT_IDS.indexOf('network-change') },
  { told: routerSwappedTold, at: EVENT_AT + EVENT_IDS.indexOf('network-change') },
  { told: newWifiTold, at: EVENT_AT + EVENT_IDS.indexOf('network-change') },
  { told: networkSettingChanged, at: EVENT_AT + EVENT_IDS.indexOf('network-change') },
  { told: anotherSocketTold, at: EVENT_AT + EVENT_IDS.indexOf('relocation') },
  { told: movedBeforeTold, at: EVENT_AT + EVENT_IDS.indexOf('relocation') },
  { told: putSomewhereTold, at: EVENT_AT + EVENT_IDS.indexOf('relocation') },
  { told: movedHomeTold, at: EVENT_AT + EVENT_IDS.indexOf('relocation') },
  { told: firmwarePutOnTold, at: EVENT_AT + EVENT_IDS.indexOf('firmware-update') },
  { told: powerSwitchedOffTold, at: EVENT_AT + EVENT_IDS.indexOf('power-outage') },
  { told: updateFails, at: EVENT_AT + EVENT_IDS.indexOf('firmware-update') },
];

/** Words of a supply that stands between a smart plug and the wall: an extension, a strip, a timer. */
const SUPPLY_BETWEEN = /extension|reel|strip|lead|cord|usb|timer|ups|bank|adapt|multi|way|double|generator|inverter/;

/** The patterns read from the words that a likeness outweighs: morse code a fast or slow blink, a heartbeat a fast one. */
const LIKENESS_OUTWEIGHS: Record<'burst' | 'slow' | 'rapid', readonly (PatternId | null)[]> = {
  burst: [null, 'rapid', 'slow'],
  slow: [null, 'rapid'],
  rapid: [null],
};

/** The score of an event told by a reading. */
const TOLD_EVENT_SCORE = 0.9;

/** Causes whose scores differ by less than this are as sure as each other. */
const EVEN_CAUSES = 0.01;

/** The least score of a cause put first by a rule (a hazard, fixes ruled out): "it's smoking" is the device. */
const RULED_CAUSE_SCORE = 0.5;

/** How sure the words must be of a cause for frost on a mains device not to put the device first. */
const COLD_OUTWEIGHS = 0.9;

/** The score of a command read from the light's colour ("it's green now" -> fixed). */
const COLOUR_COMMAND_SCORE = 0.8;
/** The least score one clause alone must give a sentence's event for the event to count. */
const CLAUSE_SUPPORT = 0.25;

const BOUNDARY: Token = { surface: ',', word: ',', stem: ',', negated: false, denied: false, punct: true };

/** A text of at least this many such words, fewer than this share of them known, is mostly unknown. */
const MIN_WORDS_UNKNOWN = 3;
const KNOWN_SHARE = 0.5;

/** Makes `id` the first cause, scored at least as the first was. */
function putFirst(causes: Scored<CauseId>[], id: CauseId): void {
  const score = Math.max(RULED_CAUSE_SCORE, causes[0]?.score ?? 0);
  const listed = causes.findIndex((c) => c.id === id);
  if (listed >= 0) causes.splice(listed, 1);
  causes.unshift({ id, score });
}

/**
 * A sentence's clauses, split at its commas; a clause that says "one" for a thing named before
 * stays with the clause before it ("the old router died, so we bought a new one").
 */
function splitClauses(sentence: readonly Token[]): Token[][] {
  const clauses: Token[][] = [];
  let start = 0;
  for (let i = 0; i <= sentence.length; i++) {
    if (i < sentence.length && !(sentence[i].punct && sentence[i].word === ',')) continue;
    if (i > start) {
      const clause = sentence.slice(start, i);
      const before = clauses[clauses.length - 1];
      if (before && clause.some((t) => t.word === 'one')) before.push(BOUNDARY, ...clause);
      else clauses.push(clause);
    }
    start = i + 1;
  }
  return clauses;
}

/**
 * Denied words ("the wifi is fine", "it's not the router") are no evidence of anything: they and
 * their cue become a clause boundary, so no bigram bridges the gap.
 */
function withoutDenied(tokens: readonly Token[]): readonly Token[] {
  let any = false;
  for (const t of tokens) if (t.denied) any = true;
  if (!any) return tokens;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // The cue goes with what it denies: "no" in "no power cut", "same" in "same setup as always".
    const cue = !t.denied && i + 1 < tokens.length && tokens[i + 1].denied && (isNegationCue(t.word) || t.word === 'same');
    if (t.denied || cue) {
      if (out.length === 0 || out[out.length - 1] !== BOUNDARY) out.push(BOUNDARY);
    } else out.push(t);
  }
  return out;
}

/** Where start-up time went, in milliseconds. */
export interface BuildTimings {
  /** Reading the English word list for the typo corrector. */
  lexicon: number;
  /** Tokenizing the training texts and training every engine, or reading their weights from a file. */
  training: number;
  /** Building the entity recognisers (the date-time ones are built when a text first needs them). */
  entities: number;
  total: number;
  /** CPU time (this process, user + system) spent on `training`: the figure to read on a busy machine. */
  trainingCpu: number;
}

interface TrainedEngines {
  evidence: IntentEngine;
  commands: IntentEngine;
  faqEngine: IntentEngine;
  faqRelevance: IntentEngine;
}
const ENGINE_NAMES = ['evidence', 'commands', 'faqEngine', 'faqRelevance'] as const;

/**
 * Where a compiled analyzer keeps its trained weights (dist/nlp-weights.bin, written by `nlu train`
 * after each build); none when this module runs from its TypeScript source (tests train afresh).
 */
export const DEFAULT_WEIGHTS_FILE: string | undefined = __filename.endsWith('.js') ? path.resolve(__dirname, '..', '..', 'nlp-weights.bin') : undefined;

/** Trains every engine of the analyzer from the content (the expensive part of start-up). */
function trainEngines(pre: Preprocessor, nlu: Nlu, faqPhrasings: readonly FaqPhrasing[]): TrainedEngines {
  // Many texts serve several engines (commands are negatives of the evidence engine and in-domain
  // texts of the relevance model): tokenize each once.
  const seen = new Map<string, Token[]>();
  const tok = (s: string): Token[] => {
    let t = seen.get(s);
    if (t === undefined) seen.set(s, (t = pre.process(s).tokens));
    return t;
  };

  // Evidence: causes, patterns and events in one multi-label engine. Negated words stay as
  // "!word" features ("won't connect" is network trouble); denied words are dropped.
  const evidenceEx: TrainingExample[] = [];
  const causeOfEvent = (e: EventId): CauseId[] => nlu.eventCauses?.[e] ?? [];
  const pieces: { tokens: Token[]; labels: string[] }[] = [];
  for (const c of CAUSE_IDS) for (const s of nlu.causes[c]) pieces.push({ tokens: tok(s), labels: [c] });
  for (const e of EVENT_IDS) for (const s of nlu.events[e]) pieces.push({ tokens: tok(s), labels: [...causeOfEvent(e), E(e)] });
  for (const p of PATTERN_IDS) for (const s of nlu.patterns[p]) pieces.push({ tokens: tok(s), labels: [P(p)] });
  const negatives: Token[][] = [
    ...(nlu.noEvidence ?? []).map(tok),
    ...nlu.outOfScope.map(tok),
    ...COMMAND_IDS.flatMap((c) => nlu.commands[c].map(tok)),
  ];
  for (const piece of pieces) evidenceEx.push({ tokens: withoutDenied(piece.tokens), labels: piece.labels });
  for (const n of negatives) evidenceEx.push({ tokens: withoutDenied(n), labels: [] });
  const faqTokens = faqPhrasings.map((p) => tok(p.text));
  // Run-on descriptions: join random pieces so the engine learns that evidence adds up.
  const rand = seededRandom(11);
  for (let i = 0; i < Math.min(RUN_ONS, pieces.length); i++) {
    const a = pieces[Math.floor(rand() * pieces.length)];
    const b = pieces[Math.floor(rand() * pieces.length)];
    const tokens = [...a.tokens, BOUNDARY, ...b.tokens];
    evidenceEx.push({ tokens: withoutDenied(tokens), labels: [...new Set([...a.labels, ...b.labels])], weight: 0.5 });
  }
  const evidence = IntentEngine.train(evidenceEx, EVIDENCE_ENGINE, [...CAUSE_IDS, ...PATTERN_IDS.map(P), ...EVENT_IDS.map(E)]);

  // Commands: softmax over the commands and "none" (descriptions, questions, out-of-scope lines).
  const commandEx: TrainingExample[] = [];
  for (const c of COMMAND_IDS) for (const s of nlu.commands[c]) commandEx.push({ tokens: tok(s), labels: [c] });
  for (const piece of pieces) commandEx.push({ tokens: piece.tokens, labels: [NO_COMMAND], weight: 0.5 });
  for (const n of [...(nlu.noEvidence ?? []).map(tok), ...nlu.outOfScope.map(tok), ...faqTokens]) commandEx.push({ tokens: n, labels: [NO_COMMAND], weight: 0.5 });
  const commands = IntentEngine.train(commandEx, DOMAIN_ENGINE, [...COMMAND_IDS, NO_COMMAND]);

  // Quick answers: relevance learns from every in-domain text against the out-of-scope lines.
  const inDomain = [...pieces.map((p) => p.tokens), ...(nlu.noEvidence ?? []).map(tok), ...COMMAND_IDS.flatMap((c) => nlu.commands[c].map(tok))];
  // What people say that asks no quick question (descriptions, answers at a step, chatter) is the
  // quick-answer engine's "none of them", so its scores say how likely a text asks an entry.
  const faq = trainFaqEngines(pre, faqPhrasings, inDomain, nlu.outOfScope.map(tok), tok, inDomain, (nlu.offTopic ?? []).map(tok));
  return { evidence, commands, faqEngine: faq.engine, faqRelevance: faq.relevance };
}

export class TapoAnalyzer implements Analyzer {
  readonly timings: BuildTimings;
  /** Whether the engines were read from a weights file or trained here. */
  readonly weightsSource: 'file' | 'trained';
  /** What the engines were trained from and by which code (weights.ts). */
  private readonly key: string;
  readonly pre: Preprocessor;
  /** One multi-label engine: causes, then patterns ("p:"), then events ("e:"). */
  private readonly evidence: IntentEngine;
  private readonly commands: IntentEngine;
  private readonly faq: FaqMatcher;
  private readonly safety: SafetyDetector;
  private readonly caution: SafetyDetector;
  private readonly elimination: Elimination;
  private readonly pastEpisodes: PastEpisodes;
  private readonly guesses: Guesses;
  /** Signs the device itself is at fault ("it fell off the wall", "sd card error"): phrases matched word for word. */
  private readonly deviceFaults: SafetyDetector;
  private readonly newPowerSource: SafetyDetector;
  private readonly powerDraw: PowerDraw;
  /** Things other than the device told of (a phone's cracked screen): their words are no evidence. */
  private readonly otherThings: Phrase[];
  private readonly otherMatcher: PhraseMatcher;
  /** Every device but a smart plug, by word or model ("camera", "C200", "hub"). */
  private readonly notPlugs: Phrase[];
  private readonly networkPower: NetworkPower;
  /** The evidence engine's labels for the device's power: the cause, and the events that point at it. */
  private readonly powerLabels: readonly number[];
  private readonly sentenceBuffer: Float64Array;
  private readonly entities: EntityExtractor;
  private readonly otherBrands: OtherBrands;
  private readonly t: Thresholds;
  private readonly now?: () => Date;
  /** Quick answers narrowed by what a question worries about (content's faqNarrowing). */
  private readonly faqNarrowing: { from: string; to: string; when: Phrase[] }[];
  /** Per event (EVENT_IDS order): the quick answer about it, if any (content's eventAnswers). */
  private readonly eventAnswers: (string | undefined)[];
  /** Per pattern: the quick answer about it, if any (content's patternAnswers). */
  private readonly patternAnswers: Partial<Record<PatternId, string>>;
  /** Other things with lights of their own, and the entries about the device's light (content's otherLights). */
  private readonly otherLights: { things: Phrase[]; entries: ReadonlySet<string> };
  /** Per event (EVENT_IDS order): stems of which a text must name one for the event to count (content's eventWords), if any. */
  private readonly eventWords: (ReadonlySet<string> | undefined)[];
  /** Per event (EVENT_IDS order): the indices of the causes it is evidence for. */
  private readonly eventCauses: readonly number[][];
  private readonly causeScore = new Float64Array(CAUSE_IDS.length);
  /** The evidence engine's scores, the maximum over the text's sentences. */
  private readonly evidenceMax: Float64Array;
  /** The causes each pattern points at by itself, best first (input.patternCauses). */
  private readonly causesOfPattern = new Map<string, Scored<CauseId>[]>();
  /** The causes of a red light told blinking at no rate: the mean of the slow and rapid patterns' causes. */
  private readonly causesOfBlinking: Scored<CauseId>[];
  /** The causes of a red light told no further: the mean of every pattern's causes. */
  private readonly causesOfRed: Scored<CauseId>[];

  constructor(input: AnalyzerInput) {
    const t0 = performance.now();
    const dictionary = englishWords();
    const t1 = performance.now();
    const cpu1 = process.cpuUsage();
    const { nlu } = input;
    this.t = { ...DEFAULT_THRESHOLDS, ...input.thresholds };
    this.now = input.now;
    const patterns = input.patternCauses ?? [];
    const likeliest = (of: typeof patterns) =>
      CAUSE_IDS.map((c) => ({ id: c, score: round(of.reduce((sum, p) => sum + (p.causes[c] ?? 0), 0) / Math.max(1, of.length)) }))
        .filter((c) => c.score >= this.t.cause)
        .sort((a, b) => b.score - a.score);
    for (const p of patterns) this.causesOfPattern.set(p.id, likeliest([p]));
    this.causesOfBlinking = likeliest(patterns.filter((p) => BLINKING_PATTERNS.has(p.id)));
    this.causesOfRed = likeliest(patterns);
    const faqPhrasings: FaqPhrasing[] = [];
    for (const f of input.faq) {
      faqPhrasings.push({ id: f.id, text: f.question });
      for (const p of f.paraphrases) faqPhrasings.push({ id: f.id, text: p });
      for (const p of nlu.faq?.[f.id] ?? []) faqPhrasings.push({ id: f.id, text: p });
    }
    const safetyTriggers = [...input.safetyTriggers, ...(nlu.safety?.triggers ?? [])];
    const notDanger = nlu.safety?.notDanger ?? [];
    const deviceWords = Object.values(nlu.devices ?? {}).flatMap((d) => d?.words ?? []);

    const all: string[] = [
      ...Object.values(nlu.causes).flat(),
      ...Object.values(nlu.patterns).flat(),
      ...Object.values(nlu.events).flat(),
      ...Object.values(nlu.commands).flat(),
      ...nlu.outOfScope,
      ...(nlu.offTopic ?? []),
      ...(nlu.noEvidence ?? []),
      ...faqPhrasings.map((p) => p.text),
      ...safetyTriggers,
      ...(nlu.safety?.powerPartTriggers ?? []),
      // Only the words a dictionary lacks: a common word ("soda", "stain") taken in would pull typos of other words onto it.
      ...(nlu.safety?.together ?? []).flatMap((g) => g.words.flat()).filter((w) => w.split(' ').some((x) => !dictionary.has(x))),
      ...notDanger,
      ...(nlu.safety?.mild ?? []),
      ...deviceWords,
      ...Object.values(nlu.elimination?.fixes ?? {}).flat(),
      ...(nlu.elimination?.persists ?? []),
      ...Object.values(nlu.pastEpisode ?? {}).flat(),
      ...Object.values(nlu.elimination?.oddOneOut ?? {}).flat(),
      ...(nlu.deviceFaults?.phrases ?? []),
      ...(nlu.newPowerSource ?? []),
      ...Object.values(nlu.powerDraw ?? {}).flat(),
      ...(nlu.otherThings ?? []),
      ...(nlu.faqNarrowing ?? []).flatMap((n) => n.when),
      ...Object.values(nlu.networkPower ?? {}).flat(),
    ];
    this.pre = new Preprocessor(all, { synonyms: nlu.synonyms, extraWords: nlu.vocabulary, dictionary });
    this.eventCauses = EVENT_IDS.map((e) => (nlu.eventCauses?.[e] ?? []).map((c) => CAUSE_IDS.indexOf(c)));
    this.eventAnswers = EVENT_IDS.map((e) => nlu.eventAnswers?.[e]);
    this.eventWords = EVENT_IDS.map((e) => {
      const words = nlu.eventWords?.[e];
      return words && this.pre.stems(words);
    });
    const weightsFile = input.weights === undefined ? DEFAULT_WEIGHTS_FILE : input.weights || undefined;
    const key = weightsKey({ nlu, faq: faqPhrasings, safetyTriggers, notDanger });
    this.key = key;
    const stored = weightsFile ? readWeights(weightsFile, key) : undefined;
    let engines: TrainedEngines;
    if (stored && ENGINE_NAMES.every((n) => stored[n])) {
      engines = { evidence: IntentEngine.fromSnapshot(stored.evidence), commands: IntentEngine.fromSnapshot(stored.commands), faqEngine: IntentEngine.fromSnapshot(stored.faqEngine), faqRelevance: IntentEngine.fromSnapshot(stored.faqRelevance) };
      this.weightsSource = 'file';
    } else {
      engines = trainEngines(this.pre, nlu, faqPhrasings);
      this.weightsSource = 'trained';
    }
    this.evidence = engines.evidence;
    this.evidenceMax = new Float64Array(this.evidence.labels.length);
    this.sentenceBuffer = new Float64Array(this.evidence.labels.length);
    const power = CAUSE_IDS.indexOf('power');
    this.powerLabels = [power, ...EVENT_IDS.flatMap((_, e) => (this.eventCauses[e].includes(power) ? [EVENT_AT + e] : []))];
    this.commands = engines.commands;
    this.faq = new FaqMatcher(this.pre, faqPhrasings, engines.faqEngine, engines.faqRelevance);
    if (weightsFile && this.weightsSource === 'trained') {
      try {
        this.saveWeights(weightsFile);
      } catch {
        // A read-only install trains at every start; nothing else depends on the file.
      }
    }
    const deviceParts = [...(nlu.safety?.deviceParts ?? []), ...(nlu.models ?? [])];
    this.safety = new SafetyDetector(this.pre, safetyTriggers, [...notDanger, ...(nlu.safety?.mild ?? [])], {
      parts: nlu.safety?.powerParts,
      triggers: nlu.safety?.powerPartTriggers,
      deviceParts,
      plugBody: nlu.safety?.plugBody,
      harmlessWhen: nlu.safety?.harmlessWhen,
      together: nlu.safety?.together,
      heatOfPlace: nlu.safety?.heatOfPlace,
      notDangerWords: nlu.safety?.notDangerWords,
    });
    this.caution = new SafetyDetector(this.pre, nlu.safety?.caution ?? [], notDanger);
    this.elimination = new Elimination(this.pre, nlu.elimination ?? { fixes: {}, persists: [] });
    this.pastEpisodes = new PastEpisodes(this.pre, nlu.pastEpisode ?? { past: [], mended: [], now: [] });
    this.guesses = new Guesses(nlu.guesses ?? []);
    this.deviceFaults = new SafetyDetector(this.pre, nlu.deviceFaults?.phrases ?? [], nlu.deviceFaults?.harmless ?? [], { parts: nlu.deviceFaults?.powerParts, deviceParts }, true);
    this.newPowerSource = new SafetyDetector(this.pre, nlu.newPowerSource ?? [], [], {}, true);
    this.powerDraw = new PowerDraw(nlu.powerDraw);
    this.otherMatcher = new PhraseMatcher(this.pre);
    this.otherThings = this.otherMatcher.phrases(nlu.otherThings ?? []);
    this.notPlugs = this.otherMatcher.phrases(Object.entries(nlu.devices ?? {}).flatMap(([kind, d]) => (kind === 'plug' || !d ? [] : [...d.words, ...d.models])));
    this.patternAnswers = nlu.patternAnswers ?? {};
    this.otherLights = { things: this.otherMatcher.phrases(nlu.otherLights?.things ?? []), entries: new Set(nlu.otherLights?.entries) };
    this.faqNarrowing = (nlu.faqNarrowing ?? []).map((n) => ({ from: n.from, to: n.to, when: this.otherMatcher.phrases(n.when) }));
    this.networkPower = new NetworkPower(this.pre, nlu.networkPower, [...deviceWords, ...(nlu.models ?? [])]);
    const t2 = performance.now();
    const cpu2 = process.cpuUsage(cpu1);
    this.entities = new EntityExtractor({ models: nlu.models, devices: nlu.devices });
    this.otherBrands = new OtherBrands(nlu.otherBrands?.makers ?? [], nlu.otherBrands?.gear ?? [], nlu.otherBrands?.ownLines);
    const t3 = performance.now();
    this.timings = { lexicon: t1 - t0, training: t2 - t1, entities: t3 - t2, total: t3 - t0, trainingCpu: (cpu2.user + cpu2.system) / 1000 };
  }

  /** `tokens` with the words that tell of other things (nlu.otherThings) denied; the same array when there are none. */
  private withoutOtherThings(tokens: readonly Token[]): readonly Token[] {
    let out: Token[] | null = null;
    for (const phrase of this.otherThings) {
      for (const hit of this.otherMatcher.find(tokens, phrase, true)) {
        out ??= tokens.slice();
        for (const i of hit) out[i] = { ...out[i], denied: true };
      }
    }
    return out ?? tokens;
  }

  /** The blinking pattern the evidence rates best, when it rates one at all. */
  private bestBlinking(ep: ArrayLike<number>, except?: PatternId): PatternId | null {
    let best: PatternId | null = null;
    let bestScore = BLINKING_FLOOR;
    PATTERN_IDS.forEach((id, i) => {
      if (id !== 'solid' && id !== except && ep[PATTERN_AT + i] > bestScore) [best, bestScore] = [id, ep[PATTERN_AT + i]];
    });
    return best;
  }

  /** Writes the trained engines to `file` (for a later start to read); returns its size in bytes. */
  saveWeights(file: string): number {
    const snapshots = { evidence: this.evidence.snapshot(), commands: this.commands.snapshot(), faqEngine: this.faq.engine.snapshot(), faqRelevance: this.faq.relevance.snapshot() };
    return writeWeights(file, this.key, snapshots);
  }

  /** Builds what analyze() would otherwise build on first need (the date-time recognisers, about 150 ms). */
  warmUp(): void {
    this.entities.warmUp();
  }

  /**
   * "No power cut", "not after an update": a negated stretch that names an event is a denial, not
   * a symptom: no evidence for the event, nor for its cause. Other negated stretches stay:
   * "won't connect", "no power to it" are what trouble sounds like.
   */
  private withoutDeniedEvents(tokens: readonly Token[]): readonly Token[] {
    let out: Token[] | null = null;
    for (let i = 0; i < tokens.length; ) {
      if (!tokens[i].negated) {
        i++;
        continue;
      }
      let j = i;
      while (j < tokens.length && tokens[j].negated) j++;
      // A denial when the words name an event plainly but not as negated ("no power for hours"
      // is itself how people describe an outage).
      const negatedSpan = tokens.slice(i, j);
      const asNegated = Float64Array.from(this.evidence.scores(negatedSpan));
      const plain = this.evidence.scores(negatedSpan.map((t) => ({ ...t, negated: false })));
      let denied = false;
      for (let e = EVENT_AT; e < plain.length; e++) if (plain[e] >= this.t.event && asNegated[e] < this.t.event) denied = true;
      if (denied) {
        out ??= tokens.slice();
        for (let k = Math.max(0, i - 1); k < j; k++) if (k >= i || isNegationCue(out[k].word)) out[k] = BOUNDARY;
      }
      i = j;
    }
    return out ?? tokens;
  }

  /**
   * Evidence scores per label, the maximum over the sentences: a story of ten harmless sentences
   * is no more evidence than one of them, and one sentence that names a cause is enough (one that
   * opens with the owner's guess counts less for the causes: see guess.ts).
   */
  private evidenceScores(tokens: readonly Token[]): Float64Array {
    const out = this.evidenceMax;
    out.fill(0);
    const seen = new Set<string>();
    let start = 0;
    for (let i = 0; i <= tokens.length; i++) {
      if (i < tokens.length && !(tokens[i].punct && SENTENCE_END.has(tokens[i].word))) continue;
      if (i > start) {
        const sentence = tokens.slice(start, i);
        let key = '';
        for (const t of sentence) key += `${t.negated ? '!' : ''}${t.stem} `;
        if (!seen.has(key) && !this.pastEpisodes.tellsMended(sentence)) {
          seen.add(key);
          const p = this.sentenceScores(sentence);
          const weight = this.guesses.opensWithGuess(sentence) ? GUESS_WEIGHT : 1;
          for (let l = 0; l < EVENT_AT; l++) {
            const v = l < PATTERN_AT ? p[l] * weight : p[l];
            if (v > out[l]) out[l] = v;
          }
          this.eventsOf(sentence, p, out);
        }
      }
      start = i + 1;
    }
    return out;
  }

  /**
   * One sentence's evidence. Power words told of the router (networkPower.ts) are no evidence of
   * the device's power: the power labels (the cause, and the events that point at it) score as
   * without them, the rest as with them ("the internet is down" stays network trouble).
   */
  private sentenceScores(sentence: readonly Token[]): Float64Array {
    const p = this.evidence.scores(this.withoutDeniedEvents(withoutDenied(sentence)));
    const masked = this.networkPower.without(sentence);
    if (masked === sentence) return p;
    const scores = this.sentenceBuffer;
    scores.set(p);
    const withoutThem = this.evidence.scores(this.withoutDeniedEvents(withoutDenied(masked)));
    for (const l of this.powerLabels) scores[l] = Math.min(scores[l], withoutThem[l]);
    return scores;
  }

  /**
   * Events of one sentence, into `out`. What happened is told in a clause ("we got a new router",
   * "after the storm"): a sentence's event that no clause of it supports is words adding up ("new
   * cable, different outlet, even a different adapter" is no new network), and scores as its
   * best clause. `p` is the sentence's scores (the engine's buffer: read before scoring clauses).
   */
  private eventsOf(sentence: readonly Token[], p: Float64Array, out: Float64Array): void {
    const found: number[] = [];
    for (let l = EVENT_AT; l < p.length; l++) {
      if (p[l] >= this.t.event) found.push(l);
      else if (p[l] > out[l]) out[l] = p[l];
    }
    const clauses = found.length > 0 ? splitClauses(sentence) : [];
    if (clauses.length < 2) {
      for (const l of found) if (p[l] > out[l]) out[l] = p[l];
      return;
    }
    const sentenceScores = found.map((l) => p[l]);
    const best = found.map(() => 0);
    for (const clause of clauses) {
      const c = this.evidence.scores(this.withoutDeniedEvents(withoutDenied(clause)));
      found.forEach((l, k) => (best[k] = Math.max(best[k], c[l])));
    }
    found.forEach((l, k) => {
      const score = best[k] >= CLAUSE_SUPPORT ? sentenceScores[k] : best[k];
      if (score > out[l]) out[l] = score;
    });
  }

  /** Where the text names another thing with a light of its own, not negated nor as a likeness ("like a Christmas tree"). */
  private otherLightHits(tokens: readonly Token[]): (readonly number[])[] {
    const likened = (at: number) => {
      for (let i = at - 1; i >= Math.max(0, at - LIKENESS_REACH) && !tokens[i].punct; i--) if (tokens[i].word === 'like') return true;
      return false;
    };
    return this.otherLights.things.flatMap((p) => this.otherMatcher.find(tokens, p, true).filter((hit) => !hit.some((i) => tokens[i].negated) && !likened(Math.min(...hit))));
  }

  /**
   * The two best quick answers of a text that asks two questions about different entries ("how do
   * I reset it and is it safe", "where is the serial number, and which firmware is it on"), best
   * first; null when it asks one thing, or its questions ask the same entry.
   */
  private twoQuestions(tokens: readonly Token[], relevance: number): [Scored<string>, Scored<string>] | null {
    const parts = questionParts(tokens);
    if (parts.length < 2) return null;
    const best = new Map<string, number>();
    for (const part of parts) {
      const m = this.faq.match(part, true);
      if (!m.best || m.relevance <= 0) continue;
      // A later question leans on the first for its subject ("... and is it safe"): the whole
      // text says whether it concerns the product.
      const odds = m.best.score / m.relevance;
      const score = odds * relevance;
      if (odds >= CLEAR_PART && score >= this.t.faq && score > (best.get(m.best.id) ?? 0)) best.set(m.best.id, score);
    }
    if (best.size < 2) return null;
    const [first, second] = [...best].sort((a, b) => b[1] - a[1]);
    return [{ id: first[0], score: round(first[1]) }, { id: second[0], score: round(second[1]) }];
  }

  /** Whether fewer than half the words (three or more of them) are words this layer knows. */
  private mostlyUnknown(tokens: readonly Token[]): boolean {
    let words = 0;
    let known = 0;
    for (const t of tokens) {
      if (t.punct || !isWord(t.word)) continue;
      words++;
      if (this.pre.speller.knows(t.word)) known++;
    }
    return words >= MIN_WORDS_UNKNOWN && known < words * KNOWN_SHARE;
  }

  analyze(text: string): Analysis {
    const processed = this.pre.process(text);
    const { tokens, normalised } = processed;
    const question = isQuestion(normalised, tokens);
    const t = this.t;

    // Causes: the engine's, and those of each event found (content's eventCauses): "since the
    // storm" is evidence for power even when no word of the text names power itself.
    const ep = this.evidenceScores(this.withoutOtherThings(tokens));
    // An event that needs a word the text does not name is no event (a place named in passing is no
    // move; "overnight" or "halfway" with no word of an update is no update); a move told of the
    // router ("put in a new router", "moved the modem upstairs") or onto a network ("moved the
    // cameras onto the guest network") is no move of the device.
    // (Not in a text mostly in words this layer does not know: its words for the event are not these.)
    const wordsUnknown = this.mostlyUnknown(tokens);
    for (let e = 0; e < EVENT_IDS.length; e++) {
      const words = wordsUnknown ? undefined : this.eventWords[e];
      const ofRouter = (i: number) => EVENT_IDS[e] === 'relocation' && (this.networkPower.actsOnRouter(tokens, i) || this.networkPower.movesOntoNetwork(tokens, i));
      if (words !== undefined && !tokens.some((tk, i) => !tk.negated && words.has(tk.stem) && !ofRouter(i))) ep[EVENT_AT + e] = 0;
    }
    // Events told by a reading, whatever words the engine knows.
    for (const { told, at } of TOLD_EVENTS) if (told(normalised)) ep[at] = Math.max(ep[at], TOLD_EVENT_SCORE);
    if (noOutageTold(normalised)) ep[EVENT_AT + EVENT_IDS.indexOf('power-outage')] = 0;
    const onlyOtherThingsUpdated = updateOnlyOfOtherThings(normalised);
    if (onlyOtherThingsUpdated || updateOnlyWondered(normalised)) ep[EVENT_AT + EVENT_IDS.indexOf('firmware-update')] = 0;
    if (movedWasThePersons(normalised) || onlyFurnitureMoved(normalised)) ep[EVENT_AT + EVENT_IDS.indexOf('relocation')] = 0;
    const causeScore = this.causeScore;
    for (let i = 0; i < CAUSE_IDS.length; i++) causeScore[i] = ep[i];
    /** The causes a reported event points at. */
    const ofEvents = new Set<CauseId>();
    for (let e = 0; e < EVENT_IDS.length; e++) {
      const pe = ep[EVENT_AT + e];
      if (pe < t.event) continue;
      for (const c of this.eventCauses[e]) {
        ofEvents.add(CAUSE_IDS[c]);
        if (pe > causeScore[c]) causeScore[c] = pe;
      }
    }
    // Ordered by the scores as computed: two that round alike are seldom as sure as each other.
    const listed = CAUSE_IDS.map((_, i) => i).filter((i) => causeScore[i] >= t.cause);
    listed.sort((a, b) => causeScore[b] - causeScore[a]);
    const causes: Scored<CauseId>[] = listed.map((i) => ({ id: CAUSE_IDS[i], score: round(causeScore[i]) }));
    // Causes as sure as each other: the one a reported event points at comes first ("water all
    // over the lawn ... red since I switched the router to 5 GHz" is the switch).
    const backed = causes.findIndex((c) => ofEvents.has(c.id));
    if (backed > 0 && causes[0].score - causes[backed].score < EVEN_CAUSES) causes.unshift(...causes.splice(backed, 1));

    // Pattern and events.
    let pattern: PatternId | null = null;
    let bestP = t.pattern;
    for (let i = 0; i < PATTERN_IDS.length; i++) {
      if (ep[PATTERN_AT + i] >= bestP) {
        bestP = ep[PATTERN_AT + i];
        pattern = PATTERN_IDS[i];
      }
    }
    // "Blinks twice, stops, twice again", "flickers red": the engine reads words, not their order.
    // A burst told by its order is a burst, however fast its blinks ("three times fast, then a pause");
    // colours told taking turns are an alternating light, whatever else the words suggest.
    const byOrder = patternByOrder(normalised);
    if (pattern === null || byOrder === 'alternating' || (byOrder === 'burst' && pattern !== 'alternating')) pattern = byOrder ?? pattern;
    pattern ??= solidTold(normalised);
    // Solid red at start-up, then blinking: the blinking is the trouble.
    if (pattern === 'solid' && solidThenBlinks(normalised)) pattern = this.bestBlinking(ep) ?? pattern;
    // "Solid green -> amber -> slow red", "the other cam is solid green": steady is told of another colour only.
    else if (pattern === 'solid' && steadyOnlyOfAnotherColour(normalised)) pattern = this.bestBlinking(ep);
    // "Stuck on red blinking", "blinks red nonstop": a blinking light told, and no steady one, is no solid light;
    // nor is a steady pace ("red, off, red, off at a steady easy pace").
    if (pattern === 'solid' && (blinkingNotSteady(normalised) || steadyIsAPace(normalised))) pattern = this.bestBlinking(ep);
    // "A red light, not sure if it blinks": no steady red is told.
    if (pattern === 'solid' && blinkUnsure(normalised)) pattern = null;
    // A likeness tells the pattern over the words it outweighs: "blinking like morse code" is a burst,
    // "about as fast as a resting heartbeat" a slow blink, "like a police light" a fast one.
    const likeness = byOrder === null ? patternByLikeness(normalised) : null;
    if (likeness !== null && LIKENESS_OUTWEIGHS[likeness].includes(pattern)) pattern = likeness;
    const events: EventId[] = [];
    for (let i = 0; i < EVENT_IDS.length; i++) if (ep[EVENT_AT + i] >= t.event) events.push(EVENT_IDS[i]);

    // The light's colour: a light that is not red now shows no red pattern ("solid green"), except
    // red alternating with another colour.
    const colour = readColour(tokens);
    const light = colour.redWithOther ? 'red' : colour.colour;
    // (A colour turned into the red is a change: "went from green to quick red flashes" reads its blinking.)
    if (pattern === 'alternating' && light !== null && !colour.redWithOther) pattern = light === 'red' ? this.bestBlinking(ep, 'alternating') : null;
    // (Solid red at start-up, then green, is the steady pattern told: "solid red for a minute, then it goes green".)
    if (light !== null && light !== 'red') pattern = solidThenGreen(normalised) ? 'solid' : null;

    // Command.
    const kp = this.commands.scores(tokens);
    let k = 0;
    for (let i = 1; i < kp.length; i++) if (kp[i] > kp[k]) k = i;
    let k2 = k === 0 ? 1 : 0;
    for (let i = 0; i < kp.length; i++) if (i !== k && kp[i] > kp[k2]) k2 = i;
    const kLabel = this.commands.labels[k];
    let command: Scored<CommandId> | null = kLabel !== NO_COMMAND && kp[k] >= t.command ? { id: kLabel as CommandId, score: round(kp[k]) } : null;
    // (kp is the engine's reused buffer: read the runner-up before scoring anything else.)
    const commandSecond = this.commands.labels[k2] !== NO_COMMAND ? { id: this.commands.labels[k2], score: kp[k2] } : null;
    const engineCommand = command;
    // "I unplugged it for a minute and plugged it back in, still flashing": the outcome comes
    // last. When the whole text reads as no command, its last clause may still report one.
    if (command === null && !question) {
      const last = lastClause(tokens);
      if (last) {
        const lp = this.commands.scores(last);
        let b = 0;
        for (let i = 1; i < lp.length; i++) if (lp[i] > lp[b]) b = i;
        const id = this.commands.labels[b] as CommandId;
        if (OUTCOMES.has(id) && lp[b] >= t.command) command = { id, score: round(lp[b]) };
      }
    }
    // Told, not asked: a steady green light means working, another colour (or blinking green) a
    // change. Only where no other command was read ("still red", "talk to a human" stay).
    if (!question && light !== null && light !== 'red' && (command === null || command.id === 'fixed' || command.id === 'changed' || command.id === 'yes')) {
      const id: CommandId = light === 'green' && !colour.moving ? 'fixed' : 'changed';
      if (command?.id !== id) command = { id, score: COLOUR_COMMAND_SCORE };
    }

    let entities: Entities = {};
    try {
      entities = this.entities.extract(text, this.now?.());
    } catch {
      // recognizers-text on text nobody foresaw: the entities are a bonus, the analysis stands.
    }
    // A text that names a Tapo model is about the product, whatever else it is like ("how do I
    // factory reset my C200?" reads like "how do I reset my iPhone").
    const namesModel = entities.model !== undefined;
    // A blink rate nothing else read ("it blinks every 3 seconds", "twice a second").
    if (pattern === null && (light === null || light === 'red')) pattern = patternByRate(entities.frequencies);

    // Quick answer: what the text asks, when one clause asks and the others tell ("is it safe to
    // factory reset, the light is solid red" asks about the reset, not about the solid light).
    let m = this.faq.match(tokens, question, namesModel);
    const asked = question ? askingClause(tokens) : null;
    // Only a question that leads: "X happened, what do I do" asks about X, while in "is it safe
    // to reset, the light is red" the later clauses are details for the diagnosis. A question
    // at the end may still ask on its own what the whole text does not ("I put a new card in
    // last week and it acts up since, could the card be the issue?").
    if (asked && (asked.leads || (asked.last && !(m.best && m.best.score >= t.faq)))) {
      const mc = this.faq.match(asked.clause, true, namesModel);
      if (mc.best && mc.best.score >= (asked.leads ? t.faq : LAST_QUESTION_ALONE)) m = mc;
    }
    let faq: Scored<string> | null = null;
    const tellsTrouble = causes.length > 0 || pattern !== null || events.length > 0;
    if (m.best && m.best.score >= (question ? t.faq : t.faqStatement)) faq = { id: m.best.id, score: round(m.best.score) };
    // A question on topic whose words all point at one entry ("Where is it printed?" after "support
    // asked for the S/N") is asking it, even when its telling words make "none" likelier. Not
    // beside a description of the trouble: that starts the diagnosis, which a weak answer must not
    // hold up.
    else if (question && !tellsTrouble && m.best && m.relevance >= t.topic && m.best.score >= FAQ_CLEAR_WINNER.min && m.best.score >= FAQ_CLEAR_WINNER.times * (m.second?.score ?? 0)) {
      faq = { id: m.best.id, score: round(m.best.score) };
    }
    // "The power went off last night and it's been red since. How do I sort it out?": a question
    // that only asks for help, after a story of an event, asks the entry about that event, over
    // any weaker guess the engine makes from the question's few words.
    if (asked?.last && asksOnlyForHelp(asked.clause) && m.relevance >= t.topic) {
      // A power cut during an update: the story is the update it cut short, as for the causes.
      const cutShort = events.includes('firmware-update') && events.includes('power-outage');
      for (let e = 0; e < EVENT_IDS.length; e++) {
        if (cutShort && EVENT_IDS[e] === 'power-outage') continue;
        const id = this.eventAnswers[e];
        const score = round(ep[EVENT_AT + e] * m.relevance);
        if (id !== undefined && score >= t.faq && score > (faq?.score ?? 0)) faq = { id, score };
      }
    }
    // Every danger the text names, once: the first is the one told, and any may be on the power supply.
    const hazards = this.safety.detectAll(tokens);
    let hazard = hazards[0] ?? null;
    if (hazard === null) {
      const temperature = tooHot(normalised);
      // (A strip or lead told warm beside a heater it also feeds: the warm word is the danger's, on its power part.)
      const warm = temperature ? null : warmSupplyWithHeater(normalised);
      const warmAt = warm === null ? -1 : tokens.findIndex((tk) => tk.word === warm);
      if (warmAt >= 0) {
        hazard = { words: [tokens[warmAt].surface], at: [warmAt] };
        hazards.push(hazard);
      } else if (temperature) {
        hazard = { words: temperature, at: [] };
        hazards.push(hazard);
      }
    }
    // A question about the light's pattern that no entry matches in its words, with nothing else
    // told ("red that doesn't flash, what's that about?"): the entry about that pattern.
    const patternAnswer = pattern === null ? undefined : this.patternAnswers[pattern];
    // (Only a question or a text given an answer is asked about other things' lights.)
    // Other things with lights of their own named in the text, found once and only when asked.
    let otherHits: (readonly number[])[] | undefined;
    const otherLightHits = () => (otherHits ??= this.otherLightHits(tokens));
    const otherLight = (question || faq !== null) && otherLightHits().length > 0;
    if (faq === null && question && hazard === null && patternAnswer !== undefined && causes.length === 0 && events.length === 0 && m.relevance >= t.topic && !otherLight) {
      faq = { id: patternAnswer, score: t.faq };
    }
    // "My smoke alarm blinks red, is that normal?": another thing's light, and no device of ours named.
    const namesProduct = namesModel || tokens.some((tk) => tk.word === 'tapo');
    const namesDevice = namesProduct || entities.device === 'camera' || entities.device === 'battery-camera' || entities.device === 'doorbell';
    const aboutOtherLight = otherLight && !namesDevice;
    // (Whatever entry it matched, when that thing's light is told: "the internet light on my router is orange, what now?")
    if (faq !== null && aboutOtherLight && (this.otherLights.entries.has(faq.id) || otherLightHits().some((hit) => litBeside(tokens, hit)))) faq = null;
    // Two questions in one ("how do I reset it and is it safe"): each may ask another entry.
    const asks = question && m.relevance > 0 ? this.twoQuestions(tokens, m.relevance) : null;
    if (asks) faq = asks[0];
    // "Is wiping it back to factory risky?" matches how to reset; its worry asks whether it is safe.
    // (A worry denied is still the worry: "no harm in it?")
    else if (faq !== null) {
      const matched = faq.id;
      const narrowed = this.faqNarrowing.find((n) => n.from === matched && n.when.some((p) => this.otherMatcher.find(tokens, p, true).length > 0));
      if (narrowed) faq = { id: narrowed.to, score: faq.score };
    }

    // Not sure: two close candidates of the same kind, or two questions asking different entries.
    let unsure: Analysis['unsure'] = null;
    if (asks) {
      unsure = { kind: 'faq', options: asks };
    } else if (causes.length >= 2 && causes[0].score - causes[1].score < t.margin) {
      unsure = { kind: 'cause', options: causes.slice(0, 2) };
    } else if (question && m.best && m.second && m.best.score >= t.faq && m.best.score - m.second.score < t.margin) {
      unsure = { kind: 'faq', options: [{ id: m.best.id, score: round(m.best.score) }, { id: m.second.id, score: round(m.second.score) }] };
    } else if (command && command === engineCommand && commandSecond && command.score - commandSecond.score < t.margin) {
      unsure = { kind: 'command', options: [command, { id: commandSecond.id, score: round(commandSecond.score) }] };
    }

    // Rain told and set aside by the owner (the device sealed, dry inside or indoors) is no harm to
    // the device: its words no longer put the device first.
    if (causes[0]?.id === 'hardware' && rainSetAside(normalised)) putFirst(causes, causes[1]?.id ?? 'network');
    // A flat battery, a battery in the cold, a solar panel that gets no sun, a supply measured low
    // or dipping with the lights or with its own light failing, switched by a timer, switching to a
    // backup or run a long way is the device's power running out, going off or dropping.
    const powerRunsOut = batteryRunsLow(normalised) || batteryInTheCold(normalised) || voltageLow(normalised) || supplyDips(normalised) || supplyLightFails(normalised) || onTimerOrGenerator(normalised) || onBackupSupply(normalised) || longRunTold(normalised);
    // (A battery that will not fill, with nothing told of what charges it, is worn: the device's own part.)
    if (powerRunsOut) putFirst(causes, batteryWontFill(normalised) ? 'hardware' : 'power');
    // A battery told full, a smart plug that still switches by its button, several devices red
    // together, or a battery camera told beside its hub, with nothing else reported: the device has
    // its power; what it lacks is its link to the hub or the Wi-Fi.
    else if (events.length === 0 && (batteryFull(normalised) || plugStillSwitches(normalised) || severalAtOnce(normalised) || batteryCameraOnHub(normalised))) putFirst(causes, 'network');
    const firmwareOld = firmwareNeverUpdated(normalised);
    // Red taking turns with green, with nothing else reported, is a device waiting to be set up
    // (after a reset, on purpose or not): joining the network is what it needs, not the device;
    // after a power cut too, when the owner reset it ("I reset it after the outage").
    // (With no cause in the words, the guide's reading of the pattern says so below.)
    if (pattern === 'alternating' && (events.length === 0 || resetItTold(normalised)) && causes.length > 0) putFirst(causes, 'network');
    // Firmware told old or never updated, with nothing else reported: the update it lacks comes first.
    else if (events.length === 0 && !powerRunsOut && firmwareOld) putFirst(causes, 'firmware');
    const notItsOwnSupply = supplyNotItsOwn(normalised);
    // Moved onto a new source of power: what feeds the device changed, not only where it is.
    // (Not one listed as unchanged, "same adapter, same extension lead"; "on the same strip as the
    // heater" is one shared.)
    // (A smart plug named by its model, and no other device, is the device: a wall socket it moved
    // to is where it stands, not a new supply, unlike an extension reel; its own sparks are its damage.)
    const plugIsDevice = namesModel && entities.device === 'plug' && !this.otherMatcher.saysAny(tokens, this.notPlugs, true);
    const found = events.includes('relocation') ? this.newPowerSource.detect(tokens) : null;
    const source = found !== null && plugIsDevice && found.words.every((w) => !SUPPLY_BETWEEN.test(w.toLowerCase())) ? null : found;
    const sourceAt = source === null ? -1 : Math.min(...source.at);
    const unchanged = sourceAt > 0 && tokens[sourceAt - 1].word === 'same' && tokens[sourceAt - 2]?.word !== 'the';
    if (source !== null && !unchanged) putFirst(causes, 'power');
    // A supply that is not its own ("the adapter from my old router", "a 12V one"), with no power
    // cut or update reported: the supply is the first suspect, whatever "router" suggests.
    else if (!events.includes('power-outage') && !events.includes('firmware-update') && notItsOwnSupply) putFirst(causes, 'power');
    // Unplugged for the hoover or the painter and plugged back where it was, or its cables tidied:
    // the plug and its supply are all that was touched.
    // (Not red taking turns with green: it came back waiting to be set up.)
    if (events.every((e) => e === 'relocation') && pattern !== 'alternating' && onlySupplyTouched(normalised)) putFirst(causes, 'power');
    // An appliance starting up each time the light goes red, or told on the same supply: the dip it
    // draws on the supply, or a microwave troubling the Wi-Fi.
    const appliance = this.powerDraw.told(normalised);
    const routerLosesPower = this.networkPower.tells(tokens);
    const weakSignal = weakSignalTold(normalised);
    const busy = wifiBusy(normalised);
    // The router told down, restarted or set up again, or the device's network link told cut: see below.
    const networkLost = () => routerLosesPower || onPowerlineNetwork(normalised) || networkCableOut(normalised) || routerStartedOver(normalised);
    if (appliance !== null) putFirst(causes, appliance);
    // A smart plug told to run an appliance, nothing else reported: the appliance's draw is the plug's
    // load. (Not when the appliance still runs: the plug still switches it, its link is what fails.)
    else if (events.length === 0 && entities.device === 'plug' && this.powerDraw.loadsThePlug(normalised) && !plugStillSwitches(normalised) && !routerLosesPower) putFirst(causes, 'power');
    // The router losing power or restarting, with no power cut and no update it cut short: the device lost its network, not its power.
    // (Or its network runs over a powerline adapter: "power" in its name is no power supply; or its
    // network cable was pulled out: "unplugged" told of that cable is no loss of power; or the router
    // was wiped and set up again. A power cut the device rode through on a backup of its own is the
    // router's loss alone, whether or not the router is told to have lost it, unless the backup is told to run out.)
    else if (!events.includes('firmware-update') && (events.includes('power-outage') ? deviceKeptPowered(normalised) && (!powerRunsOut || networkLost()) : networkLost())) putFirst(causes, 'network');
    // The router back later than the device after the power came back, or the device reset by
    // mistake or red right after a reset: it has no network to join, or has forgotten it.
    // (Or its button held for a reset's seconds, with nothing else reported.)
    // (Or its address changed or taken by another: "the router hands out different addresses".)
    // (Or a network on 5 GHz alone, which it cannot join: "wifi is 5ghz only".)
    // (Or, with nothing else reported, a device told not to pair or be added: "can't add it in the app".)
    if (routerBackLater(normalised) || waitsAfterReset(normalised) || addressChangedTold(normalised) || only5GhzTold(normalised) || (events.length === 0 && (buttonHeld(normalised) || sinceRouterRestart(normalised) || (setupFails(normalised) && !powerRunsOut && !FIRMWARE_WORD.test(normalised) && (causes.length > 0 || namesModel))))) putFirst(causes, 'network');
    // A weak signal told where it stands, the household's streaming filling the Wi-Fi, or a mobile
    // link out of data, with no power cut or update and nothing starving the device: its link is
    // what fails.
    else if (!events.includes('power-outage') && !events.includes('firmware-update') && !powerRunsOut && (weakSignal || busy || dataRanOut(normalised))) putFirst(causes, 'network');
    // The firmware first by the engine's guess alone, with nothing reported, where the app shows no
    // picture and no word names the firmware ("live view is just a black screen": the stream does not
    // reach the app), or where every update told is the router's own ("the router installed an update
    // overnight": the device lost its network, its firmware is as it was).
    else if (events.length === 0 && causes[0]?.id === 'firmware' && ((noPictureTold(normalised) && !FIRMWARE_WORD.test(normalised)) || onlyOtherThingsUpdated)) putFirst(causes, 'network');
    // Taken to another home on its own supply: the Wi-Fi it knew is not there.
    else if (events.every((e) => e === 'relocation') && !powerRunsOut && !notItsOwnSupply && inAnotherHome(normalised)) putFirst(causes, 'network');
    // A power cut with an update, or an update told cut short by the power: the update it cut
    // short is what a restart does not mend.
    // (Or, with a new network too, the update told to come after it: "new router, then the app pushed an update".)
    // (Or an update told to fail on the device: "it won't take the update".)
    // (An update run after the trouble as a fix that did not help is no suspect: "updated the
    // firmware hoping it would fix it, no change", "still red even after the app updated it".)
    const update = events.includes('firmware-update');
    const updateCut = update && updateCutShort(normalised);
    const updateNoHelp = update && updateTriedAsFix(normalised);
    if (updateNoHelp && causes[0]?.id === 'firmware') putFirst(causes, causes[1]?.id ?? 'hardware');
    else if (update && (events.includes('power-outage') || updateCut || updateFails(normalised) || (events.includes('network-change') && updateToldAfter(normalised)))) putFirst(causes, 'firmware');
    // On topic: the relevance model says so, or the text names a hazard, a Tapo model or asks a
    // quick question. Causes, patterns and light colours are no proof: other products have wifi
    // and lights too ("my printer blinks orange", "my fridge won't connect to wifi").
    const topic = round(m.relevance > 0 ? m.relevance : this.faq.relevanceOf(tokens));
    // A question about another thing's light, with no cause or event told, is about that thing.
    const aboutThatThing = aboutOtherLight && question && causes.length === 0 && events.length === 0;
    const onTopic = (topic >= t.topic && !aboutThatThing) || hazard !== null || faq !== null || namesModel;
    // The trouble moving with a power part in a swap: the power supply comes first. The usual fixes
    // tried on two fronts or more and still red, the device singled out by a swap or its twins, a
    // surge that a new adapter did not mend, knocked about or its memory card in trouble: the device
    // itself comes first. A knock told of a power part ("the extension lead got kicked", "the
    // adapter fell down behind the radiator") is the power supply's, as a danger on one is.
    // A changed network is not ruled out by restarts and resets (the device needs its new details),
    // only with a power part swapped as well.
    const singledOut = this.elimination.singledOut(tokens, events.length > 0);
    // (A twin that works does not clear a supply an appliance told on it shares or one told to run
    // out, nor a link told weak where the device stands or a router told to lose its power, nor
    // firmware told behind the twin's.)
    const twinExplained = appliance === 'power' || weakSignal || routerLosesPower || powerRunsOut || firmwareOld;
    const tried = this.elimination.frontsTried(tokens, normalised);
    // ("Tried everything" after a power cut leaves the cut the suspect; so do restarts, the network
    // and other sockets, whose fixes a supply the cut harmed outlasts: only another adapter or a
    // reset that did not help rules it out.)
    const afterCut = events.includes('power-outage');
    // Another adapter put in after the cut: the one fix that rules out a supply the cut harmed.
    const adapterAfterCut = afterCut && adapterSwapped(normalised);
    const everything = this.elimination.triedEverything(tokens);
    const triedEnough = (tried.size >= 2 && (!afterCut || tried.has('reset') || adapterAfterCut)) || (!afterCut && everything);
    // (Nor an update by restarts and resets: the firmware they leave is the same. Nor a Wi-Fi the
    // household fills: it fails again whatever is done to the device.)
    // (An update the power cut short is not ruled out by the power either, its firmware stays broken;
    // nor by the power and the network told checked, which changes nothing of either.)
    const powerLeavesUpdate = updateCut || (update && bothFrontsChecked(normalised));
    const updateRuledOut = !update || (tried.has('power') && !powerLeavesUpdate) || tried.has('firmware') || everything;
    const ruledOut = triedEnough && (!events.includes('network-change') || tried.has('power')) && updateRuledOut && !busy;
    // A fix told to have brought it back is the owner's own test: its front comes first.
    const fixedBy = this.elimination.fixedBy(tokens);
    if (fixedBy !== null) putFirst(causes, fixedBy);
    else if (singledOut === 'power' || singledOut === 'network') putFirst(causes, singledOut);
    else if (ruledOut || (singledOut === 'hardware' && !twinExplained) || surgeOutlivedNewAdapter(normalised)) putFirst(causes, 'hardware');
    // Power parts swapped and the trouble still there, nothing else tried or reported: the power
    // is the one suspect ruled out, and the next one comes first. (Not when the part put in is what
    // starves the device: a long extension, a timer, a supply not its own.)
    // (After a power cut, only another adapter rules the supply out: the cut may have harmed it.)
    else if (tried.size === 1 && tried.has('power') && (events.length === 0 || (events.length === 1 && adapterAfterCut)) && causes[0]?.id === 'power' && !notItsOwnSupply && !powerRunsOut) putFirst(causes, causes[1]?.id ?? 'hardware');
    // A chewed lead is the power supply's harm, whatever marks the teeth left.
    else if (leadChewed(normalised)) putFirst(causes, 'power');
    // The device replaced and still red on the supply it had: the supply is what they share.
    else if (events.length === 0 && tried.size === 0 && deviceReplacedOnSameSupply(normalised)) putFirst(causes, 'power');
    // (Not on a supply not its own: "the motor clicks, it's on a 12V charger" starves it.)
    else if (onTopic && !notItsOwnSupply) {
      // (Nor a fault after an update: "won't pan since the update" is the update's.)
      const fault = update ? null : this.deviceFaults.detect(tokens);
      if (fault !== null) putFirst(causes, this.deviceFaults.toldOfPowerPart(tokens, fault) ? 'power' : 'hardware');
      // ("knocked my C100 off the bookshelf", "dropped the TC70 down the stairs": the device itself fell.)
      else if (deviceKnockedDown(normalised)) putFirst(causes, 'hardware');
    }
    // Frost or hard cold on a device on the mains, with nothing else reported and no word that
    // points firmly elsewhere: the cold is past what the device is made for.
    if (events.length === 0 && !powerRunsOut && (causes[0]?.score ?? 0) < COLD_OUTWEIGHS && mainsDeviceInTheCold(normalised)) putFirst(causes, 'hardware');
    // The power judged fine by the owner ("the floodlight on that circuit works, so it's not power"),
    // with nothing told that starves the device: the next suspect comes first.
    // (A socket tested with a lamp after a power cut proves the socket, not the supply the cut may have harmed.)
    const powerFine = powerRuledOut(normalised) || (socketTested(normalised) && !events.includes('power-outage'));
    if (causes[0]?.id === 'power' && powerFine && !powerRunsOut && !notItsOwnSupply) putFirst(causes, causes[1]?.id ?? 'network');
    // Heat, smoke, sparks or water inside is damage to the part it is on, whatever else the text
    // names: the power supply's when a danger's clause names a power part nearer to it than the
    // device ("sparks at the outlet", "the camera blinks and the adapter is hot"), else the device's.
    // A smart plug named by its model, and no other device, is the device: its own sparks are its
    // damage. One that feeds a camera is that camera's power supply.
    if (hazard !== null) {
      putFirst(causes, this.safety.onPowerSupply(tokens, hazards, plugIsDevice) ? 'power' : 'hardware');
    }

    // "Nothing changed" only where no change is reported beside it.
    const noChange = events.length === 0 && saysNothingChanged(tokens);
    // A description that names the product ("Tapo", a model) in words this layer mostly does not
    // know (a language it has few words of), where it reads neither a cause nor an event, may tell
    // of a danger it cannot see: the user is asked to check, once.
    const unread = namesProduct && !question && causes.length === 0 && events.length === 0 && wordsUnknown;
    const caution = hazard === null && onTopic && (this.caution.detect(tokens) !== null || unread);
    // No word points at a cause, but the light does: the guide's reading of its pattern. A red
    // light whose pattern is not told ("it keeps flashing red", "the one in the loft. Red.") gets
    // the mean of the patterns it may be; not red told of no light ("we painted the hall red"), nor
    // another thing's light ("the printer blinks red").
    const redOfTheDevice = () =>
      light === 'red' &&
      (colour.moving || namesProduct || entities.device !== undefined || tokens.some((tk) => LIGHT_WORDS.has(tk.word)) || redAsState(normalised)) &&
      (namesDevice || otherLightHits().length === 0);
    const lightCauses = pattern !== null ? this.causesOfPattern.get(pattern) : colour.moving ? this.causesOfBlinking : this.causesOfRed;
    // (The firmware told current leaves it out: "2 blinks, pause, 2 blinks... app says firmware is latest".)
    const firmwareCurrent = () => tokens.some((tk) => tk.denied && FIRMWARE_WORDS.has(tk.word));
    const guessed = ((causes.length === 0 && onTopic && (pattern !== null || redOfTheDevice()) && lightCauses) || []).filter((c) => c.id !== 'firmware' || !firmwareCurrent());
    causes.push(...guessed);
    const analysis: Analysis = { text, causes, causesFromPattern: guessed.length > 0, pattern, events, safety: hazard !== null, caution, faq, command, question, entities, unsure, light, topic, onTopic, noChange, otherBrand: null };
    const otherBrand = namesModel ? null : this.otherBrands.named(normalised, namesDevice);
    return otherBrand === null ? analysis : aboutAnotherMaker(analysis, otherBrand);
  }
}

/** What is left of an analysis of a text about another maker's product: its words and any hazard. */
function aboutAnotherMaker(a: Analysis, brand: string): Analysis {
  const entities = { ...a.entities };
  delete entities.device;
  return { ...a, causes: [], causesFromPattern: false, pattern: null, events: [], caution: false, faq: null, unsure: null, entities, onTopic: false, noChange: false, otherBrand: brand };
}

/** The last clause of a text of two or more (split at punctuation, "but", "still"), else null. */
function lastClause(tokens: readonly Token[]): readonly Token[] | null {
  let end = tokens.length;
  while (end > 0 && tokens[end - 1].punct) end--;
  for (let i = end - 1; i > 0; i--) {
    const t = tokens[i];
    if (t.punct) return i + 1 < end ? tokens.slice(i + 1, end) : null;
    if (CLAUSE_WORDS.has(t.word)) return tokens.slice(i, end);
  }
  return null;
}

/** How sure each of two questions in one message must be of its entry to count as asking it. */
const CLEAR_PART = 0.6;
/** Words that may join two questions: "how do I reset it and is it safe". */
const JOINS = new Set(['and', 'or', 'also', 'plus']);

/**
 * The parts of a text that are phrased as questions on their own, split at punctuation and at a
 * joining word ("and", "or"): "how do i reset it and is it safe" -> "how do i reset it", "is it
 * safe"; "what does red and green mean" is one ("green mean" asks nothing).
 */
function questionParts(tokens: readonly Token[]): Token[][] {
  const parts: Token[][] = [];
  let cur: Token[] = [];
  // Each part must open as a question ("is it safe"): the text's one question mark does not make
  // "wpa2 or wpa3 for the camera?" two questions.
  const close = () => {
    if (cur.length > 0 && isQuestion(cur.map((t) => t.word).join(' '), cur)) parts.push(cur);
    cur = [];
  };
  for (const t of tokens) {
    if (t.punct && t.word !== '(' && t.word !== ')') close();
    else if (!t.punct && JOINS.has(t.word) && cur.length > 0) close();
    else if (!t.punct) cur.push(t);
  }
  close();
  return parts;
}

/**
 * The one clause of a multi-clause text that asks (phrased as a question on its own), and whether
 * it leads or ends the text: "is it safe to reset, the light is red" -> "is it safe to reset",
 * leading. Null for a text of one clause, or when more than one clause asks.
 */
function askingClause(tokens: readonly Token[]): { clause: readonly Token[]; leads: boolean; last: boolean } | null {
  const clauses: Token[][] = [];
  let cur: Token[] = [];
  let asking: Token[] | null = null;
  let askingCount = 0;
  const close = (end: string) => {
    if (cur.length === 0) return;
    const words = cur.map((t) => t.word).join(' ');
    if (isQuestion(end === '?' ? `${words} ?` : words, cur)) {
      askingCount++;
      asking ??= cur;
    }
    clauses.push(cur);
    cur = [];
  };
  for (const t of tokens) {
    if (t.punct && t.word !== '(' && t.word !== ')') {
      // "quick question, is it safe to reset": a lead-in is no clause of its own.
      if (clauses.length === 0 && onlyLeadsIn(cur)) cur = [];
      else close(t.word);
    } else if (!t.punct) cur.push(t);
  }
  close('');
  if (clauses.length < 2 || asking === null) return null;
  if (askingCount === 1) return { clause: asking, leads: asking === clauses[0], last: asking === clauses[clauses.length - 1] };
  // Two questions that close the text together ("how do I reach a person, and what will they want
  // from me?") ask as one, after the story before them.
  const from = clauses.indexOf(asking);
  return from > 0 && clauses.length - from === askingCount ? { clause: clauses.slice(from).flat(), leads: false, last: true } : null;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
