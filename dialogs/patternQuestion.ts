import type { TurnContext } from 'botbuilder';
import type { Content } from '../src/content/load';
import { PATTERN_IDS, type PatternId } from '../src/content/schemas/ids';
import type { Answer, Ask } from './AskDialog';
import type { AskChoice } from './recognizeChoice';
import type { DialogServices } from './services';
import { analysisOf } from './turn';

export interface PatternAskOptions {
  /** Offer "looks normal now" (the light was red before and may not be now). */
  offerNormal?: boolean;
  /** Take any words as the answer, not only words that describe the light. */
  anyText?: boolean;
}

/** "What does the light do?" with a button per pattern; free words are read for a pattern too. */
export function patternAsk(content: Content, text: string, { offerNormal = false, anyText = false }: PatternAskOptions = {}): Ask {
  const { flow, messages } = content;
  const choices: AskChoice[] = flow.patterns.map((p) => ({ id: p.id, title: p.button }));
  if (offerNormal) choices.push({ id: 'normal', title: messages.buttons.looksNormal, commands: ['fixed'] });
  choices.push({ id: 'unsure', title: messages.buttons.notSure, commands: ['no'] });
  return { text, choices, freeText: anyText || 'description' };
}

export function patternFromAnswer(context: TurnContext, services: DialogServices, answer: Answer): PatternId | undefined {
  if (answer.kind === 'choice') return (PATTERN_IDS as readonly string[]).includes(answer.id) ? (answer.id as PatternId) : undefined;
  if (answer.kind === 'text') return analysisOf(context, services.analyzer).pattern ?? undefined;
  return undefined;
}
