import type { SupportSummary } from '../diagnosis/summary';
import type { TurnEffects } from '../turnEffects';

/** What is stored under summaryKey(id): the summary and how its delivery went. */
export interface StoredSummary {
  summary: SupportSummary;
  delivered: boolean;
  /** Webhook attempts so far (absent before the first). */
  attempts?: number;
  /** Why the last attempt failed: an HTTP status or a network error's message. */
  lastError?: string;
}

/** Where support summaries go: kept first, then handed to the helpdesk. */
export interface SupportDesk {
  /** True when summaries go on to a helpdesk; false when they are only kept in storage. */
  readonly forwards: boolean;
  /**
   * Stores the summary durably and starts delivering it; resolves once it is stored. Given the
   * effects of a turn, delivery waits until that turn counts.
   */
  submit(summary: SupportSummary, turn?: TurnEffects): Promise<void>;
}

/** The part of a bot Storage this needs; botbuilder's storages fit it. */
export interface SummaryStore {
  write(changes: Record<string, unknown>): Promise<void>;
}

export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface WebhookOptions {
  url?: string;
  attempts?: number;
  /** Delay before the first retry; it doubles after each failure. */
  firstDelayMs?: number;
  timeoutMs?: number;
}

export const summaryKey = (id: string) => `support-summaries/${id}`;

/**
 * Stores each summary, then POSTs it as JSON to the webhook with retries and exponential backoff.
 * A webhook that stays down loses nothing: the stored copy records that delivery failed. Inside a
 * bot turn, delivery starts only once the turn counts (its state saved and its replies sent), so a
 * turn run again after a write conflict sends its summary once.
 */
export class WebhookSupportDesk implements SupportDesk {
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly store: SummaryStore,
    private readonly log: Logger,
    private readonly options: WebhookOptions = {},
  ) {}

  get forwards(): boolean {
    return Boolean(this.options.url);
  }

  async submit(summary: SupportSummary, turn?: TurnEffects): Promise<void> {
    await this.record({ summary, delivered: false });
    if (!this.options.url) return;
    const start = () => {
      const delivery = this.deliver(summary)
        .catch((error: Error) => this.log.error({ summaryId: summary.id, err: error.message }, 'support summary delivery failed'))
        .finally(() => this.pending.delete(delivery));
      this.pending.add(delivery);
    };
    if (!turn) return start();
    turn.add({
      run: start,
      abandoned: () => this.log.info({ summaryId: summary.id }, 'support summary of a turn that did not count: kept, not sent'),
    });
  }

  /** Resolves when every delivery under way has succeeded or given up (for shutdown and tests). */
  async drain(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  private async deliver(summary: SupportSummary): Promise<void> {
    const { url, attempts = 5, firstDelayMs = 500, timeoutMs = 10_000 } = this.options;
    let delay = firstDelayMs;
    let lastError = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        const response = await fetch(url!, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(summary),
          signal: AbortSignal.timeout(timeoutMs),
        });
        await response.body?.cancel().catch(() => undefined);
        if (response.ok) {
          await this.record({ summary, delivered: true, attempts: attempt }).catch((error: Error) =>
            this.log.warn({ summaryId: summary.id, err: error.message }, 'support summary delivered but not marked so'),
          );
          this.log.info({ summaryId: summary.id, attempt }, 'support summary delivered');
          return;
        }
        lastError = `HTTP ${response.status}`;
        this.log.warn({ summaryId: summary.id, attempt, status: response.status }, 'support webhook refused the summary');
      } catch (error) {
        lastError = (error as Error).message;
        this.log.warn({ summaryId: summary.id, attempt, err: lastError }, 'support webhook unreachable');
      }
      if (attempt < attempts) await new Promise((r) => setTimeout(r, delay));
      delay *= 2;
    }
    await this.record({ summary, delivered: false, attempts, lastError }).catch((error: Error) =>
      this.log.error({ summaryId: summary.id, err: error.message }, 'could not record the failed delivery'),
    );
    this.log.error({ summaryId: summary.id, attempts }, 'support summary not delivered; it stays stored for follow-up');
  }

  private async record(stored: StoredSummary): Promise<void> {
    await this.store.write({ [summaryKey(stored.summary.id)]: { ...stored, eTag: '*' } });
  }
}
