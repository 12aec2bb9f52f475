import { ComponentDialog, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { AskDialog, type Answer } from './AskDialog';
import { getCase, setCase } from './caseState';
import { DIALOG } from './ids';
import type { DialogServices } from './services';
import { say, words } from './turn';

/** The device works again: how to keep it that way, and how helpful this was (1-5). */
export class FeedbackDialog extends ComponentDialog {
  constructor(private readonly services: DialogServices) {
    super(DIALOG.feedback);
    this.initialDialogId = DIALOG.waterfall;
    this.addDialog(new AskDialog(DIALOG.ask, services.content.messages, services.analyzer));
    this.addDialog(new WaterfallDialog(DIALOG.waterfall, [(step) => this.askRating(step), (step) => this.thank(step)]));
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
