import type { CauseId, CommandId, DeviceKind, EventId, PatternId } from '../content/schemas/ids';

export type { CommandId };

export interface Scored<T extends string> {
  id: T;
  score: number;
}

export interface Entities {
  /** A Tapo model name, upper-cased: "C200", "C520WS", "H100". */
  model?: string;
  device?: DeviceKind;
  /** A firmware version string as written: "1.3.9 Build 230315". */
  firmware?: string;
  /** Numbers found by recognizers-text, in order. */
  numbers?: number[];
  /** Durations in seconds ("for 20 minutes" -> 1200). */
  durations?: number[];
  /** Frequencies as events per second ("twice a second" -> 2). */
  frequencies?: number[];
  /** Whole-number counts in a pattern ("3 blinks then a pause" -> 3). */
  blinkCount?: number;
  /** Relative times ("since yesterday") as recognizers-text resolved them. */
  since?: string;
}

export interface Analysis {
  text: string;
  /** Causes the text is evidence for, best first; empty when it says nothing about a cause. */
  causes: Scored<CauseId>[];
  pattern: PatternId | null;
  events: EventId[];
  /** Heat, smoke, burning smell, sparks, melting, swelling, water inside, exposed wires. */
  safety: boolean;
  /** Best quick answer, or null when the text is not a question one of them answers. */
  faq: Scored<string> | null;
  /** A command ("talk to a human", "start over", "it worked"), or null. */
  command: Scored<CommandId> | null;
  /** True when the text asks something rather than describes something. */
  question: boolean;
  entities: Entities;
  /** Set when the best guess is too close to the runner-up to act on: ask "more like A or B?". */
  unsure: { kind: 'cause' | 'faq' | 'command'; options: Scored<string>[] } | null;
}

export interface Analyzer {
  analyze(text: string): Analysis;
  /** Builds ahead of time what analyze() would build on first need; call it when nobody is waiting. */
  warmUp?(): void;
}
