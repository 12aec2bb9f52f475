import { randomUUID } from 'node:crypto';
import type { WaterfallStepContext } from 'botbuilder-dialogs';
import { renderFactSheet, renderText } from '../src/channels/render';
import type { EscalationReason } from '../src/diagnosis/case';
import { buildSummary, summarySheet } from '../src/diagnosis/summary';
import { type Answer, type Ask } from './AskDialog';
import { getCase, setCase, stepMark } from './caseState';
import { FlowDialog } from './FlowDialog';
import { DIALOG } from './ids';
import { patternAsk, patternFromAnswer } from './patternQuestion';
import type { DialogServices } from './services';
import { effectsOf } from '../src/turnEffects';
import { analysisOf, send, words } from './turn';

export interface EscalationOptions {
  reason: EscalationReason;
  /** The user's message that led here (a danger they reported, their request for a person). */
  words?: string;
}

interface EscalationValues {
  /** The support step's introduction, said with the first question. */
  intro?: { text: string; step: Ask['step'] };
}

const MAX_DETAIL = 60;
const detail = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, MAX_DETAIL);

/** Gathers what a technician needs, shows the support summary, stores it and sends it on. */
export class EscalationDialog extends FlowDialog {
  constructor(services: DialogServices) {
    super(DIALOG.escalation, services);
  }

  protected steps() {
    return [this.start, this.askSerial, this.askFirmware, this.askPattern, this.askPhoto, this.finish];
  }

  private skip() {
    return [{ id: 'skip', title: this.services.content.messages.buttons.notSure, commands: ['no' as const] }];
  }

  /** The first question of the dialog carries the support step's own introduction. */
  private ask(step: WaterfallStepContext, ask: Ask) {
    const values = step.values as EscalationValues;
    const { intro } = values;
    values.intro = undefined;
    const full: Ask = intro ? { ...ask, text: `${intro.text}\n\n${ask.text}`, step: intro.step } : ask;
    return step.prompt(DIALOG.ask, full as never);
  }

  private async start(step: WaterfallStepContext) {
    const { reason } = step.options as EscalationOptions;
    const { flow, messages } = this.services.content;
    const kase = await getCase(this.services, step.context);
    if (!kase.plan.includes('contact-support')) {
      kase.plan = ['contact-support', ...(kase.evidence.device === 'plug' ? [] : (['plan-redundancy'] as const))];
    }
    kase.index = kase.plan.indexOf('contact-support');
    kase.status = 'escalated';
    kase.escalation = { reason };
    await setCase(this.services, step.context, kase);

    const support = flow.steps.find((s) => s.id === 'contact-support')!;
    const mark = stepMark(kase);
    (step.values as EscalationValues).intro = {
      text: [
        words(messages, 'stepHeading', { index: mark.index, total: mark.total, title: support.title }),
        messages.escalationReasons[reason],
        support.instruction,
      ].join('\n\n'),
      step: mark,
    };
    if (kase.evidence.model) return step.next();
    return this.ask(step, { text: messages.askModel, choices: this.skip(), freeText: true });
  }

  private async record(step: WaterfallStepContext, field: 'model' | 'serial' | 'firmware') {
    const answer = step.result as Answer | undefined;
    if (answer?.kind !== 'text') return;
    const kase = await getCase(this.services, step.context);
    const { entities } = analysisOf(step.context, this.services.analyzer);
    const found = field === 'model' ? entities.model : field === 'firmware' ? entities.firmware : undefined;
    kase.evidence[field] = found ?? detail(answer.text);
    await setCase(this.services, step.context, kase);
  }

  private async askSerial(step: WaterfallStepContext) {
    await this.record(step, 'model');
    return this.ask(step, { text: this.services.content.messages.askSerial, choices: this.skip(), freeText: true });
  }

  private async askFirmware(step: WaterfallStepContext) {
    await this.record(step, 'serial');
    const kase = await getCase(this.services, step.context);
    if (kase.evidence.firmware) return step.next();
    return this.ask(step, { text: this.services.content.messages.askFirmware, choices: this.skip(), freeText: true });
  }

  private async askPattern(step: WaterfallStepContext) {
    await this.record(step, 'firmware');
    const kase = await getCase(this.services, step.context);
    if (kase.evidence.pattern) return step.next();
    return this.ask(step, patternAsk(this.services.content, this.services.content.messages.askPatternForSupport));
  }

  private async askPhoto(step: WaterfallStepContext) {
    const answer = step.result as Answer | undefined;
    if (answer) {
      const kase = await getCase(this.services, step.context);
      kase.evidence.pattern = patternFromAnswer(step.context, this.services, answer) ?? kase.evidence.pattern;
      await setCase(this.services, step.context, kase);
    }
    return this.ask(step, {
      text: this.services.content.messages.askPhoto,
      choices: [{ id: 'skip', title: this.services.content.messages.buttons.skipPhoto, commands: ['no'] }],
      attachment: true,
    });
  }

  private async finish(step: WaterfallStepContext) {
    const { content, support, now } = this.services;
    const { flow, messages } = content;
    const answer = step.result as Answer | undefined;
    const kase = await getCase(this.services, step.context);
    if (answer?.kind === 'attachment') kase.escalation!.photo = answer.url ?? answer.name;

    const { activity } = step.context;
    const summary = buildSummary(flow, kase, {
      id: randomUUID().slice(0, 8).toUpperCase(),
      createdAt: now().toISOString(),
      reason: kase.escalation!.reason,
      channel: activity.channelId,
      conversationId: activity.conversation.id,
    });
    await support.submit(summary, effectsOf(step.context.turnState));
    kase.escalation!.summaryId = summary.id;
    await setCase(this.services, step.context, kase);

    const channel = activity.channelId;
    await send(step.context, [
      ...renderFactSheet(channel, summarySheet(summary, messages)),
      ...renderText(channel, messages.escalated),
    ]);
    const redundancyAt = kase.plan.indexOf('plan-redundancy');
    if (redundancyAt >= 0) {
      const redundancy = flow.steps.find((s) => s.id === 'plan-redundancy')!;
      const mark = stepMark(kase, redundancyAt);
      const text = [
        words(messages, 'stepHeading', { index: mark.index, total: mark.total, title: redundancy.title }),
        redundancy.instruction,
        words(messages, 'stepTip', { tip: redundancy.tip }),
      ].join('\n\n');
      await send(step.context, renderText(channel, text, mark));
    }
    return step.endDialog();
  }
}
