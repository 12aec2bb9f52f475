import type { WaterfallStepContext } from 'botbuilder-dialogs';
import { DEVICE_KINDS, EVENT_IDS, type DeviceKind, type EventId } from '../src/content/schemas/ids';
import { newCase } from '../src/diagnosis/case';
import { absorb } from '../src/diagnosis/evidence';
import { userWords } from '../src/diagnosis/userWords';
import { hasEvidence, planSteps, rankCauses } from '../src/diagnosis/plan';
import type { Answer } from './AskDialog';
import { getCase, setCase } from './caseState';
import { EscalationDialog } from './EscalationDialog';
import { FeedbackDialog } from './FeedbackDialog';
import { FlowDialog } from './FlowDialog';
import { DIALOG } from './ids';
import { patternAsk, patternFromAnswer } from './patternQuestion';
import type { DialogServices } from './services';
import { StepsDialog, type StepsOptions, type StepsResult } from './StepsDialog';
import { analysisOf, mentionsTheDevice, send, words } from './turn';
import { renderText } from '../src/channels/render';

export interface DiagnosisOptions {
  /** The user's first message described the problem: read it before asking anything. */
  fromMessage?: boolean;
  /** Go straight back to the saved step. */
  resume?: boolean;
  /** With resume: the user's answer to that step, given before it was shown again. */
  answer?: string;
}

interface IntakeValues {
  describedAtStart?: boolean;
}

const isIn = <T extends string>(ids: readonly T[], id: string): id is T => (ids as readonly string[]).includes(id);

/** Intake (only what the user has not already said), then the steps, then feedback or support. */
export class DiagnosisDialog extends FlowDialog {
  constructor(services: DialogServices) {
    super(DIALOG.diagnosis, services);
    this.addDialog(new StepsDialog(services));
    this.addDialog(new FeedbackDialog(services));
    this.addDialog(new EscalationDialog(services));
  }

  protected steps() {
    return [this.askPattern, this.askDevice, this.askChanges, this.startSteps, this.finish];
  }

  private async askPattern(step: WaterfallStepContext) {
    const options = (step.options ?? {}) as DiagnosisOptions;
    if (options.resume) return step.next('resume');
    const { content, analyzer } = this.services;
    const previous = await this.services.caseState.get(step.context);
    const kase = newCase();
    if (options.fromMessage) {
      const analysis = analysisOf(step.context, analyzer);
      kase.evidence = absorb(kase.evidence, analysis);
      // A vague first message ("my camera blinks red") is still the user's own account, for support.
      if (!kase.evidence.description && mentionsTheDevice(analysis)) kase.evidence.description = userWords(analysis.text);
    }
    // Starting again on the same device (a relapse, a fresh start): what it is is not asked twice.
    const { device, model } = previous?.evidence ?? {};
    if (!kase.evidence.device && !kase.evidence.model) {
      if (device) kase.evidence.device = device;
      if (model) kase.evidence.model = model;
    }
    if (previous?.safetyChecked) {
      kase.safetyChecked = true;
      kase.safetyCheckWords = previous.safetyCheckWords;
    }
    (step.values as IntakeValues).describedAtStart = hasEvidence(kase.evidence);
    await setCase(this.services, step.context, kase);
    if (kase.evidence.pattern) return step.next();
    const question = (step.values as IntakeValues).describedAtStart
      ? content.messages.askPattern
      : words(content.messages, 'checksFirst', { checks: content.flow.immediateChecks.map((c) => `- ${c}`).join('\n') });
    return step.prompt(DIALOG.ask, patternAsk(content, question) as never);
  }

  private async absorbAnswer(step: WaterfallStepContext, fromChoice: (id: string) => void) {
    const answer = step.result as Answer | undefined;
    const kase = await getCase(this.services, step.context);
    if (answer?.kind === 'choice') fromChoice(answer.id);
    if (answer?.kind === 'text') kase.evidence = absorb(kase.evidence, analysisOf(step.context, this.services.analyzer));
    return { kase, answer };
  }

