import { capabilitiesOf } from './capabilities';

/** Where the plan stands when no step is on show: fixed (the bar fills), or none (the bar goes). */
export type ProgressState = 'done' | 'cleared';

interface Marked {
  type?: string;
  channelData?: unknown;
}

const stepOf = (message: Marked) => (message.channelData as { step?: unknown } | undefined)?.step;

/** Where a case stands when no step is on show: fixed, or no plan to show (none yet, or cancelled). */
export function progressOf(kase: { status: string; plan: readonly unknown[] } | undefined): ProgressState | undefined {
  if (kase?.status === 'fixed') return 'done';
  if (!kase || kase.plan.length === 0 || kase.status === 'cancelled') return 'cleared';
  return undefined;
}

/**
 * A turn's replies with the plan's state on the last message, for the chat page's progress bar,
 * when none of them presents a step (a step's message carries its own mark) and the channel draws
 * the bar.
 */
export function withProgress<T extends Marked>(channelId: string | undefined, messages: T[], state: ProgressState | undefined): T[] {
  if (!state || !capabilitiesOf(channelId).progressBar || messages.some((m) => stepOf(m) !== undefined)) return messages;
  let last = messages.length - 1;
  while (last >= 0 && messages[last].type !== 'message') last -= 1;
  if (last < 0) return messages;
  const marked = [...messages];
  const data = (marked[last].channelData ?? {}) as Record<string, unknown>;
  marked[last] = { ...marked[last], channelData: { ...data, progress: state } };
  return marked;
}
