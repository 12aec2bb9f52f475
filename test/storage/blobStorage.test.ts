import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SupportSummary } from '../../src/diagnosis/summary';
import { ETagConflictError, VersionedBlobsStorage } from '../../src/storage';
import { summaryKey, WebhookSupportDesk, type StoredSummary } from '../../src/support/SupportDesk';
import { TurnEffects } from '../../src/turnEffects';
import { azuriteConnectionString, freePort, startAzurite, type Azurite } from '../support/azurite';
import { messageActivity, post, startBot, type RunningBot } from '../support/botServer';
import { quietLog } from '../support/quietLog';
import { SlowChannel } from '../http/slowChannel';

/** A helpdesk webhook stand-in that fails the first `failures` calls, checking the store at each call. */
class Helpdesk {
  readonly calls: { at: number; body: SupportSummary; storedFirst: boolean }[] = [];
  private server?: Server;

  constructor(
    private readonly failures: number,
    private readonly storedAlready: (id: string) => Promise<boolean>,
  ) {}

  async start(): Promise<string> {
    this.server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as SupportSummary;
      this.calls.push({ at: Date.now(), body, storedFirst: await this.storedAlready(body.id) });
      res.statusCode = this.calls.length <= this.failures ? 503 : 204;
      res.end();
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/tickets`;
  }

  async stop() {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

function summary(id: string): SupportSummary {
  return { id, reason: 'steps-exhausted' } as unknown as SupportSummary;
}

describe('blob storage on a fresh Azurite', () => {
  let azurite: Azurite;
  let storage: VersionedBlobsStorage;
  const stored = async (id: string) => (await storage.read([summaryKey(id)]))[summaryKey(id)] as StoredSummary | undefined;

  beforeAll(async () => {
    azurite = await startAzurite();
    storage = new VersionedBlobsStorage(azurite.connectionString, 'support-and-state');
  });
  afterAll(async () => {
    await azurite?.stop();
  });

  describe('conditional writes', () => {
    it('creates the container, and writes only over the version it read', async () => {
      await storage.ready();
      const key = 'msteams/conversations/a:1 ünïcødé 😀/';
      const created = await storage.writeIfUnchanged(key, { text: 'café ☕ 😀', n: 1 }, undefined);
      const read = (await storage.read([key]))[key];
      expect(read).toMatchObject({ text: 'café ☕ 😀', n: 1, eTag: created });

      await expect(storage.writeIfUnchanged(key, { n: 2 }, undefined)).rejects.toBeInstanceOf(ETagConflictError);
      const replaced = await storage.writeIfUnchanged(key, { n: 2 }, created);
      await expect(storage.writeIfUnchanged(key, { n: 3 }, created)).rejects.toBeInstanceOf(ETagConflictError);
      expect((await storage.read([key]))[key]).toMatchObject({ n: 2, eTag: replaced });
    });

    it('keeps trying to create its container when the storage was not reachable at first', async () => {
      const port = await freePort();
      const late = new VersionedBlobsStorage(azuriteConnectionString(port), 'created-late');
      await expect(late.ready()).rejects.toThrow();
      const service = await startAzurite(port);
      try {
        await late.ready();
        await late.write({ item: { ok: true } });
        expect((await late.read(['item'])).item).toMatchObject({ ok: true });
      } finally {
        await service.stop();
      }
    });

    it('never shows its connection string when serialised', () => {
      expect(JSON.stringify({ storage })).not.toContain('AccountKey');
    });
  });

  describe('support summaries', () => {
    it('stores a summary before calling the webhook, and retries with growing pauses until it gets through', async () => {
      const helpdesk = new Helpdesk(2, async (id) => (await stored(id)) !== undefined);
      const url = await helpdesk.start();
      try {
        const desk = new WebhookSupportDesk(storage, quietLog, { url, attempts: 5, firstDelayMs: 100 });
        await desk.submit(summary('RETRY001'));
        expect(await stored('RETRY001')).toMatchObject({ delivered: false });
        await desk.drain();

        expect(helpdesk.calls).toHaveLength(3);
        expect(helpdesk.calls.every((c) => c.storedFirst && c.body.id === 'RETRY001')).toBe(true);
        const [first, second, third] = helpdesk.calls.map((c) => c.at);
        expect(second - first).toBeGreaterThanOrEqual(90);
        expect(third - second).toBeGreaterThanOrEqual(190);
        expect(await stored('RETRY001')).toMatchObject({ delivered: true, attempts: 3, summary: { id: 'RETRY001' } });
      } finally {
        await helpdesk.stop();
      }
    });

    it('keeps the summary, marked undelivered, when the webhook never accepts it', async () => {
      const helpdesk = new Helpdesk(99, async () => true);
      const url = await helpdesk.start();
      const closed = `http://127.0.0.1:${await freePort()}/tickets`;
      try {
        const refusing = new WebhookSupportDesk(storage, quietLog, { url, attempts: 3, firstDelayMs: 20 });
        const unreachable = new WebhookSupportDesk(storage, quietLog, { url: closed, attempts: 2, firstDelayMs: 20 });
        await Promise.all([refusing.submit(summary('REFUSED1')), unreachable.submit(summary('NOWHERE1'))]);
        await Promise.all([refusing.drain(), unreachable.drain()]);
        expect(helpdesk.calls).toHaveLength(3);
        expect(await stored('REFUSED1')).toMatchObject({ delivered: false, attempts: 3, lastError: 'HTTP 503', summary: { id: 'REFUSED1' } });
        expect(await stored('NOWHERE1')).toMatchObject({ delivered: false, attempts: 2, summary: { id: 'NOWHERE1' } });
      } finally {
        await helpdesk.stop();
      }
    });

    it('sends the summary of a bot turn only if that turn counts', async () => {
      const helpdesk = new Helpdesk(0, async () => true);
      const url = await helpdesk.start();
      try {
        const desk = new WebhookSupportDesk(storage, quietLog, { url, firstDelayMs: 20 });
        const dropped = new TurnEffects();
        await desk.submit(summary('DROPPED1'), dropped);
        dropped.abandon();
        const kept = new TurnEffects();
        await desk.submit(summary('KEPT0001'), kept);
        expect(helpdesk.calls).toHaveLength(0);
        kept.commit();
        await desk.drain();
        expect(helpdesk.calls.map((c) => c.body.id)).toEqual(['KEPT0001']);
        expect(await stored('DROPPED1')).toMatchObject({ delivered: false });
      } finally {
        await helpdesk.stop();
      }
    });

    it('through the real server: the summary a user is shown is stored and reaches a webhook that failed at first', async () => {
      const helpdesk = new Helpdesk(1, async (id) => (await stored(id)) !== undefined);
      const channel = new SlowChannel(0);
      const [url, serviceUrl] = await Promise.all([helpdesk.start(), channel.start()]);
      let bot: RunningBot | undefined;
      const conversation = 'escalated-over-http';
      const say = async (text: string, extra: object = {}) => {
        expect((await post(bot!.url, messageActivity(serviceUrl, conversation, text, extra))).status).toBe(200);
      };
      try {
        bot = await startBot({ SUPPORT_WEBHOOK_URL: url }, storage);
        await say('my camera blinks red fast after a power cut');
        for (let index = 1; index <= 6; index++) await say(index === 3 ? 'Already tried this' : 'Still blinking red');
        await say('C200');
        await say('Y21C4A001234');
        await say('1.3.9 Build 230315 Rel.59017n');
        await say('', { attachments: [{ contentType: 'image/jpeg', contentUrl: 'https://files.example.com/red-light.jpg', name: 'red-light.jpg' }] });

        const shown = channel.to(conversation).map((r) => r.text ?? '').join('\n');
        const id = /Support summary ([0-9A-F]{8})/.exec(shown)?.[1];
        expect(id).toBeDefined();
        await bot.app.support.drain();
        expect(helpdesk.calls.map((c) => c.body.id)).toEqual([id, id]);
        expect(helpdesk.calls.every((c) => c.storedFirst)).toBe(true);
        expect(await stored(id!)).toMatchObject({ delivered: true, attempts: 2, summary: { id, device: { model: 'C200', serial: 'Y21C4A001234' } } });
      } finally {
        await bot?.stop();
        await Promise.all([helpdesk.stop(), channel.stop()]);
      }
    });
  });
});
