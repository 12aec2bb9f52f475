import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedReply {
  conversationId: string;
  activity: { type: string; text?: string; replyToId?: string; channelData?: { step?: unknown }; [key: string]: unknown };
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

/**
 * A stand-in for a channel's connector service: the bot posts its replies here, the way it posts
 * them to Teams or Direct Line, and tests read what arrived.
 */
export class ChannelService {
  readonly replies: ReceivedReply[] = [];
  private server?: Server;
  private waiters: (() => void)[] = [];

  async start(): Promise<string> {
    this.server = createServer(async (req, res) => {
      const match = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      if (req.method !== 'POST' || !match) {
        res.statusCode = 404;
        res.end();
        return;
      }
      const activity = (await readJson(req)) as ReceivedReply['activity'];
      this.replies.push({ conversationId: decodeURIComponent(match[1]), activity });
      // restify patches Node's response prototype in this process, so avoid chaining on writeHead.
      res.statusCode = 200;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ id: `reply-${this.replies.length}` }));
      this.waiters.splice(0).forEach((wake) => wake());
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Replies to one conversation, in the order they arrived. */
  repliesTo(conversationId: string) {
    return this.replies.filter((r) => r.conversationId === conversationId).map((r) => r.activity);
  }

  /** Waits until `count` replies have arrived for the conversation (or fails after `ms`). */
  async waitFor(conversationId: string, count: number, ms = 5_000) {
    const deadline = Date.now() + ms;
    while (this.repliesTo(conversationId).length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} replies, got ${this.repliesTo(conversationId).length}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
    return this.repliesTo(conversationId);
  }

  async stop() {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
