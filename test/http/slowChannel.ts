import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Reply {
  conversationId: string;
  /** When the reply arrived, in order of arrival. */
  seq: number;
  activity: { type: string; text?: string; replyToId?: string; channelData?: { step?: { id: string; index: number; total: number } } };
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A connector service stand-in that answers each reply after `delayMs`: turns then take long
 * enough for later messages to arrive while they run, the way real channels behave under load.
 */
export class SlowChannel {
  readonly replies: Reply[] = [];
  private server?: Server;

  constructor(private readonly delayMs = 60) {}

  async start(): Promise<string> {
    this.server = createServer(async (req, res) => {
      const match = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      const text = await body(req);
      if (req.method !== 'POST' || !match) {
        res.statusCode = 404;
        res.end();
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, this.delayMs));
      this.replies.push({ conversationId: decodeURIComponent(match[1]), seq: this.replies.length, activity: JSON.parse(text) as Reply['activity'] });
      // restify patches Node's response prototype in this process, so avoid chaining on writeHead.
      res.statusCode = 200;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ id: `reply-${this.replies.length}` }));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  to(conversationId: string) {
    return this.replies.filter((r) => r.conversationId === conversationId).map((r) => r.activity);
  }

  /** The step marks sent to a conversation, in order of arrival. */
  steps(conversationId: string): number[] {
    return this.to(conversationId).flatMap((a) => (a.channelData?.step ? [a.channelData.step.index] : []));
  }

  /** Waits until `conversationId` has `count` replies, then `quietMs` more without a new one. */
  async settle(conversationId: string, count: number, { ms = 15_000, quietMs = 300 } = {}) {
    const deadline = Date.now() + ms;
    let seen = -1;
    let since = Date.now();
    for (;;) {
      const now = this.to(conversationId).length;
      if (now !== seen) {
        seen = now;
        since = Date.now();
      }
      if (now >= count && Date.now() - since >= quietMs) return this.to(conversationId);
      if (Date.now() > deadline) throw new Error(`expected ${count} replies for ${conversationId}, got ${now}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  async stop() {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
