import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the bot posted to the connector service, as far as the benchmark looks at it. */
export interface ReplyActivity {
  type?: string;
  text?: string;
  replyToId?: string;
  suggestedActions?: { actions?: { title?: string }[] };
  attachments?: { contentType?: string }[];
  channelData?: { step?: { id: string; index: number; total: number } };
}

const REPLY_ROUTE = /^\/v3\/conversations\/([^/?]+)\/activities(?:\/([^/?]+))?/;

/**
 * A minimal Bot Framework connector service on loopback: the bot posts its replies here (to
 * `{serviceUrl}/v3/conversations/{id}/activities[/{replyToId}]`) exactly as it would to a channel.
 * Replies are counted per activity they answer; the driver takes the count when the turn ends, so a
 * reply that arrives later is still noticed (see `late()`).
 */
export class ConnectorService {
  private server?: Server;
  private readonly counts = new Map<string, number>();
  private readonly kept = new Map<string, ReplyActivity[]>();
  private readonly apologies = new Set<string>();
  private sequence = 0;
  /** Replies that named no activity they answer (neither in the path nor in `replyToId`). */
  unanswered = 0;
  /** TCP connections the bot opened to this service (few means its HTTP client keeps them alive). */
  connections = 0;
  /** Requests that were not a reply (wrong route or method, unreadable body). */
  rejected = 0;
  /** Keep each reply's body so a transcript can be printed (off under load). */
  keepActivities = false;
  /** The bot's words for a failed turn (its onTurnError apology); such turns are reported as failed. */
  apology?: string;
  url = '';

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 30_000;
    this.server.on('connection', () => (this.connections += 1));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of req) chunks.push(chunk as Buffer);
    } catch {
      this.rejected += 1;
      return;
    }
    const route = REPLY_ROUTE.exec(req.url ?? '');
    let activity: ReplyActivity | undefined;
    try {
      activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ReplyActivity;
    } catch {
      activity = undefined;
    }
    if (req.method !== 'POST' || !route || !activity || typeof activity !== 'object') {
      this.rejected += 1;
      res.statusCode = 400;
      res.end();
      return;
    }
    const answers = activity.replyToId ?? (route[2] ? decodeURIComponent(route[2]) : undefined);
    if (answers === undefined) {
      this.unanswered += 1;
    } else {
      this.counts.set(answers, (this.counts.get(answers) ?? 0) + 1);
      if (this.apology !== undefined && activity.text === this.apology) this.apologies.add(answers);
      if (this.keepActivities) {
        const list = this.kept.get(answers) ?? [];
        list.push(activity);
        this.kept.set(answers, list);
      }
    }
    this.sequence += 1;
    // Plain property writes: restify, when loaded in the same process, patches the response prototype.
    res.statusCode = 200;
    res.setHeader('content-type', 'application/json');
    res.end(`{"id":"reply-${this.sequence}"}`);
  }

  /** The replies received so far for one activity; forgets them (a later one counts as late). */
  take(activityId: string): { count: number; activities: ReplyActivity[]; failed: boolean } {
    const count = this.counts.get(activityId) ?? 0;
    const activities = this.kept.get(activityId) ?? [];
    const failed = this.apologies.has(activityId);
    this.counts.delete(activityId);
    this.kept.delete(activityId);
    this.apologies.delete(activityId);
    return { count, activities, failed };
  }

  /** Replies that arrived after their turn had been taken (or were never taken); clears them. */
  late(): number {
    let total = 0;
    for (const count of this.counts.values()) total += count;
    this.counts.clear();
    this.kept.clear();
    this.apologies.clear();
    return total;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = undefined;
  }
}
