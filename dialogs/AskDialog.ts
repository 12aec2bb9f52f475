import type { DialogContext, DialogEvent, DialogInstance, DialogTurnResult } from 'botbuilder-dialogs';
import { Dialog, DialogEvents } from './sdk';
import type { TurnContext } from 'botbuilder';
import { renderAsk } from '../src/channels/render';
import type { StepMark } from '../src/channels/message';
import type { Messages } from '../src/content/schemas/messages';
import type { Analysis, Analyzer } from '../src/nlp/types';
import { recognizeChoice, shownChoices, type AskChoice } from './recognizeChoice';
import { analysisOf, describesProblem, mentionsTheDevice, namesTheDevice, saysItIsRed, send } from './turn';

/**
 * How to build a question again, as plain data: what is stored for a question whose full text is
 * long and can be made again from a few facts (a step: its id and place in the plan).
 */
export interface AskRecipe {
  kind: string;
  [fact: string]: string | number | boolean | undefined;
}

export interface Ask {
  text: string;
  /** When set, only this is stored, and the dialog that asked rebuilds the question from it. */
  recipe?: AskRecipe;
  /** Said instead of `text` when the question comes back after an interruption (a quick answer, help). */
  again?: string;
  /** Said instead of the general rephrase request when an answer is not understood the first time. */
  unclear?: string;
  choices: AskChoice[];
  step?: StepMark;
  /**
   * Text accepted as an answer when no choice matches: any; only text that describes the problem
   * (a pattern, a cause, an event); text about the problem at all, however vague ("my camera is
   * blinking red"); or only text that names the device (a kind or a model); at a step, a
   * description or a statement that the light is still red.
   */
  freeText?: boolean | 'description' | 'problem' | 'device' | 'step';
  /** Accept an attachment (a photo) as an answer. */
  attachment?: boolean;
}

export type Answer =
  | { kind: 'choice'; id: string }
  | { kind: 'text'; text: string }
  | { kind: 'attachment'; name: string; url?: string };

interface AskState {
  /** The question as asked, or the recipe to build it again: never both. */
  ask?: Ask;
  recipe?: AskRecipe;
  misses: number;
}

/** Builds a question again from its recipe; each dialog that stores recipes has one. */
export type RebuildAsk = (recipe: AskRecipe) => Ask;

const ACCEPTS: Record<Extract<Ask['freeText'], string>, (analysis: Analysis) => boolean> = {
  description: describesProblem,
  problem: (analysis) => describesProblem(analysis) || mentionsTheDevice(analysis),
  device: namesTheDevice,
  step: (analysis) => describesProblem(analysis) || saysItIsRed(analysis),
};

const PENDING = Symbol('pendingAsk');

/**
 * The question this turn's message answers, if one was waiting: noted when the message arrived,
 * before any dialog acted on it.
 */
export function pendingAsk(context: TurnContext): Ask | undefined {
  return context.turnState.get(PENDING) as Ask | undefined;
}

const IN_FULL = Symbol('askInFull');

/** Asks the pending question again with its full text (after a greeting), not its shorter `again`. */
export async function repromptInFull(dc: DialogContext): Promise<void> {
  dc.context.turnState.set(IN_FULL, true);
  await dc.repromptDialog();
}

/** For a turn run again on fresh state: what was pending before may not be any more. */
export function forgetPendingAsk(context: TurnContext): void {
  context.turnState.delete(PENDING);
}

/**
 * Asks one question and waits for an answer: a button, its number, a card submit, words that mean a
 * choice, or (when allowed) free text or a photo. Misses get a rephrase request, then the choices
 * again with a way to reach a person: never a dead end.
 */
export class AskDialog extends Dialog<Ask> {
  constructor(
    id: string,
    private readonly messages: Messages,
    private readonly analyzer: Analyzer,
    private readonly rebuild?: RebuildAsk,
  ) {
    super(id);
  }

  override async beginDialog(dc: DialogContext, ask: Ask): Promise<DialogTurnResult> {
    const state: AskState = ask.recipe && this.rebuild ? { recipe: ask.recipe, misses: 0 } : { ask, misses: 0 };
    dc.activeDialog!.state = state;
    await this.show(dc.context, ask);
    return Dialog.EndOfTurn;
  }

  /**
   * Every message is announced to the innermost dialog first (botbuilder's activityReceived event,
   * on its way up to the parents): the moment to note which question it may answer, so that the
   * interruptions above need not walk down the dialog stack again to find it. The event goes no
   * further: no dialog above has a use for it (interruptions are MainDialog's onContinueDialog), and
   * each level it climbs costs a dialog context.
   */
  protected override async onPreBubbleEvent(dc: DialogContext, event: DialogEvent): Promise<boolean> {
    if (event.name !== DialogEvents.activityReceived || !dc.activeDialog) return false;
    dc.context.turnState.set(PENDING, this.pending(dc.activeDialog));
    return true;
  }

  /** The question an instance of this dialog is waiting on an answer to. */
  pending(instance: DialogInstance): Ask {
    const state = instance.state as AskState;
    if (state.ask) return state.ask;
    if (!state.recipe || !this.rebuild) throw new Error(`AskDialog "${this.id}": a stored question has neither text nor recipe`);
    return this.rebuild(state.recipe);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as AskState;
    const ask = this.pending(dc.activeDialog!);
    const answer = this.recognize(dc.context, ask);
    if (answer) return dc.endDialog(answer);

    state.misses += 1;
    // The rephrase request offers the question's buttons again but does not present a step anew.
    if (state.misses === 1) {
      await this.show(dc.context, { ...ask, text: ask.unclear ?? this.messages.notUnderstood, step: undefined });
    } else {
      const human: AskChoice = { id: 'human', title: this.messages.buttons.human, commands: ['human'] };
      await this.show(dc.context, { ...ask, text: this.messages.notUnderstoodAgain, choices: [...ask.choices, human], step: undefined });
    }
    return Dialog.EndOfTurn;
  }

  /** After an interruption's own question (a clarification) ends, ask again. */
  override async resumeDialog(dc: DialogContext): Promise<DialogTurnResult> {
    await this.repromptDialog(dc.context, dc.activeDialog!);
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const ask = this.pending(instance);
    const text = context.turnState.get(IN_FULL) ? ask.text : (ask.again ?? ask.text);
    await this.show(context, { ...ask, text });
  }

  private async show(context: TurnContext, ask: Ask): Promise<void> {
    await send(context, renderAsk(context.activity.channelId, { ...ask, choices: shownChoices(ask.choices) }));
  }

  private recognize(context: TurnContext, ask: Ask): Answer | undefined {
    const { activity } = context;
    const text = activity.text ?? '';
    const understand = () => analysisOf(context, this.analyzer);
    const choice = recognizeChoice(ask.choices, text, activity.value, understand);
    if (choice) return { kind: 'choice', id: choice.id };
    const file = activity.attachments?.find((a) => a.contentType?.startsWith('image/'));
    if (ask.attachment && file) return { kind: 'attachment', name: file.name ?? 'photo', url: file.contentUrl };
    const accepted = typeof ask.freeText === 'string' ? ACCEPTS[ask.freeText](understand()) : ask.freeText;
    if (accepted && text.trim() !== '') return { kind: 'text', text: text.trim() };
    const unchanged = understand().noChange ? ask.choices.find((c) => c.nothingChanged) : undefined;
    return unchanged && { kind: 'choice', id: unchanged.id };
  }
}
