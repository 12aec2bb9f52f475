import type { Activity, TurnContext } from 'botbuilder';
import type { OutgoingMessage } from '../src/channels/message';
import { renderText } from '../src/channels/render';
import { fill } from '../src/content/fill';
import type { Messages } from '../src/content/schemas/messages';
import type { Analysis, Analyzer } from '../src/nlp/types';

/** Longest text understood as a whole; the rest of a longer message is read for danger only. */
export const MAX_UNDERSTOOD_LENGTH = 1_000;
/** Each further stretch starts this far before the previous one ended, so no phrase is cut in two. */
const OVERLAP = 100;
const ANALYSIS = Symbol('analysis');

/** A danger mentioned anywhere in a long message stops the flow as surely as one in a short one. */
function dangerFurtherOn(text: string, analyzer: Analyzer): boolean {
  for (let at = MAX_UNDERSTOOD_LENGTH - OVERLAP; at < text.length; at += MAX_UNDERSTOOD_LENGTH - OVERLAP) {
    if (analyzer.analyze(text.slice(at, at + MAX_UNDERSTOOD_LENGTH)).safety) return true;
  }
  return false;
}

/** The text of this turn's message, understood once and shared by every dialog that looks at it. */
export function analysisOf(context: TurnContext, analyzer: Analyzer): Analysis {
  const cached = context.turnState.get(ANALYSIS) as Analysis | undefined;
  if (cached) return cached;
  const text = context.activity.text ?? '';
  let analysis = analyzer.analyze(text.slice(0, MAX_UNDERSTOOD_LENGTH));
  if (!analysis.safety && text.length > MAX_UNDERSTOOD_LENGTH && dangerFurtherOn(text, analyzer)) {
    analysis = { ...analysis, safety: true };
  }
  context.turnState.set(ANALYSIS, analysis);
  return analysis;
}

/** This turn's message as understood, if some dialog has read its words (a button press is not read). */
export function understoodSoFar(context: TurnContext): Analysis | undefined {
  return context.turnState.get(ANALYSIS) as Analysis | undefined;
}

export async function send(context: TurnContext, messages: OutgoingMessage[]): Promise<void> {
  if (messages.length > 0) await context.sendActivities(messages as Partial<Activity>[]);
}

export type MessageKey = { [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages];

/** The bot's words for `key`, with placeholders filled. */
export function words(messages: Messages, key: MessageKey, vars?: Record<string, string | number | undefined>): string {
  return fill(messages[key] as string, vars);
}

export async function say(
  context: TurnContext,
  messages: Messages,
  key: MessageKey,
  vars?: Record<string, string | number | undefined>,
): Promise<void> {
  await send(context, renderText(context.activity.channelId, words(messages, key, vars)));
}

/** The words say something about the light, its causes or what happened: a description to act on. */
export function describesProblem(analysis: Analysis): boolean {
  return analysis.causes.length > 0 || analysis.pattern !== null || analysis.events.length > 0;
}

/** A statement that the light is red, with nothing more specific ("nope, it's blinking red again"). */
export function saysItIsRed(analysis: Analysis): boolean {
  return !analysis.question && analysis.light === 'red';
}

/**
 * A statement about the device or its light that gives nothing specific yet ("my camera is
 * blinking red", "the light keeps flashing"): reason enough to start the diagnosis, with the quick
 * checks first.
 */
export function mentionsTheDevice(analysis: Analysis): boolean {
  return !analysis.question && analysis.command === null && (namesTheDevice(analysis) || analysis.onTopic === true);
}

/** The words name a kind of device or a Tapo model. */
export function namesTheDevice({ entities }: Analysis): boolean {
  return entities.device !== undefined || entities.model !== undefined;
}
