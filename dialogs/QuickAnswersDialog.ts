import type { WaterfallStepContext } from 'botbuilder-dialogs';
import type { Answer } from './AskDialog';
import { FlowDialog } from './FlowDialog';
import { DIALOG } from './ids';
import type { DialogServices } from './services';
import { analysisOf, say } from './turn';

/** What the quick answers hand back: a description typed there is for the diagnosis. */
export type QuickAnswersResult = { next: 'diagnose' } | undefined;

/** How many quick answers get a button; the rest are found by asking in one's own words. */
const LISTED = 8;

/** A menu of the common questions; a pick or a typed question gets its answer. */
export class QuickAnswersDialog extends FlowDialog {
  constructor(services: DialogServices) {
    super(DIALOG.quickAnswers, services);
  }

  protected steps() {
    return [this.list, this.answer];
  }

  private async list(step: WaterfallStepContext) {
    const { faq, messages } = this.services.content;
    return step.prompt(DIALOG.ask, {
      text: messages.quickAnswersIntro,
      choices: faq.slice(0, LISTED).map((f) => ({ id: f.id, title: f.button })),
      freeText: true,
    } as never);
  }

  private async answer(step: WaterfallStepContext) {
    const { faq, messages } = this.services.content;
    const answer = step.result as Answer;
    const id = answer.kind === 'choice' ? answer.id : analysisOf(step.context, this.services.analyzer).faq?.id;
    const entry = faq.find((f) => f.id === id);
    if (entry) await say(step.context, messages, 'quickAnswer', { answer: entry.answer });
    else await say(step.context, messages, 'noQuickAnswer');
    return step.endDialog();
  }
}
