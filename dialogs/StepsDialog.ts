import type { WaterfallStepContext } from 'botbuilder-dialogs';
import type { DeviceKind, PatternId, StepId } from '../src/content/schemas/ids';
import type { Messages } from '../src/content/schemas/messages';
import type { StepOutcome } from '../src/diagnosis/case';
import { replanRemaining } from '../src/diagnosis/plan';
import { type Answer, type Ask, type AskRecipe } from './AskDialog';
import { getCase, setCase, stepMark } from './caseState';
import { FlowDialog } from './FlowDialog';
import { DIALOG } from './ids';
import { patternAsk, patternFromAnswer } from './patternQuestion';
import type { AskChoice } from './recognizeChoice';
import type { DialogServices } from './services';
import { renderAsk } from '../src/channels/render';
import { forDevice } from '../src/content/forDevice';
import { analysisOf, say, saysItIsRed, send, understoodSoFar, words } from './turn';

export interface StepsOptions {
  /** The user answered the step before it was shown again (after a pause): take that answer. */
  answer?: string;
  /** Show the step's longer explanation with it. */
  explain?: boolean;
  /** Add the quick first checks to this step (when the description already pointed somewhere). */
  withChecks?: boolean;
}

export type StepsResult = { next: 'fixed' | 'escalate' | 'paused' };

/** What every step offers; a solid light is "still red", not "still blinking". */
export function stepChoices(messages: Messages, pattern?: PatternId): AskChoice[] {
  const b = messages.buttons;
  return [
    { id: 'fixed', title: b.fixed, commands: ['fixed'] },
    { id: 'still-blinking', title: pattern === 'solid' ? b.stillRed : b.stillBlinking, commands: ['still-blinking', 'no'] },
    { id: 'changed', title: b.changed, commands: ['changed'] },
    { id: 'already-tried', title: b.alreadyTried, commands: ['already-tried'] },
    { id: 'explain', title: b.explain, commands: ['explain'] },
    { id: 'pause', title: b.pause, commands: ['pause'] },
    { id: 'skip', title: b.skip, commands: ['skip'], wordsOnly: true },
  ];
}

interface StepRecipe extends AskRecipe, StepsOptions {
  kind: 'step';
  id: StepId;
  index: number;
  total: number;
  /** The device, where its steps read differently. */
  device?: DeviceKind;
  /** The light's pattern, which words one of the answers ("still red" for a solid light). */
  pattern?: PatternId;
}

/** Walks the plan one step at a time; each answer moves on, re-plans, explains or pauses. */
export class StepsDialog extends FlowDialog {
  constructor(services: DialogServices) {
    super(DIALOG.steps, services);
  }

  protected steps() {
    return [this.present, this.handle, this.afterChange];
  }


  /** The step as shown: in full, or, when the user asked for more, its longer explanation. */
  private stepText(recipe: StepRecipe): string {
    const { flow, messages } = this.services.content;
    const { id, index, total, device } = recipe;
    const step = forDevice(flow.steps.find((s) => s.id === id)!, device);
    const parts = [words(messages, 'stepHeading', { index, total, title: step.title })];
    if (recipe.explain) {
      // The instruction was just shown: the explanation is what is new.
      parts.push(step.details);
    } else {
      parts.push(step.instruction, words(messages, 'stepTip', { tip: step.tip }));
      if (step.safety) parts.push(words(messages, 'stepSafety', { safety: step.safety }));
      if (recipe.withChecks) parts.push(words(messages, 'checksFolded', { checks: flow.immediateChecks.join(' ') }));
    }
    parts.push(messages.stepQuestion);
    return parts.join('\n\n');
  }

  private async present(step: WaterfallStepContext) {
    const kase = await getCase(this.services, step.context);
    const id = kase.plan[kase.index];
    if (id === undefined || id === 'contact-support' || id === 'plan-redundancy') {
      return step.endDialog({ next: 'escalate' } satisfies StepsResult);
    }
    const { index, total } = stepMark(kase);
    const { explain, withChecks, answer } = (step.options ?? {}) as StepsOptions;
    if (answer) return step.next({ kind: 'choice', id: answer } satisfies Answer);
    const { device, pattern } = kase.evidence;
    return step.prompt(DIALOG.ask, this.stepAsk({ kind: 'step', id, index, total, explain, withChecks, device, pattern }) as never);
  }

  /** A step's question is long and follows from a few facts: those are what is stored. */
  protected override rebuildAsk(recipe: AskRecipe): Ask {
    return recipe.kind === 'step' ? this.stepAsk(recipe as StepRecipe) : super.rebuildAsk(recipe);
  }

