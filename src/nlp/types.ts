import type { CauseId, CommandId, DeviceKind, EventId, PatternId } from '../content/schemas/ids';

import type { LightColour } from './colour';

export type { CommandId, LightColour };

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
  /**
   * Causes the text is evidence for, best first; empty when it says nothing about a cause. When
   * it names only the light's pattern, the causes that pattern usually has (`causesFromPattern`).
   */
  causes: Scored<CauseId>[];
  /** The causes are the pattern's usual ones, not evidence from the words: no new evidence. */
  causesFromPattern?: boolean;
  pattern: PatternId | null;
  events: EventId[];
  /** Heat, smoke, burning smell, sparks, melting, swelling, water inside, exposed wires. */
  safety: boolean;
  /**
   * No danger named, but words that come near one ("the adapter feels warm", "a funny smell",
   * "condensation"): worth asking the user to check. Always false when `safety` is true.
   */
  caution?: boolean;
  /** Best quick answer, or null when the text is not a question one of them answers. */
  faq: Scored<string> | null;
  /** A command ("talk to a human", "start over", "it worked"), or null. */
  command: Scored<CommandId> | null;
  /** True when the text asks something rather than describes something. */
  question: boolean;
  entities: Entities;
  /** Set when the best guess is too close to the runner-up to act on: ask "more like A or B?". */
  unsure: { kind: 'cause' | 'faq' | 'command'; options: Scored<string>[] } | null;
  // The fields below are always set by analyze(); they are optional only so that analyses made
  // by hand (test doubles) need not spell them out.
  /**
   * The colour the light shows now, when the text says so ("it's green now" -> 'green', "was red,
   * now orange" -> 'amber'), else null. A light that is not red has no red pattern (`pattern` is
   * null), and, in a statement, a steady green light reads as the command 'fixed', another
   * colour or a blinking green one as 'changed' (unless another command was read).
   */
  light?: LightColour | null;
  /**
   * Probability in [0, 1] that the text concerns the product (the device, its light, its
   * connection, the support case) rather than anything else, by the relevance model trained on
   * the product's texts against out-of-scope lines.
   */
  topic?: number;
  /**
   * True when the text is about the device, its light, its connection or the support case ("my
   * camera is blinking red", "red light", "help my hub"): `topic` reaches the calibrated
   * threshold, or the text names a hazard or a Tapo model, or has a quick answer. False for
   * out-of-scope lines ("what's the weather", "my printer blinks orange"). Bare conversation
   * moves ("yes", "thanks") are read by `command`, whatever this says.
   */
  onTopic?: boolean;
  /**
   * True when the text states that nothing changed before the trouble started ("my C100 blinks
   * red fast since yesterday, nothing changed", "no changes recently", "I did not change
   * anything", "same setup as always"): the intake need not ask what changed. False when the
   * text also reports an event (`events` is not empty), when the clause that says it asks ("did
   * anything change?", "what if nothing changed?"), is a condition ("if nothing changed") or makes
   * an exception ("nothing changed except the router"), and for "nothing changed" or "no change"
   * in a text that reports trying a fix ("I restarted it and nothing changed" is how the fix
   * went). Meant for descriptions: at a step, "nothing changed" is the command 'still-blinking'.
   */
  noChange?: boolean;
  /**
   * Another maker's product the text is about ("my arlo camera is offline"), when it names no Tapo
   * device: then nothing else in it counts as evidence (no causes, pattern, events, device or quick
   * answer, and it is not on topic), except a hazard, which stops the flow whatever the device.
   */
  otherBrand?: string | null;
}

export interface Analyzer {
  analyze(text: string): Analysis;
  /** Builds ahead of time what analyze() would build on first need; call it when nobody is waiting. */
  warmUp?(): void;
}
