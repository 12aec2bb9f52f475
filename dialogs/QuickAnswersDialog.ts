import type { WaterfallStepContext } from 'botbuilder-dialogs';
import type { Answer, Ask } from './AskDialog';
import { FlowDialog } from './FlowDialog';
import { DIALOG, type DiagnoseThis } from './ids';
import type { DialogServices } from './services';
import { analysisOf, describesProblem, mentionsTheDevice, say } from './turn';

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
    const ask: Ask = {
      text: messages.quickAnswersIntro,
      // A typed question is answered as an interruption; then the list is offered with a short line.
      again: messages.quickAnswersMore,
      choices: faq.slice(0, LISTED).map((f) => ({ id: f.id, title: f.button })),
      freeText: true,
    };
    return step.prompt(DIALOG.ask, ask as never);
  }

  private async answer(step: WaterfallStepContext) {
    const { faq, messages } = this.services.content;
    const answer = step.result as Answer;
    const analysis = answer.kind === 'text' ? analysisOf(step.context, this.services.analyzer) : undefined;
    // A statement about the problem is for the diagnosis, even one a quick answer would fit.
    if (analysis && !analysis.question && (describesProblem(analysis) || mentionsTheDevice(analysis))) {
      return step.endDialog({ next: 'diagnose' } satisfies DiagnoseThis);
    }
    const id = answer.kind === 'choice' ? answer.id : analysis?.faq?.id;
    const entry = faq.find((f) => f.id === id);
    if (entry) {
      await say(step.context, messages, 'quickAnswer', { answer: entry.answer });
      return step.endDialog();
    }
    if (analysis) {
      // "How do I fix it": the diagnosis is what is wanted.
      if (analysis.command?.id === 'start') {
        return step.endDialog({ next: 'diagnose' } satisfies DiagnoseThis);
      }
      // "Common questions" again: the list is what is wanted.
      if (analysis.command?.id === 'faq-list') return step.replaceDialog(DIALOG.waterfall);
    }
    await say(step.context, messages, 'noQuickAnswer');
    return step.endDialog();
  }
}
