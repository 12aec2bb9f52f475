import type { SupportSummary } from '../diagnosis/summary';

/** Where support summaries go: kept first, then handed to the helpdesk. */
export interface SupportDesk {
  /** Stores the summary durably and starts delivering it; resolves once it is stored. */
  submit(summary: SupportSummary): Promise<void>;
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
 * A webhook that stays down loses nothing: the stored copy records that delivery failed.
 */
export class WebhookSupportDesk implements SupportDesk {
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly store: SummaryStore,
    private readonly log: Logger,
    private readonly options: WebhookOptions = {},
  ) {}

  async submit(summary: SupportSummary): Promise<void> {
    await this.store.write({ [summaryKey(summary.id)]: { summary, delivered: false, eTag: '*' } });
    if (!this.options.url) return;
    const delivery = this.deliver(summary).finally(() => this.pending.delete(delivery));
    this.pending.add(delivery);
  }

  /** Resolves when every delivery under way has succeeded or given up (for shutdown and tests). */
  async drain(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  private async deliver(summary: SupportSummary): Promise<void> {
    const { url, attempts = 5, firstDelayMs = 500, timeoutMs = 10_000 } = this.options;
    let delay = firstDelayMs;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        const response = await fetch(url!, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(summary),
          signal: AbortSignal.timeout(timeoutMs),
        });
        if (response.ok) {
          await this.store.write({ [summaryKey(summary.id)]: { summary, delivered: true, eTag: '*' } });
          this.log.info({ summaryId: summary.id, attempt }, 'support summary delivered');
          return;
        }
        this.log.warn({ summaryId: summary.id, attempt, status: response.status }, 'support webhook refused the summary');
      } catch (error) {
        this.log.warn({ summaryId: summary.id, attempt, err: (error as Error).message }, 'support webhook unreachable');
      }
      if (attempt < attempts) await new Promise((r) => setTimeout(r, delay));
      delay *= 2;
    }
    this.log.error({ summaryId: summary.id }, 'support summary not delivered; it stays stored for follow-up');
  }
}
