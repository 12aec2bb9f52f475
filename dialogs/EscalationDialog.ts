import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { WaterfallStepContext } from 'botbuilder-dialogs';
import { canSendFiles } from '../src/channels/capabilities';
import { renderFactSheet, renderText } from '../src/channels/render';
import type { StepId } from '../src/content/schemas/ids';
import type { Case, EscalationReason } from '../src/diagnosis/case';
import { buildSummary, summarySheet } from '../src/diagnosis/summary';
import { findModelLike, findSerial, findVersion, saysNotKnown } from '../src/nlp/serial';
import type { Analysis } from '../src/nlp/types';
import { type Answer, type Ask } from './AskDialog';
import { getCase, setCase, stepMark } from './caseState';
import { FlowDialog } from './FlowDialog';
import { userWords } from '../src/diagnosis/userWords';
import { DIALOG } from './ids';
import { patternAsk, patternFromAnswer } from './patternQuestion';
import { exactChoice } from './recognizeChoice';
import type { DialogServices } from './services';
import { effectsOf } from '../src/turnEffects';
import { analysisOf, describesProblem, send, words } from './turn';

export interface EscalationOptions {
  reason: EscalationReason;
  /** The user's message that led here (a danger they reported, their request for a person). */
  words?: string;
}

/** What support is asked for, in order; the photo comes last and ends the gathering. */
type Detail = 'model' | 'serial' | 'firmware' | 'pattern' | 'photo';
const DETAILS: readonly Detail[] = ['model', 'serial', 'firmware', 'pattern', 'photo'];
const TYPED: Partial<Record<Detail, { ask: 'askModel' | 'askSerial' | 'askFirmware'; again: 'modelUnclear' | 'serialUnclear' | 'firmwareUnclear' }>> = {
  model: { ask: 'askModel', again: 'modelUnclear' },
  serial: { ask: 'askSerial', again: 'serialUnclear' },
  firmware: { ask: 'askFirmware', again: 'firmwareUnclear' },
};

/** The gathering so far, handed from one round of the waterfall to the next. */
interface Progress extends EscalationOptions {
  /** The case is set up for support and the support step has been introduced. */
  started?: boolean;
  /** Details the user skipped or could not give: not asked again. */
  skipped?: Detail[];
  /** The detail whose last answer did not look like one: asked once more, in other words. */
  missed?: Detail;
}

interface RoundValues {
  asking?: Detail;
}

const CLOSING: readonly StepId[] = ['contact-support', 'plan-redundancy'];

/**
 * Gathers what a technician needs, shows the support summary, stores it and sends it on. Every
 * answer is read for every detail it gives; an answer that gives none of the one asked is asked once
 * more in other words, then taken as a skip.
 */
export class EscalationDialog extends FlowDialog {
  constructor(services: DialogServices) {
    super(DIALOG.escalation, services);
  }

  protected steps() {
    return [this.ask, this.take];
  }

  private get messages() {
    return this.services.content.messages;
  }

  private skip() {
    return [{ id: 'skip', title: this.messages.buttons.notSure, commands: ['no' as const] }];
  }

  private async ask(step: WaterfallStepContext) {
    const progress = step.options as Progress;
    const kase = progress.started ? await getCase(this.services, step.context) : await this.open(step.context, progress);
    const detail = DETAILS.find((d) => !progress.skipped?.includes(d) && !this.known(kase, d) && this.askable(step.context, d));
    if (!detail) {
      // Nothing left to ask (no photo where none can be sent): the summary follows the introduction.
      if (!progress.started) {
        const intro = this.introduction(kase, progress.reason);
        await send(step.context, renderText(step.context.activity.channelId, intro.text, intro.step));
      }
      return this.finish(step, kase, undefined);
    }
    (step.values as RoundValues).asking = detail;
    const ask = this.question(detail, progress.missed === detail);
    if (progress.started) return step.prompt(DIALOG.ask, ask as never);
    // The first question carries the support step's own introduction.
    const intro = this.introduction(kase, progress.reason);
    const first: Ask = { ...ask, text: `${intro.text}\n\n${ask.text}`, again: ask.text, step: intro.step };
    return step.prompt(DIALOG.ask, first as never);
  }

