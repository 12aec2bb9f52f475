import type { Flow } from '../content/schemas/flow';
import type { CauseId, DeviceKind, StepId } from '../content/schemas/ids';
import type { Evidence } from './case';

const PRIOR: Record<Flow['causes'][number]['likelihood'], number> = { high: 0.5, medium: 0.3, low: 0.15 };
const CLOSING_STEPS: readonly StepId[] = ['contact-support', 'plan-redundancy'];
/** Devices whose outage leaves a home unwatched: they get the redundancy step. */
const GUARDS_HOME: readonly (DeviceKind | undefined)[] = [undefined, 'camera', 'battery-camera', 'doorbell', 'hub', 'other'];

export function hasEvidence(evidence: Evidence): boolean {
  return Object.keys(evidence.causes).length > 0 || evidence.pattern !== undefined || evidence.events.length > 0;
}

/** How likely each cause is: the guide's prior plus what the user's words, pattern and events add. */
export function rankCauses(flow: Flow, evidence: Evidence): { id: CauseId; score: number }[] {
  const pattern = flow.patterns.find((p) => p.id === evidence.pattern);
  const events = flow.events.filter((e) => evidence.events.includes(e.id));
  return flow.causes
    .map((cause) => {
      const words = evidence.causes[cause.id] ?? 0;
      const fromPattern = pattern?.causes[cause.id] ?? 0;
      const fromEvents = events.reduce((sum, e) => sum + (e.causes[cause.id] ?? 0), 0);
      return { id: cause.id, score: PRIOR[cause.likelihood] + words + fromPattern + fromEvents };
    })
    .sort((a, b) => b.score - a.score);
}

/**
 * Orders the steps for this evidence: steps a reported event or the light's pattern calls for first,
 * then the steps of the likeliest cause, cheapest first; with no evidence the guide's own order.
 * Support and redundancy close the plan.
 */
export function planSteps(flow: Flow, evidence: Evidence, exclude: readonly StepId[] = []): StepId[] {
  const fits = (step: Flow['steps'][number]) =>
    !exclude.includes(step.id) && (!step.devices || !evidence.device || step.devices.includes(evidence.device));
  const fixSteps = flow.steps.filter((s) => !CLOSING_STEPS.includes(s.id) && fits(s));

  let ordered = fixSteps;
  if (hasEvidence(evidence)) {
    const causeScore = new Map(rankCauses(flow, evidence).map((c) => [c.id, c.score]));
    const strength = (s: (typeof fixSteps)[number]) => Math.max(0, ...s.causes.map((c) => causeScore.get(c) ?? 0));
    ordered = [...fixSteps].sort((a, b) => strength(b) - strength(a) || a.effort - b.effort);
    const pinned = [
      ...flow.events.filter((e) => evidence.events.includes(e.id)).flatMap((e) => e.firstSteps),
      ...(flow.patterns.find((p) => p.id === evidence.pattern)?.firstSteps ?? []),
    ].filter((id, i, all) => all.indexOf(id) === i);
    ordered = [
      ...pinned.flatMap((id) => ordered.filter((s) => s.id === id)),
      ...ordered.filter((s) => !pinned.includes(s.id)),
    ];
  }

  const closing = CLOSING_STEPS.filter(
    (id) => !exclude.includes(id) && (id !== 'plan-redundancy' || GUARDS_HOME.includes(evidence.device)),
  );
  return [...ordered.map((s) => s.id), ...closing];
}

/** Re-plans what is left after the steps already done, keeping the done ones in place. */
export function replanRemaining(flow: Flow, evidence: Evidence, plan: StepId[], index: number): StepId[] {
  const done = plan.slice(0, index + 1);
  return [...done, ...planSteps(flow, evidence, done)];
}
