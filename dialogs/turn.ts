import type { Activity, TurnContext } from 'botbuilder';
import type { OutgoingMessage } from '../src/channels/message';
import { renderText } from '../src/channels/render';
import { fill } from '../src/content/fill';
import type { Messages } from '../src/content/schemas/messages';
import type { Analysis, Analyzer } from '../src/nlp/types';

/** Longest text handed to understanding; longer messages are cut, not refused. */
export const MAX_UNDERSTOOD_LENGTH = 1_000;
const ANALYSIS = Symbol('analysis');

/** The text of this turn's message, understood once and shared by every dialog that looks at it. */
export function analysisOf(context: TurnContext, analyzer: Analyzer): Analysis {
  const cached = context.turnState.get(ANALYSIS) as Analysis | undefined;
  if (cached) return cached;
  const text = (context.activity.text ?? '').slice(0, MAX_UNDERSTOOD_LENGTH);
  const analysis = analyzer.analyze(text);
  context.turnState.set(ANALYSIS, analysis);
  return analysis;
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
