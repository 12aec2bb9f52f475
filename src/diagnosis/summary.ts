import type { Flow } from '../content/schemas/flow';
import type { Messages } from '../content/schemas/messages';
import type { FactSheet } from '../channels/message';
import { fill } from '../content/fill';
import type { Case, EscalationReason } from './case';

/** What a technician receives: everything the user told us and tried, in one object. */
export interface SupportSummary {
  id: string;
  createdAt: string;
  reason: EscalationReason;
  channel: string;
  conversationId: string;
  device: { kind?: string; model?: string; serial?: string; firmware?: string };
  pattern?: string;
  changes: string[];
  description?: string;
  steps: { id: string; title: string; outcome: string; at: string }[];
  photo?: string;
}

export function buildSummary(
  flow: Flow,
  kase: Case,
  meta: { id: string; createdAt: string; reason: EscalationReason; channel: string; conversationId: string },
): SupportSummary {
  const { evidence } = kase;
  const title = (id: string) => flow.steps.find((s) => s.id === id)?.title ?? id;
  return {
    ...meta,
    device: {
      kind: flow.devices.find((d) => d.id === evidence.device)?.name,
      model: evidence.model,
      serial: evidence.serial,
      firmware: evidence.firmware,
    },
    pattern: flow.patterns.find((p) => p.id === evidence.pattern)?.name,
    changes: flow.events.filter((e) => evidence.events.includes(e.id)).map((e) => e.name),
    description: evidence.description,
    steps: kase.history.map((h) => ({ id: h.step, title: title(h.step), outcome: h.outcome, at: h.at })),
    photo: kase.escalation?.photo,
  };
}

/** The summary in the user's language of the bot: labels and outcome words come from content. */
export function summarySheet(summary: SupportSummary, messages: Messages): FactSheet {
  const m = messages.summary;
  const unknown = m.unknown;
  const device = [summary.device.kind, summary.device.model].filter(Boolean).join(' ') || unknown;
  const steps =
    summary.steps.length === 0
      ? m.noSteps
      : summary.steps
          .map((s) => fill(m.stepLine, { title: s.title, outcome: m.outcomes[s.outcome as keyof typeof m.outcomes] ?? s.outcome, time: s.at.slice(11, 16) }))
          .join('\n');
  return {
    title: fill(m.title, { id: summary.id }),
    facts: [
      { label: m.reason, value: m.reasons[summary.reason] },
      { label: m.device, value: device },
      { label: m.serial, value: summary.device.serial ?? unknown },
      { label: m.firmware, value: summary.device.firmware ?? unknown },
      { label: m.pattern, value: summary.pattern ?? unknown },
      { label: m.changes, value: summary.changes.join(', ') || m.none },
      ...(summary.description ? [{ label: m.description, value: summary.description }] : []),
      { label: m.steps, value: steps },
      { label: m.photo, value: summary.photo ?? m.none },
    ],
    footer: m.footer,
  };
}
