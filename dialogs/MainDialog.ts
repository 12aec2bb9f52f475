import {
  Dialog,
  DialogTurnStatus,
  type DialogContext,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { Analysis } from '../src/nlp/types';
import { type Answer, type Ask } from './AskDialog';
import { getCase, setCase, stepMark } from './caseState';
import { ClarifyDialog, type ClarifyOptions } from './ClarifyDialog';
import { DiagnosisDialog, type DiagnosisOptions } from './DiagnosisDialog';
import { EscalationDialog, type EscalationOptions } from './EscalationDialog';
import { FlowDialog } from './FlowDialog';
import { DIALOG } from './ids';
import { QuickAnswersDialog } from './QuickAnswersDialog';
import { exactChoice, type AskChoice } from './recognizeChoice';
import type { DialogServices } from './services';
import { analysisOf, describesProblem, say, words } from './turn';

export interface MainOptions {
  /** First contact: introduce the bot. */
  welcome?: boolean;
  /** The user came back after a while: offer to continue where they left off. */
  resume?: boolean;
  /** Show the menu again after a quick answer. */
  again?: boolean;
}

/** The innermost active dialog, where a pending question lives. */
function leaf(dc: DialogContext): DialogContext {
  // Every read of `child` builds a new DialogContext: read it once per level.
  let current = dc;
  for (let next = current.child; next; next = next.child) current = next;
  return current;
}

function pendingAsk(dc: DialogContext): Ask | undefined {
  const active = leaf(dc).activeDialog;
  return active?.id === DIALOG.ask ? (active.state as { ask: Ask }).ask : undefined;
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
      choices: [
        ...extra,
        { id: 'troubleshoot', title: b.troubleshoot, commands: ['start'] },
        { id: 'questions', title: b.quickAnswers, commands: ['faq-list'] },
      ],
      freeText: 'description',
    };
  }

  private async resumable(dc: DialogContext) {
    const kase = await this.services.caseState.get(dc.context);
    const open = kase && (kase.status === 'in-progress' || kase.status === 'paused');
    return open && kase.plan.length > 0 && kase.index < kase.plan.length ? kase : undefined;
  }

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options ?? {}) as MainOptions;
    const analysis = analysisOf(step.context, this.services.analyzer);
    const b = this.messages.buttons;

    if (options.welcome) return step.prompt(DIALOG.ask, this.menu(this.messages.welcome) as never);
    if (options.again) return step.prompt(DIALOG.ask, this.menu(this.messages.anythingElse) as never);

    const early = await this.interruption(step, analysis, true);
    if (early) return early;

    const saved = await this.resumable(step);
    if (saved) {
      if (analysis.command?.id === 'resume') return step.beginDialog(DIALOG.diagnosis, { resume: true } satisfies DiagnosisOptions);
      const mark = stepMark(saved);
      const title = this.services.content.flow.steps.find((s) => s.id === mark.id)?.title;
      return step.prompt(DIALOG.ask, {
        text: words(this.messages, 'welcomeBack', { index: mark.index, total: mark.total, title }),
        choices: [
          { id: 'continue', title: b.continue, commands: ['resume', 'yes'] },
          { id: 'restart', title: b.startOver, commands: ['restart', 'no'] },
        ],
      } as never);
    }
    if (describesProblem(analysis) || analysis.command?.id === 'start') {
      return step.beginDialog(DIALOG.diagnosis, { fromMessage: describesProblem(analysis) } satisfies DiagnosisOptions);
    }
    if (analysis.command?.id === 'faq-list') return step.beginDialog(DIALOG.quickAnswers);
    const greeting = analysis.command?.id === 'greet' || analysis.command?.id === 'help';
    return step.prompt(DIALOG.ask, this.menu(greeting ? this.messages.welcome : this.messages.notUnderstood) as never);
  }

  private async afterMenu(step: WaterfallStepContext): Promise<DialogTurnResult> {
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
    const kase = await this.services.caseState.get(step.context);
    const troubleshooting = kase && kase.status !== 'cancelled' && kase.plan.length > 0;
    if (troubleshooting) return step.endDialog();
    return step.replaceDialog(DIALOG.waterfall, { again: true } satisfies MainOptions);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    // A button's own words hold no danger and no question: straight to the question that offered it.
    // (A card's value counts only when no words came with it: words are always read.)
    const { text, value } = innerDc.context.activity;
    const said = text?.trim() ?? '';
    const ask = pendingAsk(innerDc);
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

    // At the start nothing is running yet but the router itself, which simply waits for the child.
    const clear = async () => {
      if (!atStart) await dc.cancelAllDialogs();
    };

    if (analysis.safety) {
      await clear();
      await say(context, messages, 'safetyStop', { message: this.services.content.flow.safety.message });
      return dc.beginDialog(DIALOG.escalation, { reason: 'safety' } satisfies EscalationOptions);
    }

    const command = analysis.command?.id;
    if (human || command === 'human') {
      await clear();
      return dc.beginDialog(DIALOG.escalation, { reason: 'user-request' } satisfies EscalationOptions);
    }
    if (command === 'cancel' && !atStart) {
      await dc.cancelAllDialogs();
      const kase = await getCase(this.services, context);
      kase.status = 'cancelled';
      await setCase(this.services, context, kase);
      await say(context, messages, 'cancelled');
      return { status: DialogTurnStatus.complete };
    }
    if (command === 'restart') {
      await clear();
      await say(context, messages, 'startingOver');
      return dc.beginDialog(DIALOG.diagnosis, {} satisfies DiagnosisOptions);
    }
    if (atStart) return this.quickAnswer(dc, analysis, true);
    if (command === 'help') {
      await say(context, messages, 'help');
      await dc.repromptDialog();
      return Dialog.EndOfTurn;
    }
    return this.quickAnswer(dc, analysis, false);
  }

  /** A question one of the quick answers covers is answered; then whatever was pending is asked again. */
  private async quickAnswer(dc: DialogContext, analysis: Analysis, atStart: boolean): Promise<DialogTurnResult | undefined> {
    if (!analysis.faq || (describesProblem(analysis) && !analysis.question)) return undefined;
    if (analysis.unsure?.kind === 'faq' && analysis.question) {
      const faqIds = analysis.unsure.options.slice(0, 2).map((o) => o.id);
      return leaf(dc).beginDialog(DIALOG.clarify, { faqIds } satisfies ClarifyOptions);
    }
    const entry = this.services.content.faq.find((f) => f.id === analysis.faq!.id);
    if (!entry) return undefined;
    await say(dc.context, this.messages, 'quickAnswer', { answer: entry.answer });
    if (atStart) return dc.prompt(DIALOG.ask, this.menu(this.messages.anythingElse) as never);
    await dc.repromptDialog();
    return Dialog.EndOfTurn;
  }
}