  private async take(step: WaterfallStepContext) {
    const progress = step.options as Progress;
    const detail = (step.values as RoundValues).asking!;
    const answer = step.result as Answer | undefined;
    const kase = await getCase(this.services, step.context);
    if (detail === 'photo') return this.finish(step, kase, answer);

    // Whatever the words give is kept, even when they also meant "not sure" ("no idea, but the
    // firmware is 1.3.9").
    const { text: said, value } = step.context.activity;
    const text = said?.trim() ?? '';
    const pressed = exactChoice(this.question(detail, false).choices, text, value) !== undefined;
    const analysis = text && !pressed ? analysisOf(step.context, this.services.analyzer) : undefined;
    if (analysis) this.harvest(kase, analysis, text, detail);
    if (answer?.kind === 'choice' && detail === 'pattern') {
      kase.evidence.pattern = patternFromAnswer(step.context, this.services, answer) ?? kase.evidence.pattern;
    }
    let outcome: 'given' | 'skipped' | 'missed' = 'skipped';
    if (this.known(kase, detail)) outcome = 'given';
    else if (answer?.kind === 'text' && analysis && detail !== 'pattern' && progress.missed !== detail && !this.declines(analysis, text)) {
      outcome = 'missed';
    }
    this.fitClosingSteps(kase);
    await setCase(this.services, step.context, kase);

    const next: Progress = {
      reason: progress.reason,
      ...(progress.words !== undefined ? { words: progress.words } : {}),
      started: true,
      skipped: outcome === 'skipped' ? [...(progress.skipped ?? []), detail] : (progress.skipped ?? []),
      ...(outcome === 'missed' ? { missed: detail } : {}),
    };
    return step.replaceDialog(DIALOG.waterfall, next);
  }

  /** The case becomes a hand-over: the step the user was on is recorded and support comes next. */
  private async open(context: TurnContext, { reason, words: given }: Progress): Promise<Case> {
    const kase = await getCase(this.services, context);
    const { activity } = context;
    // The words come with the options; the message that started the hand-over is the same text.
    let said = reason === 'steps-exhausted' ? '' : userWords(given ?? activity.text ?? '');
    if (said) {
      const analysis = said === userWords(activity.text ?? '') ? analysisOf(context, this.services.analyzer) : this.services.analyzer.analyze(said);
      this.harvest(kase, analysis, said);
      // "Talk to a person" alone tells support nothing; a danger, a description or a device does.
      const { model, device, firmware } = analysis.entities;
      const telling = reason === 'safety' || describesProblem(analysis) || analysis.safety || !!(model ?? device ?? firmware);
      if (!telling) said = '';
    }

    const current = kase.plan[kase.index];
    const onStep =
      reason !== 'steps-exhausted' &&
      (kase.status === 'in-progress' || kase.status === 'paused') &&
      current !== undefined &&
      !CLOSING.includes(current);
    if (onStep) kase.history.push({ step: current, outcome: 'escalated', at: this.services.now().toISOString() });
    // The plan is what was done, then support: progress reads from where the user really is.
    const done = kase.plan.slice(0, kase.index + (onStep ? 1 : 0)).filter((id) => !CLOSING.includes(id));
    kase.plan = [...done, ...CLOSING];
    this.fitClosingSteps(kase);
    kase.index = kase.plan.indexOf('contact-support');
    kase.status = 'escalated';
    kase.escalation = { reason, ...(said ? { words: said } : {}) };
    await setCase(this.services, context, kase);
    return kase;
  }

  /** "Step 7 of 8" when support follows the steps; after a stop or a request, no count to jump to. */
  private introduction(kase: Case, reason: EscalationReason) {
    const { flow } = this.services.content;
    const support = flow.steps.find((s) => s.id === 'contact-support')!;
    const mark = stepMark(kase);
    const heading =
      reason === 'steps-exhausted'
        ? words(this.messages, 'stepHeading', { index: mark.index, total: mark.total, title: support.title })
        : words(this.messages, 'supportHeading', { title: support.title });
    return { text: [this.messages.escalationReasons[reason], heading].join('\n\n'), step: mark };
  }

