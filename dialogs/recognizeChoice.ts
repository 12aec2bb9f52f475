import type { Choice } from '../src/channels/message';
import type { CommandId } from '../src/content/schemas/ids';
import type { Analysis } from '../src/nlp/types';

export interface AskChoice extends Choice {
  /** Free-text commands that also pick this choice ("it works now" -> fixed). */
  commands?: CommandId[];
  /** Picked by words only, without a button of its own ("skip this one"). */
  wordsOnly?: boolean;
  /** Picked by words that say nothing changed and describe nothing ("no, nothing new, it just rained"). */
  nothingChanged?: boolean;
}

/** The choices that get a button (and a number, where buttons are a numbered list). */
export const shownChoices = (choices: readonly AskChoice[]) => choices.filter((c) => !c.wordsOnly);

const normalise = (s: string) => s.trim().toLowerCase().replace(/[\s.!?]+$/g, '').replace(/\s+/g, ' ');

/** Exact picks only: a card submit, the button's own words, or its number. */
export function exactChoice(choices: readonly AskChoice[], text: string, value: unknown): AskChoice | undefined {
  const submitted = (value as { choice?: unknown } | undefined)?.choice;
  if (typeof submitted === 'string') return choices.find((c) => c.id === submitted);
  const said = normalise(text);
  if (said === '') return undefined;
  const byTitle = choices.find((c) => normalise(c.title) === said);
  if (byTitle) return byTitle;
  const n = /^\(?(\d{1,2})[).]?$/.exec(said);
  if (n) return shownChoices(choices)[Number(n[1]) - 1];
  return undefined;
}

/**
 * Exact picks first, then what the words mean ("still red" -> still blinking). Understanding is
 * asked for only when the words are not a button's own.
 */
export function recognizeChoice(
  choices: readonly AskChoice[],
  text: string,
  value: unknown,
  understand: () => Analysis,
): AskChoice | undefined {
  const exact = exactChoice(choices, text, value);
  if (exact) return exact;
  const command = understand().command?.id;
  return command ? choices.find((c) => c.commands?.includes(command)) : undefined;
}
