import { z } from 'zod/v4';

// The ids are a contract with transcripts, checks and the web page: keep them stable.
export const CAUSE_IDS = ['power', 'network', 'firmware', 'hardware'] as const;
export const PATTERN_IDS = ['slow', 'rapid', 'solid', 'alternating', 'burst'] as const;
export const EVENT_IDS = ['power-outage', 'firmware-update', 'network-change', 'relocation'] as const;
export const STEP_IDS = [
  'power-cycle',
  'reseat-cables',
  'factory-reset',
  'update-firmware',
  'refresh-network',
  'check-hardware',
  'contact-support',
  'plan-redundancy',
] as const;
export const DEVICE_KINDS = ['camera', 'battery-camera', 'doorbell', 'hub', 'plug', 'other'] as const;

/** What the user wants the bot to do, when the text is a command rather than a description. */
export const COMMAND_IDS = [
  'greet',
  'help',
  'cancel',
  'restart',
  'human',
  'fixed',
  'still-blinking',
  'changed',
  'already-tried',
  'explain',
  'pause',
  'resume',
  'yes',
  'no',
  'start',
  'faq-list',
  /** Politeness: "thanks", "thank you so much" (not "it's fixed"; "sorted, thanks" is fixed). */
  'thanks',
  /** Leaving: "bye", "that's all", "have a good day". */
  'bye',
  /**
   * Moving past a step without trying it or saying how it went: "skip", "skip this one", "next
   * step please" (not "already tried", which says it was done before; bare "next" stays
   * still-blinking).
   */
  'skip',
  /**
   * Asking who is answering: "are you a bot?", "am I talking to a real person?" (a question
   * about the chat, not a request for a person: "can I talk to a real person?" is human).
   */
  'identity',
] as const;

export type CauseId = (typeof CAUSE_IDS)[number];
export type PatternId = (typeof PATTERN_IDS)[number];
export type EventId = (typeof EVENT_IDS)[number];
export type StepId = (typeof STEP_IDS)[number];
export type DeviceKind = (typeof DEVICE_KINDS)[number];
export type CommandId = (typeof COMMAND_IDS)[number];

export const causeId = z.enum(CAUSE_IDS);
export const patternId = z.enum(PATTERN_IDS);
export const eventId = z.enum(EVENT_IDS);
export const stepId = z.enum(STEP_IDS);
export const deviceKind = z.enum(DEVICE_KINDS);
export const text = z.string().trim().min(1);
/** A quick answer's id: lower-case words joined by hyphens ("factory-reset-safe"). */
export const faqId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');

/** Per-cause weights in [0, 1]: how strongly a pattern or an event points at each cause. */
export const causeWeights = z.partialRecord(causeId, z.number().min(0).max(1));