  private question(detail: Detail, again: boolean): Ask {
    const typed = TYPED[detail];
    if (typed) return { text: this.messages[again ? typed.again : typed.ask], choices: this.skip(), freeText: true };
    if (detail === 'pattern') return patternAsk(this.services.content, this.messages.askPatternForSupport);
    return {
      text: this.messages.askPhoto,
      choices: [{ id: 'skip', title: this.messages.buttons.skipPhoto, commands: ['no'] }],
      attachment: true,
    };
  }

  /** A photo only where the user can send a file. */
  private askable(context: TurnContext, detail: Detail): boolean {
    return detail !== 'photo' || canSendFiles(context.activity);
  }

  private known(kase: Case, detail: Detail): boolean {
    if (detail === 'photo') return false;
    return kase.evidence[detail] !== undefined;
  }

  /** "I don't know", "no idea", "can't find the label": the detail is not to hand. */
  private declines(analysis: Analysis, text: string): boolean {
    return analysis.command?.id === 'no' || saysNotKnown(text);
  }

  /** Every detail an answer gives, whichever was asked; looser shapes count for the one asked. */
  private harvest(kase: Case, analysis: Analysis, text: string, asked?: Detail) {
    const evidence = kase.evidence;
    const { entities } = analysis;
    const model = entities.model ?? (asked === 'model' ? findModelLike(text) : undefined);
    if (model) evidence.model = model;
    // The model says what kind of device it is; words ("a smart plug") only when nothing else did.
    if (entities.device && (entities.model || !evidence.device)) evidence.device = entities.device;
    const firmware = entities.firmware ?? (asked === 'firmware' ? findVersion(text) : undefined);
    if (firmware) evidence.firmware = firmware;
    const serial = findSerial(text, asked === 'serial');
    if (serial && serial !== model) evidence.serial = serial;
    if (analysis.pattern) evidence.pattern = analysis.pattern;
  }

  /** Covering the gap is for devices that guard a home, not for a smart plug. */
  private fitClosingSteps(kase: Case) {
    const redundancy = this.services.content.flow.steps.find((s) => s.id === 'plan-redundancy');
    const device = kase.evidence.device;
    const fits = !redundancy?.devices || !device || redundancy.devices.includes(device);
    if (!fits) kase.plan = kase.plan.filter((id) => id !== 'plan-redundancy');
  }

  private async finish(step: WaterfallStepContext, kase: Case, answer: Answer | undefined) {
    const { content, support, now } = this.services;
    const { flow, messages } = content;
    if (answer?.kind === 'attachment') kase.escalation!.photo = answer.url ?? answer.name;

    const { activity } = step.context;
    const reason = kase.escalation!.reason;
    const summary = buildSummary(flow, kase, {
      id: randomUUID().slice(0, 8).toUpperCase(),
      createdAt: now().toISOString(),
      reason,
      channel: activity.channelId,
      conversationId: activity.conversation.id,
    });
    await support.submit(summary, effectsOf(step.context.turnState));
    kase.escalation!.summaryId = summary.id;
    await setCase(this.services, step.context, kase);

    const channel = activity.channelId;
    await send(step.context, [
      ...renderFactSheet(channel, summarySheet(summary, messages)),
      // Where summaries only go into storage, nobody is told to expect it: the user says what next.
      ...renderText(channel, support.forwards ? messages.escalated : messages.escalatedKept),
    ]);
    const redundancyAt = kase.plan.indexOf('plan-redundancy');
    if (redundancyAt >= 0) {
      const redundancy = flow.steps.find((s) => s.id === 'plan-redundancy')!;
      const mark = stepMark(kase, redundancyAt);
      const heading =
        reason === 'steps-exhausted'
          ? words(messages, 'stepHeading', { index: mark.index, total: mark.total, title: redundancy.title })
          : words(messages, 'lastHeading', { title: redundancy.title });
      const text = [heading, redundancy.instruction, words(messages, 'stepTip', { tip: redundancy.tip })].join('\n\n');
      await send(step.context, renderText(channel, text, mark));
    }
    return step.endDialog();
  }
}