  private stepAsk(recipe: StepRecipe): Ask {
    const { messages, flow } = this.services.content;
    const { id, index, total } = recipe;
    const title = flow.steps.find((s) => s.id === id)!.title;
    return {
      text: this.stepText(recipe),
      // Asked again after a quick answer or help: the step was on screen a moment ago.
      again: [words(messages, 'stepHeading', { index, total, title }), messages.stepQuestion].join('\n\n'),
      // "done", "ok", "I did it": the step was tried, how it went is still to say.
      unclear: messages.stepUnclear,
      choices: stepChoices(messages, recipe.pattern),
      step: { id, index, total },
      recipe,
      // "it's solid red now", "still red": what the light does says how the step went.
      freeText: 'step',
    };
  }

  private async record(step: WaterfallStepContext, outcome: StepOutcome) {
    const kase = await getCase(this.services, step.context);
    kase.history.push({ step: kase.plan[kase.index], outcome, at: this.services.now().toISOString() });
    return kase;
  }

  private async handle(step: WaterfallStepContext) {
    const answer = step.result as Answer;
    const { messages } = this.services.content;
    let choice = answer.kind === 'choice' ? answer.id : undefined;
    if (answer.kind === 'text') {
      const analysis = analysisOf(step.context, this.services.analyzer);
      const { pattern } = analysis;
      const kase = await getCase(this.services, step.context);
      if (pattern && pattern !== kase.evidence.pattern) return this.lightChanged(step, pattern);
      // The same pattern as before, or just "still red": nothing changed. Anything else: ask what
      // the light does now.
      choice = pattern || saysItIsRed(analysis) ? 'still-blinking' : 'changed';
    }

    if (choice === 'fixed') {
      const kase = await this.record(step, 'fixed');
      kase.status = 'fixed';
      await setCase(this.services, step.context, kase);
      return step.endDialog({ next: 'fixed' } satisfies StepsResult);
    }
    if (choice === 'still-blinking' || choice === 'already-tried' || choice === 'skip') {
      const kase = await this.record(step, choice === 'skip' ? 'skipped' : choice);
      kase.index += 1;
      await setCase(this.services, step.context, kase);
      if (choice === 'already-tried') await say(step.context, messages, 'skipTried');
      if (choice === 'skip') await say(step.context, messages, 'skipped');
      return step.replaceDialog(DIALOG.waterfall);
    }
    if (choice === 'explain') return step.replaceDialog(DIALOG.waterfall, { explain: true } satisfies StepsOptions);
    if (choice === 'pause') {
      const kase = await getCase(this.services, step.context);
      kase.status = 'paused';
      await setCase(this.services, step.context, kase);
      const mark = stepMark(kase);
      await send(step.context, renderAsk(step.context.activity.channelId, {
        text: words(messages, 'paused', { index: mark.index, total: mark.total }),
        choices: [{ id: 'continue', title: messages.buttons.continue }],
      }));
      return step.endDialog({ next: 'paused' } satisfies StepsResult);
    }
    // "It blinks green now": changed, and already said how.
    if (this.lightIsNotRed(step)) return this.lightChanged(step, undefined, true);
    // The light changed: read the new pattern before moving on. Whatever the user says is taken.
    return step.prompt(DIALOG.ask, patternAsk(this.services.content, messages.askNewPattern, { offerNormal: true, anyText: true }) as never);
  }

  private async afterChange(step: WaterfallStepContext) {
    const answer = step.result as Answer;
    if (answer.kind === 'choice' && answer.id === 'normal') {
      const kase = await this.record(step, 'fixed');
      kase.status = 'fixed';
      await setCase(this.services, step.context, kase);
      return step.endDialog({ next: 'fixed' } satisfies StepsResult);
    }
    const pattern = patternFromAnswer(step.context, this.services, answer);
    return this.lightChanged(step, pattern, !pattern && this.lightIsNotRed(step));
  }

  /**
   * The words typed say the light shows another colour now, in no red pattern ("it blinks green").
   * Typed words were read on the way here; a button's were not, and need not be.
   */
  private lightIsNotRed(step: WaterfallStepContext): boolean {
    const analysis = understoodSoFar(step.context);
    return analysis !== undefined && analysis.light !== null && analysis.light !== 'red' && analysis.pattern === null;
  }

  /** The light does something else now: noted, and the steps left re-ordered for it. */
  private async lightChanged(step: WaterfallStepContext, pattern: PatternId | undefined, notRed = false) {
    const { flow, messages } = this.services.content;
    const kase = await getCase(this.services, step.context);
    kase.history.push({
      step: kase.plan[kase.index],
      outcome: 'light-changed',
      at: this.services.now().toISOString(),
      ...(pattern ? { pattern } : {}),
    });
    if (pattern) kase.evidence = { ...kase.evidence, pattern };
    kase.plan = replanRemaining(flow, kase.evidence, kase.plan, kase.index);
    kase.index += 1;
    await setCase(this.services, step.context, kase);
    const known = flow.patterns.find((p) => p.id === pattern);
    const meaning = known && forDevice(known, kase.evidence.device).meaning;
    await say(step.context, messages, meaning ? 'patternNoted' : notRed ? 'notRedNow' : 'patternUnclear', { meaning });
    return step.replaceDialog(DIALOG.waterfall);
  }
}
