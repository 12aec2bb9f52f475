import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { renderAsk } from '../src/channels/render';
import type { StepMark } from '../src/channels/message';
import type { Messages } from '../src/content/schemas/messages';
import type { Analyzer } from '../src/nlp/types';
import { recognizeChoice, type AskChoice } from './recognizeChoice';
import { analysisOf, describesProblem, namesTheDevice, send } from './turn';

export interface Ask {
  text: string;
  /** Said instead of `text` when the question comes back after an interruption (a quick answer, help). */
  again?: string;
  choices: AskChoice[];
  step?: StepMark;
  /**
   * Text accepted as an answer when no choice matches: any, only text that describes the problem,
   * or only text that names the device (a kind or a model).
   */
  freeText?: boolean | 'description' | 'device';
  /** Accept an attachment (a photo) as an answer. */
  attachment?: boolean;
}

export type Answer =
  | { kind: 'choice'; id: string }
  | { kind: 'text'; text: string }
  | { kind: 'attachment'; name: string; url?: string };

interface AskState {
  ask: Ask;
  misses: number;
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
  ) {
    super(id);
  }

  override async beginDialog(dc: DialogContext, ask: Ask): Promise<DialogTurnResult> {
    const state: AskState = { ask, misses: 0 };
    dc.activeDialog!.state = state;
    await this.show(dc.context, ask);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as AskState;
    const answer = this.recognize(dc.context, state.ask);
    if (answer) return dc.endDialog(answer);

    state.misses += 1;
    const { ask } = state;
    // The rephrase request offers the question's buttons again but does not present a step anew.
    if (state.misses === 1) {
      await this.show(dc.context, { ...ask, text: this.messages.notUnderstood, step: undefined });
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
    const { ask } = instance.state as AskState;
    await this.show(context, { ...ask, text: ask.again ?? ask.text });
  }

  private async show(context: TurnContext, ask: Ask): Promise<void> {
    await send(context, renderAsk(context.activity.channelId, ask));
  }

  private recognize(context: TurnContext, ask: Ask): Answer | undefined {
    const { activity } = context;
    const text = activity.text ?? '';
    const understand = () => analysisOf(context, this.analyzer);
    const choice = recognizeChoice(ask.choices, text, activity.value, understand);
    if (choice) return { kind: 'choice', id: choice.id };
    const file = activity.attachments?.find((a) => a.contentType?.startsWith('image/'));
    if (ask.attachment && file) return { kind: 'attachment', name: file.name ?? 'photo', url: file.contentUrl };
    const accepted =
      ask.freeText === 'description'
        ? describesProblem(understand())
        : ask.freeText === 'device'
          ? namesTheDevice(understand())
          : ask.freeText;
    if (accepted && text.trim() !== '') return { kind: 'text', text: text.trim() };
    return undefined;
  }
}
