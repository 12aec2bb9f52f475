import type { TurnContext } from 'botbuilder';
import type { DialogContext, DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { Dialog, DialogTurnStatus } from './sdk';
import type { Case } from '../src/diagnosis/case';
import type { Analysis } from '../src/nlp/types';
import { pendingAsk, repromptInFull, type Answer, type Ask } from './AskDialog';
import { getCase, setCase, stepMark } from './caseState';
import { ClarifyDialog, type ClarifyOptions } from './ClarifyDialog';
import { DiagnosisDialog, type DiagnosisOptions } from './DiagnosisDialog';
import { EscalationDialog, type EscalationOptions } from './EscalationDialog';
import { FlowDialog } from './FlowDialog';
import { userWords } from '../src/diagnosis/userWords';
import { DIALOG, isDiagnoseThis } from './ids';
import { QuickAnswersDialog } from './QuickAnswersDialog';
import { exactChoice, type AskChoice } from './recognizeChoice';
import type { DialogServices } from './services';
import { stepChoices } from './StepsDialog';
import { analysisOf, describesProblem, mentionsTheDevice, say, send, words } from './turn';
import { renderAsk } from '../src/channels/render';

export interface MainOptions {
  /** First contact: introduce the bot. */
  welcome?: boolean;
  /** The user came back after a while: offer to continue where they left off. */
  resume?: boolean;
  /** Show the menu again after a quick answer. */
  again?: boolean;
}

/** A quick answer is given beside a description only when it is this sure of the question. */
const SURE_ANSWER = 0.7;
/** Dangers noted during one hand-over; the latest are kept. */
const MAX_HAZARDS = 3;

/** The innermost active dialog, where a pending question lives. */
function leaf(dc: DialogContext): DialogContext {
  // Every read of `child` builds a new DialogContext: read it once per level.
  let current = dc;
  for (let next = current.child; next; next = next.child) current = next;
  return current;
}


/**
 * Routes a conversation (troubleshooting, quick answers, resume) and handles what may interrupt it at
 * any point: danger, a person, cancel, start over, help, a quick question. Each interruption is
 * handled here once, before the active dialog sees the message.
 */
export class MainDialog extends FlowDialog {
  constructor(services: DialogServices) {
    super(DIALOG.main, services);
    this.addDialog(new DiagnosisDialog(services));
    this.addDialog(new EscalationDialog(services));
    this.addDialog(new QuickAnswersDialog(services));
    // Registered here once; inner dialogs find it through their parent contexts.
    this.addDialog(new ClarifyDialog(services));
  }

  protected steps() {
    return [this.route, this.afterMenu, this.afterChild];
  }

  private get messages() {
    return this.services.content.messages;
  }

  private menu(text: string, extra: AskChoice[] = []): Ask {
    const b = this.messages.buttons;
    return {
      text,
      again: this.messages.anythingElse,
      choices: [
        ...extra,
        { id: 'troubleshoot', title: b.troubleshoot, commands: ['start'] },
        { id: 'questions', title: b.quickAnswers, commands: ['faq-list'] },
      ],
      freeText: 'problem',
    };
  }

  /** A case the user can pick up again: steps planned, not finished, fixed or handed over. */
  private async resumable(dc: DialogContext) {
    const kase = await this.services.caseState.get(dc.context);
    const open = kase && (kase.status === 'in-progress' || kase.status === 'paused' || kase.status === 'cancelled');
    return open && kase.plan.length > 0 && kase.index < kase.plan.length ? kase : undefined;
  }

  private offerResume(dc: DialogContext, saved: Case): Promise<DialogTurnResult> {
    const b = this.messages.buttons;
    const mark = stepMark(saved);
    const title = this.services.content.flow.steps.find((s) => s.id === mark.id)?.title;
    return dc.prompt(DIALOG.ask, {
      text: words(this.messages, 'welcomeBack', { index: mark.index, total: mark.total, title }),
      choices: [
        { id: 'continue', title: b.continue, commands: ['resume', 'yes'] },
        { id: 'restart', title: b.startOver, commands: ['restart', 'no'] },
      ],
    } satisfies Ask as never);
  }

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options ?? {}) as MainOptions;
    if (options.welcome) return step.prompt(DIALOG.ask, this.menu(this.messages.welcome) as never);
    if (options.again) return step.prompt(DIALOG.ask, this.menu(this.messages.anythingElse) as never);

    const confirmed = await this.confirmation(step, true);
    if (confirmed) return confirmed;
    const analysis = analysisOf(step.context, this.services.analyzer);
    const early = await this.interruption(step, analysis, true);
    if (early) return early;
    if (analysis.otherBrand) {
      const brand = analysis.otherBrand.charAt(0).toUpperCase() + analysis.otherBrand.slice(1);
      return step.prompt(DIALOG.ask, this.menu(words(this.messages, 'otherBrand', { brand })) as never);
    }

    const saved = await this.resumable(step);
    if (saved) {
      if (analysis.command?.id === 'resume') return step.beginDialog(DIALOG.diagnosis, { resume: true } satisfies DiagnosisOptions);
      // "Fixed it" after a pause answers the step the user was on.
      const answer = this.answerToStep(step.context, analysis, saved);
      if (answer) return step.beginDialog(DIALOG.diagnosis, { resume: true, answer } satisfies DiagnosisOptions);
      // After a cancel, a new description is a new problem.
      if (saved.status === 'cancelled' && describesProblem(analysis) && !analysis.question) {
        return step.beginDialog(DIALOG.diagnosis, { fromMessage: true } satisfies DiagnosisOptions);
      }
      return this.offerResume(step, saved);
    }
    if (describesProblem(analysis) || mentionsTheDevice(analysis) || analysis.command?.id === 'start') {
      return step.beginDialog(DIALOG.diagnosis, { fromMessage: analysis.command?.id !== 'start' } satisfies DiagnosisOptions);
    }
    if (analysis.command?.id === 'faq-list') return step.beginDialog(DIALOG.quickAnswers);
    const greeting = analysis.command?.id === 'greet' || analysis.command?.id === 'help';
    return step.prompt(DIALOG.ask, this.menu(greeting ? this.messages.welcome : this.messages.notUnderstood) as never);
  }

  /** A step's own button, or words that clearly say how a step went (not a bare "no"). */
  private answerToStep(context: TurnContext, analysis: Analysis, saved: Case): string | undefined {
    const choices = stepChoices(this.messages, saved.evidence.pattern).filter((c) => c.id !== 'pause');
    const { text, value } = context.activity;
    const pressed = exactChoice(choices, text ?? '', value);
    if (pressed) return pressed.id;
    const command = analysis.command?.id;
    return command && command !== 'no' ? choices.find((c) => c.commands?.includes(command))?.id : undefined;
  }

  private async afterMenu(step: WaterfallStepContext): Promise<DialogTurnResult> {
    // The quick answers, started straight from the first message, may hand over a description.
    if (isDiagnoseThis(step.result)) return this.afterChild(step);
    const answer = step.result as Answer | { kind: 'clarified' } | undefined;
    if (!answer) return step.next();
    if (answer.kind === 'clarified') return step.replaceDialog(DIALOG.waterfall, { again: true } satisfies MainOptions);
    if (answer.kind === 'text') return step.beginDialog(DIALOG.diagnosis, { fromMessage: true } satisfies DiagnosisOptions);
    switch (answer.kind === 'choice' ? answer.id : '') {
      case 'questions':
        return step.beginDialog(DIALOG.quickAnswers);
      case 'continue':
        return step.beginDialog(DIALOG.diagnosis, { resume: true } satisfies DiagnosisOptions);
      default:
        return step.beginDialog(DIALOG.diagnosis, {} satisfies DiagnosisOptions);
    }
  }

  private async afterChild(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (isDiagnoseThis(step.result)) {
      return step.replaceDialog(DIALOG.diagnosis, { fromMessage: true } satisfies DiagnosisOptions);
    }
    const kase = await this.services.caseState.get(step.context);
    const troubleshooting = kase && kase.status !== 'cancelled' && kase.plan.length > 0;
    if (troubleshooting) return step.endDialog();
    return step.replaceDialog(DIALOG.waterfall, { again: true } satisfies MainOptions);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const confirmed = await this.confirmation(innerDc, false);
    if (confirmed) return confirmed;
    // A button's own words hold no danger and no question: straight to the question that offered it.
    // (A card's value counts only when no words came with it: words are always read.)
    const { text, value } = innerDc.context.activity;
    const said = text?.trim() ?? '';
    const ask = pendingAsk(innerDc.context);
    if (ask && exactChoice(ask.choices, said, said === '' ? value : undefined)) return super.onContinueDialog(innerDc);
    const analysis = analysisOf(innerDc.context, this.services.analyzer);
    const interrupted = await this.interruption(innerDc, analysis, false);
    return interrupted ?? super.onContinueDialog(innerDc);
  }

  /** What may cut in on any conversation; undefined when the message is for the active dialog. */
  private async interruption(dc: DialogContext, analysis: Analysis, atStart: boolean): Promise<DialogTurnResult | undefined> {
    const { context } = dc;
    const { activity } = context;
    const messages = this.messages;
    const human = exactChoice([{ id: 'human', title: messages.buttons.human }], activity.text ?? '', activity.value);
    const kase = await this.services.caseState.get(context);
    // The details for support are being gathered: danger or a request for a person adds to them.
    const escalating = !atStart && kase?.status === 'escalated' && kase.escalation !== undefined && !kase.escalation.summaryId;

    // At the start nothing is running yet but the router itself, which simply waits for the child.
    const clear = async () => {
      if (!atStart) await dc.cancelAllDialogs();
    };

    if (analysis.safety) {
      await say(context, messages, 'safetyStop', { message: this.services.content.flow.safety.message });
      if (escalating) {
        kase.escalation!.hazards = [...(kase.escalation!.hazards ?? []), userWords(activity.text)].slice(-MAX_HAZARDS);
        await setCase(this.services, context, kase);
        await say(context, messages, 'hazardNoted');
        return this.askAgain(dc);
      }
      await clear();
      return dc.beginDialog(DIALOG.escalation, { reason: 'safety', words: userWords(activity.text) } satisfies EscalationOptions);
    }
    if (analysis.caution) await this.checkSafetyOnce(context, activity.text);

    const command = analysis.command?.id;
    if (human || command === 'human') {
      if (escalating) {
        await say(context, messages, 'alreadyEscalating');
        return this.askAgain(dc);
      }
      // The case is with support already: point to it rather than file it twice.
      const summaryId = kase?.escalation?.summaryId;
      if (summaryId && kase.status === 'escalated') {
        await say(context, messages, 'alreadyWithSupport', { id: summaryId });
        return atStart ? { status: DialogTurnStatus.complete } : this.askAgain(dc);
      }
      await clear();
      return dc.beginDialog(DIALOG.escalation, { reason: 'user-request', words: userWords(activity.text) } satisfies EscalationOptions);
    }
    if (command === 'cancel' && !atStart) {
      await dc.cancelAllDialogs();
      const cancelled = await getCase(this.services, context);
      cancelled.status = 'cancelled';
      await setCase(this.services, context, cancelled);
      await say(context, messages, 'cancelled');
      return { status: DialogTurnStatus.complete };
    }
    if (command === 'restart') return this.restart(dc, kase, atStart);
    // Politeness: at the end of a conversation it closes it; in the middle the question stays open.
    if (command === 'bye') {
      await say(context, messages, 'goodbye');
      return atStart ? { status: DialogTurnStatus.complete } : Dialog.EndOfTurn;
    }
    if (command === 'thanks') {
      await say(context, messages, 'youreWelcome');
      return atStart ? { status: DialogTurnStatus.complete } : this.askAgain(dc);
    }
    // "Are you a bot?" is answered honestly; it is not a request for a person.
    if (command === 'identity') {
      if (atStart) return dc.prompt(DIALOG.ask, this.menu(messages.identity) as never);
      await say(context, messages, 'identity');
      return this.askAgain(dc);
    }
    if (atStart) return this.quickAnswer(dc, analysis, true);
    if (command === 'help') {
      await say(context, messages, 'help');
      return this.askAgain(dc);
    }
    if (command === 'greet') {
      await repromptInFull(dc);
      return Dialog.EndOfTurn;
    }
    return this.quickAnswer(dc, analysis, false);
  }

  /** Start over: at once when little would be lost, after a yes when the user is into the steps. */
  private async restart(dc: DialogContext, kase: Case | undefined, atStart: boolean): Promise<DialogTurnResult> {
    const { context } = dc;
    const inSteps = kase && (kase.status === 'in-progress' || kase.status === 'paused') && kase.plan.length > 0;
    if (inSteps) {
      kase.confirmingRestart = true;
      await setCase(this.services, context, kase);
      const mark = stepMark(kase);
      const b = this.messages.buttons;
      await send(context, renderAsk(context.activity.channelId, {
        text: words(this.messages, 'confirmRestart', { index: mark.index, total: mark.total }),
        choices: [
          { id: 'yes', title: b.yesStartOver },
          { id: 'no', title: b.noCarryOn },
        ],
      }));
      return Dialog.EndOfTurn;
    }
    if (!atStart) await dc.cancelAllDialogs();
    if (kase && kase.plan.length > 0) await say(context, this.messages, 'startingOver');
    return dc.beginDialog(DIALOG.diagnosis, {} satisfies DiagnosisOptions);
  }

  /** The answer to "start again from the beginning?", if this message is one. */
  private async confirmation(dc: DialogContext, atStart: boolean): Promise<DialogTurnResult | undefined> {
    const { context } = dc;
    const kase = await this.services.caseState.get(context);
    if (!kase?.confirmingRestart) return undefined;
    delete kase.confirmingRestart;
    await setCase(this.services, context, kase);

    const b = this.messages.buttons;
    const { text, value } = context.activity;
    const picked = exactChoice([{ id: 'yes', title: b.yesStartOver }, { id: 'no', title: b.noCarryOn }], text ?? '', value)?.id;
    const command = picked ? undefined : analysisOf(context, this.services.analyzer).command?.id;
    if (picked === 'yes' || command === 'yes' || command === 'restart') {
      if (!atStart) await dc.cancelAllDialogs();
      await say(context, this.messages, 'startingOver');
      return dc.beginDialog(DIALOG.diagnosis, {} satisfies DiagnosisOptions);
    }
    if (picked === 'no' || command === 'no' || command === 'resume') {
      if (atStart) {
        await say(context, this.messages, 'carryOn');
        const saved = await this.resumable(dc);
        return saved ? dc.beginDialog(DIALOG.diagnosis, { resume: true } satisfies DiagnosisOptions) : undefined;
      }
      await say(context, this.messages, 'carryOn');
      return this.askAgain(dc);
    }
    // Anything else is a message of its own.
    return undefined;
  }

  /**
   * Words that come near a danger without naming one ("the adapter feels warm"): the user is asked
   * to check for it, once a conversation, and the message goes on to be handled as usual.
   */
  private async checkSafetyOnce(context: TurnContext, text: string): Promise<void> {
    const kase = await getCase(this.services, context);
    if (kase.safetyChecked) return;
    kase.safetyChecked = true;
    kase.safetyCheckWords = userWords(text);
    await setCase(this.services, context, kase);
    await say(context, this.messages, 'safetyCheck');
  }

  /** Whatever was pending is asked again, after an interruption was dealt with. */
  private async askAgain(dc: DialogContext): Promise<DialogTurnResult> {
    await dc.repromptDialog();
    return Dialog.EndOfTurn;
  }

  /** A question one of the quick answers covers is answered; then whatever was pending is asked again. */
  private async quickAnswer(dc: DialogContext, analysis: Analysis, atStart: boolean): Promise<DialogTurnResult | undefined> {
    const describes = describesProblem(analysis);
    if (!analysis.faq || (describes && !analysis.question)) return undefined;
    // A first message that tells what happened ("blinks fast since the power cut, can you help?")
    // starts the diagnosis, with its question answered on the way when the answer is clear. A
    // question that only names a pattern ("what does solid red mean?") is a question.
    const tellsWhatHappened = analysis.events.length > 0 || (analysis.causes.length > 0 && !analysis.causesFromPattern);
    if (atStart && tellsWhatHappened) {
      if (analysis.faq.score < SURE_ANSWER || analysis.unsure?.kind === 'faq') return undefined;
      await this.sayAnswer(dc, analysis.faq.id);
      return dc.beginDialog(DIALOG.diagnosis, { fromMessage: true } satisfies DiagnosisOptions);
    }
    if (analysis.unsure?.kind === 'faq' && analysis.question) {
      const faqIds = analysis.unsure.options.slice(0, 2).map((o) => o.id);
      return leaf(dc).beginDialog(DIALOG.clarify, { faqIds } satisfies ClarifyOptions);
    }
    if (!(await this.sayAnswer(dc, analysis.faq.id))) return undefined;
    if (!atStart) return this.askAgain(dc);
    const saved = await this.resumable(dc);
    if (saved) return this.offerResume(dc, saved);
    return dc.prompt(DIALOG.ask, this.menu(this.messages.anythingElse) as never);
  }

  private async sayAnswer(dc: DialogContext, faqId: string): Promise<boolean> {
    const entry = this.services.content.faq.find((f) => f.id === faqId);
    if (entry) await say(dc.context, this.messages, 'quickAnswer', { answer: entry.answer });
    return entry !== undefined;
  }
}
