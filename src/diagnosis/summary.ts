import type { Flow } from '../content/schemas/flow';
import type { Messages } from '../content/schemas/messages';
import type { FactSheet } from '../channels/message';
import { fill } from '../content/fill';
import type { Case, EscalationReason } from './case';
import { userWords } from './userWords';

/** Most later safety reports a summary carries (the latest ones). */
const MAX_HAZARDS = 5;


/** What a technician receives: everything the user told us and tried, in one object. */
export interface SupportSummary {
  id: string;
  createdAt: string;
  reason: EscalationReason;
  /** A danger was reported: the reason for the hand-over, or said while it was under way. */
  safety: boolean;
  channel: string;
  conversationId: string;
  device: { kind?: string; model?: string; serial?: string; firmware?: string };
  pattern?: string;
  changes: string[];
  /** False when the user was never asked what changed: `changes` is then unknown, not "none". */
  changesAsked: boolean;
  description?: string;
  /** The user's message that led to the hand-over (the danger, the request for a person). */
  words?: string;
  /** Dangers the user mentioned while the details for support were being gathered. */
  hazards?: string[];
  /** Words that came near a danger without naming one ("the adapter is a bit warm"): the user was asked to check. */
  safetyCheck?: string;
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
  const words = kase.escalation?.words ? userWords(kase.escalation.words) : undefined;
  const hazards = (kase.escalation?.hazards ?? []).map((h) => userWords(h)).filter(Boolean).slice(-MAX_HAZARDS);
  return {
    ...meta,
    safety: meta.reason === 'safety' || hazards.length > 0,
    device: {
      kind: flow.devices.find((d) => d.id === evidence.device)?.name,
      model: evidence.model,
      serial: evidence.serial,
      firmware: evidence.firmware,
    },
    pattern: flow.patterns.find((p) => p.id === evidence.pattern)?.name,
    changes: flow.events.filter((e) => evidence.events.includes(e.id)).map((e) => e.name),
    changesAsked: evidence.askedEvents === true || evidence.events.length > 0,
    description: evidence.description,
    ...(words ? { words } : {}),
    ...(hazards.length > 0 ? { hazards } : {}),
    ...(kase.safetyCheckWords ? { safetyCheck: kase.safetyCheckWords } : {}),
    steps: kase.history.map((h) => ({ id: h.step, title: title(h.step), outcome: h.outcome, at: h.at })),
    photo: kase.escalation?.photo,
  };
}

/** An ISO time as support reads it: date, hours and minutes, and the time zone said. */
function when(iso: string, messages: Messages): string {
  return fill(messages.summary.time, { date: iso.slice(0, 10), time: iso.slice(11, 16) });
}

/** The summary in the user's language of the bot: labels and outcome words come from content. */
export function summarySheet(summary: SupportSummary, messages: Messages): FactSheet {
  const m = messages.summary;
  const unknown = m.unknown;
  const quote = (words: string) => fill(m.quoted, { words });
  const device = [summary.device.kind, summary.device.model].filter(Boolean).join(' ') || unknown;
  const steps =
    summary.steps.length === 0
      ? m.noSteps
      : summary.steps
          .map((s) =>
            fill(m.stepLine, {
              title: s.title,
              outcome: m.outcomes[s.outcome as keyof typeof m.outcomes] ?? s.outcome,
              time: when(s.at, messages),
            }),
          )
          .join('\n');
  const reason =
    summary.reason === 'safety' && summary.words
      ? fill(m.reasonWithWords, { reason: m.reasons.safety, words: quote(summary.words) })
      : m.reasons[summary.reason];
  const said = [summary.description, summary.words].filter((w, i, all): w is string => !!w && all.indexOf(w) === i);
  const changes = summary.changes.join(', ') || (summary.changesAsked ? m.none : m.notAsked);
  return {
    title: fill(m.title, { id: summary.id }),
    facts: [
      { label: m.reason, value: reason },
      { label: m.created, value: when(summary.createdAt, messages) },
      { label: m.device, value: device },
      { label: m.serial, value: summary.device.serial ?? unknown },
      { label: m.firmware, value: summary.device.firmware ?? unknown },
      { label: m.pattern, value: summary.pattern ?? unknown },
      { label: m.changes, value: changes },
      ...(said.length > 0 ? [{ label: m.description, value: said.map(quote).join('\n') }] : []),
      ...(summary.hazards?.length ? [{ label: m.hazards, value: summary.hazards.map(quote).join('\n') }] : []),
      ...(summary.safetyCheck ? [{ label: m.safetyCheck, value: quote(summary.safetyCheck) }] : []),
      { label: m.steps, value: steps },
      { label: m.photo, value: summary.photo ?? m.none },
    ],
    footer: m.footer,
  };
}
