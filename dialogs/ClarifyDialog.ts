import type { WaterfallStepContext } from 'botbuilder-dialogs';
import type { Answer } from './AskDialog';
import { FlowDialog } from './FlowDialog';
import { DIALOG } from './ids';
import type { DialogServices } from './services';
import { say } from './turn';

export interface ClarifyOptions {
  /** Quick-answer ids the question could mean, best first. */
  faqIds: string[];
}

/** The question is close to two quick answers: ask which one before answering. */
export class ClarifyDialog extends FlowDialog {
  constructor(services: DialogServices) {
    super(DIALOG.clarify, services);
  }

  protected steps() {
    return [this.ask, this.answer];
  }

  private async ask(step: WaterfallStepContext) {
    const { faq, messages } = this.services.content;
    const { faqIds } = step.options as ClarifyOptions;
    const options = faqIds.flatMap((id) => faq.filter((f) => f.id === id)).map((f) => ({ id: f.id, title: f.button }));
    return step.prompt(DIALOG.ask, {
      text: messages.clarify,
      choices: [...options, { id: 'neither', title: messages.buttons.neither, commands: ['no'] }],
    } as never);
  }

  private async answer(step: WaterfallStepContext) {
    const { faq, messages } = this.services.content;
    const answer = step.result as Answer;
    const entry = answer.kind === 'choice' ? faq.find((f) => f.id === answer.id) : undefined;
    if (entry) await say(step.context, messages, 'quickAnswer', { answer: entry.answer });
    else await say(step.context, messages, 'noQuickAnswer');
    return step.endDialog({ kind: 'clarified' });
  }
}
