import type { WaterfallStepContext } from 'botbuilder-dialogs';
import type { Answer, Ask } from './AskDialog';
import { getCase, setCase } from './caseState';
import { FlowDialog } from './FlowDialog';
import { DIALOG, type DiagnoseThis } from './ids';
import type { DialogServices } from './services';
import { analysisOf, describesProblem, say, words, type MessageKey } from './turn';

const LOWEST = 1;
const HIGHEST = 5;
/** "4/5", "8 out of 10": a score on a scale of its own. */
const SCORE_OF = /(\d+(?:\.\d+)?)\s*(?:\/|out\s+of|of)\s*(\d+)/i;

interface RatingOptions {
  /** Why the rating is asked again: the last answer held no number, or one off the scale. */
  again?: 'unclear' | 'range';
}

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
    const { again } = (step.options ?? {}) as RatingOptions;
    // The tips are said once; the question alone is what an interruption asks again.
    if (!again) await say(step.context, messages, 'fixed', { tips: flow.prevention.map((t) => `- ${t}`).join('\n') });
    const key: MessageKey = again === 'range' ? 'ratingOutOfRange' : again === 'unclear' ? 'ratingUnclear' : 'askRating';
    const ask: Ask = {
      text: words(messages, key),
      choices: Array.from({ length: HIGHEST - LOWEST + 1 }, (_, i) => String(LOWEST + i)).map((n) => ({ id: n, title: n })),
      freeText: true,
    };
    return step.prompt(DIALOG.ask, ask as never);
  }

  /** The rating a typed answer gives: a number (in words or digits, "4 stars", "4/5"), or why not. */
  private ratingOf(step: WaterfallStepContext, text: string): number | 'unclear' | 'range' {
    const score = SCORE_OF.exec(text);
    if (score) {
      const [got, outOf] = [Number(score[1]), Number(score[2])];
      if (outOf > 0 && got <= outOf) {
        const scaled = outOf === HIGHEST ? got : Math.round((got / outOf) * HIGHEST);
        return scaled >= LOWEST && scaled <= HIGHEST ? Math.round(scaled) : 'range';
      }
      return 'range';
    }
    const number = analysisOf(step.context, this.services.analyzer).entities.numbers?.[0];
    if (number === undefined) return 'unclear';
    return number >= LOWEST && number <= HIGHEST ? Math.round(number) : 'range';
  }

  private async thank(step: WaterfallStepContext) {
    const answer = step.result as Answer;
    const { again } = (step.options ?? {}) as RatingOptions;
    // "Oh no, it's blinking red fast again": not a rating but the problem back.
    if (answer.kind === 'text') {
      const analysis = analysisOf(step.context, this.services.analyzer);
      if (describesProblem(analysis) && !analysis.question && analysis.entities.numbers === undefined) {
        return step.endDialog({ next: 'diagnose' } satisfies DiagnoseThis);
      }
    }
    const rating = answer.kind === 'choice' ? Number(answer.id) : answer.kind === 'text' ? this.ratingOf(step, answer.text) : 'unclear';
    if (typeof rating !== 'number' && !again) {
      return step.replaceDialog(DIALOG.waterfall, { again: rating } satisfies RatingOptions);
    }
    // A second answer without a rating is let go: the rating is a favour, not a gate.
    const kase = await getCase(this.services, step.context);
    if (typeof rating === 'number') kase.rating = rating;
    await setCase(this.services, step.context, kase);
    await say(step.context, this.services.content.messages, 'thanks');
    return step.endDialog();
  }
}
