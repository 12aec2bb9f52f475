import type { WaterfallStepContext } from 'botbuilder-dialogs';
import type { Answer } from './AskDialog';
import { getCase, setCase } from './caseState';
import { FlowDialog } from './FlowDialog';
import { DIALOG } from './ids';
import type { DialogServices } from './services';
import { say, words } from './turn';

/** The device works again: how to keep it that way, and how helpful this was (1-5). */
export class FeedbackDialog extends FlowDialog {
  constructor(services: DialogServices) {
    super(DIALOG.feedback, services);
  }

  protected steps() {
    return [this.askRating, this.thank];
  }

  private async askRating(step: WaterfallStepContext) {
    const { flow, messages } = this.services.content;
    const tips = flow.prevention.map((t) => `- ${t}`).join('\n');
    return step.prompt(DIALOG.ask, {
      text: words(messages, 'fixed', { tips }),
      choices: [1, 2, 3, 4, 5].map((n) => ({ id: String(n), title: String(n) })),
    } as never);
  }

  private async thank(step: WaterfallStepContext) {
    const answer = step.result as Answer;
    const kase = await getCase(this.services, step.context);
    if (answer.kind === 'choice') kase.rating = Number(answer.id);
    await setCase(this.services, step.context, kase);
    await say(step.context, this.services.content.messages, 'thanks');
    return step.endDialog();
  }
}