  private async askDevice(step: WaterfallStepContext) {
    if (step.result === 'resume') return step.next('resume');
    const { kase, answer } = await this.absorbAnswer(step, () => undefined);
    if (answer) kase.evidence.pattern = patternFromAnswer(step.context, this.services, answer) ?? kase.evidence.pattern;
    await setCase(this.services, step.context, kase);
    if (kase.evidence.device) return step.next();
    const { flow, messages } = this.services.content;
    return step.prompt(DIALOG.ask, {
      text: messages.askDevice,
      choices: flow.devices.map((d) => ({ id: d.id, title: d.button })),
      freeText: 'device',
    } as never);
  }

  private async askChanges(step: WaterfallStepContext) {
    if (step.result === 'resume') return step.next('resume');
    let device: DeviceKind | undefined;
    const { kase } = await this.absorbAnswer(step, (id) => {
      if (isIn(DEVICE_KINDS, id)) device = id;
    });
    if (device) kase.evidence.device = device;
    await setCase(this.services, step.context, kase);
    if (kase.evidence.events.length > 0 || kase.evidence.askedEvents) return step.next();
    const { flow, messages } = this.services.content;
    return step.prompt(DIALOG.ask, {
      text: messages.askChanges,
      choices: [
        ...flow.events.map((e) => ({ id: e.id, title: e.button })),
        { id: 'nothing', title: messages.buttons.nothingChanged, commands: ['no'], nothingChanged: true },
      ],
      freeText: 'description',
    } as never);
  }

  private async startSteps(step: WaterfallStepContext) {
    const { flow, messages } = this.services.content;
    if (step.result === 'resume') {
      const kase = await getCase(this.services, step.context);
      kase.status = 'in-progress';
      await setCase(this.services, step.context, kase);
      const { answer } = (step.options ?? {}) as DiagnosisOptions;
      return step.beginDialog(DIALOG.steps, (answer ? { answer } : {}) satisfies StepsOptions);
    }
    let event: EventId | undefined;
    const { kase } = await this.absorbAnswer(step, (id) => {
      if (isIn(EVENT_IDS, id)) event = id;
    });
    if (event && !kase.evidence.events.includes(event)) kase.evidence.events.push(event);
    kase.evidence.askedEvents = true;
    kase.plan = planSteps(flow, kase.evidence);
    kase.index = 0;
    await setCase(this.services, step.context, kase);

    const notes = flow.events
      .filter((e) => e.note && kase.evidence.events.includes(e.id))
      .map((e) => words(messages, 'eventNote', { note: e.note }));
    const understood = words(messages, 'understood', this.understood(kase.evidence, kase.plan));
    await send(step.context, renderText(step.context.activity.channelId, [understood, ...notes].join('\n\n')));
    return step.beginDialog(DIALOG.steps, { withChecks: (step.values as IntakeValues).describedAtStart === true } satisfies StepsOptions);
  }

  private understood(evidence: ReturnType<typeof newCase>['evidence'], plan: readonly string[]) {
    const { flow, messages } = this.services.content;
    const nothing = messages.summary.unknown;
    const likeliest = rankCauses(flow, evidence)[0];
    return {
      device: [flow.devices.find((d) => d.id === evidence.device)?.name, evidence.model].filter(Boolean).join(' ') || nothing,
      pattern: flow.patterns.find((p) => p.id === evidence.pattern)?.name ?? nothing,
      changes: flow.events.filter((e) => evidence.events.includes(e.id)).map((e) => e.name).join(', ') || messages.summary.none,
      cause: flow.causes.find((c) => c.id === likeliest.id)!.name,
      first: flow.steps.find((s) => s.id === plan[0])?.title,
      total: plan.length,
    };
  }

  private async finish(step: WaterfallStepContext) {
    const result = step.result as StepsResult | undefined;
    if (result?.next === 'fixed') return step.replaceDialog(DIALOG.feedback);
    if (result?.next === 'escalate') return step.replaceDialog(DIALOG.escalation, { reason: 'steps-exhausted' });
    return step.endDialog();
  }
}
