import type { CauseId, DeviceKind, EventId, PatternId, StepId } from '../content/schemas/ids';

export type StepOutcome = 'fixed' | 'still-blinking' | 'light-changed' | 'already-tried' | 'skipped' | 'escalated';

export interface StepRecord {
  step: StepId;
  outcome: StepOutcome;
  /** ISO time the user reported the outcome. */
  at: string;
  /** The pattern reported when the outcome was "light-changed". */
  pattern?: PatternId;
}

/** What the user told us about the device, gathered from every message. */
export interface Evidence {
  causes: Partial<Record<CauseId, number>>;
  pattern?: PatternId;
  events: EventId[];
  device?: DeviceKind;
  model?: string;
  serial?: string;
  firmware?: string;
  /** The user's own description, as typed (capped). */
  description?: string;
  /** True once the user has answered (or skipped) the "what changed recently" question. */
  askedEvents?: boolean;
}

export type CaseStatus = 'in-progress' | 'paused' | 'fixed' | 'escalated' | 'cancelled';

/** One troubleshooting case: kept small, it is saved with the conversation on every turn. */
export interface Case {
  evidence: Evidence;
  plan: StepId[];
  /** 0-based position of the current step in `plan`. */
  index: number;
  history: StepRecord[];
  status: CaseStatus;
  rating?: number;
  /** The user has been asked to check for a danger their words came near (asked once, kept by a new case). */
  safetyChecked?: boolean;
  /** The user's words that came near a danger and drew that check (capped), for support. */
  safetyCheckWords?: string;
  /** The user asked to start over and has been asked to confirm it (their place would be lost). */
  confirmingRestart?: boolean;
  escalation?: {
    reason: EscalationReason;
    photo?: string;
    summaryId?: string;
    /** Dangers the user mentioned while the details were being gathered, in their words. */
    hazards?: string[];
    /** The user's message that led to the hand-over (the danger they reported, their request), capped. */
    words?: string;
  };
}

export type EscalationReason = 'steps-exhausted' | 'user-request' | 'safety';

export function newCase(): Case {
  return { evidence: { causes: {}, events: [] }, plan: [], index: 0, history: [], status: 'in-progress' };
}
