import { gunzipSync } from 'node:zlib';
import { startBot, type RunningBot } from '../support/botServer';

interface Session {
  conversationId: string;
  token: string;
  expires_in: number;
}
interface Logged {
  id: string;
  type: string;
  text?: string;
  from: { id: string; role?: string };
  replyToId?: string;
  channelData?: { clientActivityID?: string; step?: { id: string; index: number; total: number } };
  serviceUrl?: string;
}

/** A Direct Line 3.0 client as Web Chat uses it: start, post, poll with the watermark. */
class DirectLineClient {
  session!: Session;
  watermark = '';
  seen: Logged[] = [];

  constructor(private readonly url: string) {}

  private headers(token = this.session?.token) {
    return { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  }

  async start(): Promise<Session> {
    const response = await fetch(`${this.url}/v3/directline/conversations`, { method: 'POST', headers: this.headers('') });
    expect(response.status).toBe(201);
    this.session = (await response.json()) as Session;
    return this.session;
  }

  async post(activity: object) {
    return fetch(`${this.url}/v3/directline/conversations/${this.session.conversationId}/activities`, {
      method: 'POST',
      headers: this.headers(),
      body: JSON.stringify(activity),
    });
  }

  async says(text: string, clientActivityID: string) {
    const response = await this.post({
      type: 'message',
      from: { id: 'r_user', role: 'user' },
      text,
      textFormat: 'plain',
      locale: 'en-US',
      channelData: { clientActivityID, clientTimestamp: new Date().toISOString() },
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { id: string }).id;
  }

  async poll(): Promise<Logged[]> {
    const response = await fetch(
      `${this.url}/v3/directline/conversations/${this.session.conversationId}/activities?watermark=${this.watermark}`,
      { headers: this.headers() },
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { activities: Logged[]; watermark: string };
    this.watermark = body.watermark;
    this.seen.push(...body.activities);
    return body.activities;
  }

  /** Polls until an activity matching `wanted` arrives (or fails after `ms`). */
  async waitFor(wanted: (a: Logged) => boolean, ms = 5_000): Promise<Logged> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.seen.find(wanted);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`not seen; got ${JSON.stringify(this.seen.map((a) => a.text ?? a.type))}`);
      await this.poll();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

describe('the chat page and its local Direct Line (local mode)', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(() => bot.stop());

  it('serves the page, Web Chat from the bot itself (no CDN) and the page settings', async () => {
    const page = await fetch(`${bot.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toMatch(/<div[^>]+id="webchat"/);
    expect(html).toMatch(/<script src="webchat\.js"/);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);

    const bundle = await fetch(`${bot.url}/webchat.js`, { headers: { 'accept-encoding': 'identity' } });
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/javascript/);
    const source = await bundle.text();
    expect(source.length).toBeGreaterThan(1_000_000);
    expect(source).toMatch(/renderWebChat/);

    const etag = bundle.headers.get('etag')!;
    expect((await fetch(`${bot.url}/webchat.js`, { headers: { 'if-none-match': etag } })).status).toBe(304);

    const settings = await (await fetch(`${bot.url}/api/webchat/config`)).json();
    expect(settings).toMatchObject({ mode: 'local', domain: 'v3/directline' });
    expect(settings.steps).toEqual(expect.arrayContaining([{ id: 'power-cycle', title: 'Restart the power' }]));
    expect(settings.steps).toHaveLength(8);
  });

  it('sends the page scripts compressed to a browser that accepts gzip', async () => {
    const { request } = await import('node:http');
    const body = await new Promise<{ encoding?: string; data: Buffer }>((resolve, reject) => {
      request(`${bot.url}/chat.js`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], data: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    });
    expect(body.encoding).toBe('gzip');
    expect(gunzipSync(body.data).toString()).toMatch(/DIRECT_LINE\/INCOMING_ACTIVITY/);
  });

  it('opens a conversation with a welcome, echoes what the user sends and relays the bot over the Bot Framework path', async () => {
    const client = new DirectLineClient(bot.url);
    const session = await client.start();
    expect(session.conversationId).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    expect(session.token.length).toBeGreaterThanOrEqual(32);
    expect(session.expires_in).toBeGreaterThan(0);

    const welcome = await client.waitFor((a) => a.type === 'message');
    expect(welcome.text).toMatch(/Tapo light helper/);
    expect(welcome.from.role).toBe('bot');
    expect(welcome.serviceUrl).toBeUndefined();

    const id = await client.says('my camera blinks red fast after a power cut', 'client-1');
    const echo = await client.waitFor((a) => a.id === id);
    expect(echo.channelData?.clientActivityID).toBe('client-1');
    expect(echo.text).toBe('my camera blinks red fast after a power cut');
    expect(echo.from).toEqual({ id: 'r_user', role: 'user' });

    const step = await client.waitFor((a) => a.channelData?.step !== undefined);
    expect(step.channelData?.step).toEqual({ id: 'power-cycle', index: 1, total: 8 });
    expect(step.text).toMatch(/Step 1 of 8: Restart the power/);
    expect(step.replyToId).toBe(id);

    // Nothing is handed out twice once the watermark has moved past it.
    await client.poll();
    expect(await client.poll()).toEqual([]);

    await client.says('Still blinking red', 'client-2');
    const next = await client.waitFor((a) => a.channelData?.step?.index === 2);
    expect(next.channelData?.step).toMatchObject({ index: 2, total: 8 });

    // A reconnecting client gets the conversation again with its token.
    const again = await fetch(`${bot.url}/v3/directline/conversations/${session.conversationId}`, {
      headers: { authorization: `Bearer ${session.token}` },
    });
    expect(await again.json()).toMatchObject({ conversationId: session.conversationId, token: session.token });
  });

  it('keeps conversations apart: another token opens nothing', async () => {
    const alice = new DirectLineClient(bot.url);
    const mallory = new DirectLineClient(bot.url);
    await alice.start();
    await mallory.start();
    const url = `${bot.url}/v3/directline/conversations/${alice.session.conversationId}/activities`;
    const withToken = (token?: string): Record<string, string> => (token === undefined ? {} : { authorization: `Bearer ${token}` });
    expect((await fetch(url, { headers: withToken(mallory.session.token) })).status).toBe(403);
    expect((await fetch(url, { headers: withToken() })).status).toBe(403);
    expect((await fetch(url, { headers: withToken('x'.repeat(43)) })).status).toBe(403);
    expect((await fetch(`${bot.url}/v3/directline/tokens/refresh`, { method: 'POST', headers: withToken('nope') })).status).toBe(403);
    const refreshed = await fetch(`${bot.url}/v3/directline/tokens/refresh`, { method: 'POST', headers: withToken(alice.session.token) });
    expect(await refreshed.json()).toMatchObject({ conversationId: alice.session.conversationId });
  });

  it('answers junk with 4xx, never 500', async () => {
    const client = new DirectLineClient(bot.url);
    await client.start();
    const { conversationId, token } = client.session;
    const auth = { authorization: `Bearer ${token}` };
    const json = { ...auth, 'content-type': 'application/json' };
    const base = `${bot.url}/v3/directline/conversations`;
    const send = (url: string, body: string, headers: Record<string, string> = json) => fetch(url, { method: 'POST', headers, body });
    let deep: unknown = 'bottom';
    for (let i = 0; i < 40; i++) deep = { deeper: deep };

    const answers: [string, number][] = [
      ['unknown conversation', (await fetch(`${base}/${'A'.repeat(22)}/activities`, { headers: auth })).status],
      ['id with odd characters', (await fetch(`${base}/..%2F..%2Fetc/activities`, { headers: auth })).status],
      ['id far too long', (await fetch(`${base}/${'a'.repeat(500)}/activities`, { headers: auth })).status],
      ['watermark not a number', (await fetch(`${base}/${conversationId}/activities?watermark=abc`, { headers: auth })).status],
      ['watermark negative', (await fetch(`${base}/${conversationId}/activities?watermark=-1`, { headers: auth })).status],
      ['not JSON', (await send(`${base}/${conversationId}/activities`, '{"type":')).status],
      ['an array', (await send(`${base}/${conversationId}/activities`, '[1,2]')).status],
      ['a string', (await send(`${base}/${conversationId}/activities`, '"hello"')).status],
      ['no type', (await send(`${base}/${conversationId}/activities`, JSON.stringify({ from: { id: 'u' }, text: 'hi' }))).status],
      ['no sender', (await send(`${base}/${conversationId}/activities`, JSON.stringify({ type: 'message', text: 'hi' }))).status],
      [
        'a type users may not send',
        (await send(`${base}/${conversationId}/activities`, JSON.stringify({ type: 'conversationUpdate', from: { id: 'u' } }))).status,
      ],
      [
        'a value far too large',
        (await send(`${base}/${conversationId}/activities`, JSON.stringify({ type: 'message', from: { id: 'u' }, value: 'v'.repeat(40_000) })))
          .status,
      ],
      [
        'nested far too deep',
        (await send(`${base}/${conversationId}/activities`, JSON.stringify({ type: 'message', from: { id: 'u' }, value: deep }))).status,
      ],
      ['start with a junk body', (await send(base, '[]')).status],
      ['bot reply to an unknown conversation', (await send(`${bot.url}/v3/conversations/${'B'.repeat(22)}/activities`, '{"type":"message"}')).status],
      ['bot reply without a type', (await send(`${bot.url}/v3/conversations/${conversationId}/activities/x`, '{"text":"hi"}')).status],
    ];
    for (const [what, status] of answers) {
      expect([what, status >= 400 && status < 500]).toEqual([what, true]);
    }

    // A long message is cut, not refused: the user sees what the bot read.
    const long = await send(`${base}/${conversationId}/activities`, JSON.stringify({ type: 'message', from: { id: 'u' }, text: 'a'.repeat(5_000) }));
    expect(long.status).toBe(200);

    // The conversation still works after all that.
    await client.says('hello', 'after-junk');
    await client.waitFor((a) => a.channelData?.clientActivityID === 'after-junk');
  });
});

describe('the chat page in production (Direct Line secret set)', () => {
  const secret = 'the-direct-line-secret-0123456789';
  const requests: { authorization?: string; body: { user?: { id?: string }; trustedOrigins?: string[] } }[] = [];
  let directLine: import('node:http').Server;
  let directLineUrl: string;
  let answer: { status: number; body: unknown } = { status: 200, body: {} };
  let bot: RunningBot;

  beforeAll(async () => {
    const { createServer } = await import('node:http');
    directLine = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      if (req.method === 'POST' && req.url === '/v3/directline/tokens/generate') {
        requests.push({ authorization: req.headers.authorization, body: JSON.parse(Buffer.concat(chunks).toString() || '{}') });
        res.statusCode = answer.status;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(answer.body));
        return;
      }
      res.statusCode = 404;
      res.end();
    });
    await new Promise<void>((resolve) => directLine.listen(0, '127.0.0.1', resolve));
    directLineUrl = `http://127.0.0.1:${(directLine.address() as import('node:net').AddressInfo).port}/v3/directline`;
    bot = await startBot({
      MicrosoftAppId: '00000000-1111-2222-3333-444444444444',
      MicrosoftAppPassword: 'app-password',
      DIRECT_LINE_SECRET: secret,
      DIRECT_LINE_DOMAIN: directLineUrl,
      DIRECT_LINE_TRUSTED_ORIGINS: 'https://support.example.com, https://www.example.com',
    });
  });
  afterAll(async () => {
    await bot.stop();
    await new Promise((resolve) => directLine.close(resolve));
  });

  it('tells the page to use Direct Line with a token from the bot', async () => {
    const settings = await (await fetch(`${bot.url}/api/webchat/config`)).json();
    expect(settings).toMatchObject({ mode: 'directline', domain: directLineUrl, tokenUrl: 'api/directline/token' });
  });

  it('exchanges the secret for a token bound to a new dl_ user and the trusted origins; the secret stays on the server', async () => {
    answer = { status: 200, body: { conversationId: 'dl-conversation-1', token: 'short-lived-token', expires_in: 3600 } };
    const first = await fetch(`${bot.url}/api/directline/token`, { method: 'POST' });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-store');
    const text = await first.text();
    expect(JSON.parse(text)).toEqual({ conversationId: 'dl-conversation-1', token: 'short-lived-token', expires_in: 3600 });
    expect(text).not.toContain(secret);
    await fetch(`${bot.url}/api/directline/token`, { method: 'POST' });

    expect(requests).toHaveLength(2);
    expect(requests[0].authorization).toBe(`Bearer ${secret}`);
    expect(requests[0].body.user?.id).toMatch(/^dl_[0-9a-f]{32}$/);
    expect(requests[1].body.user?.id).toMatch(/^dl_/);
    expect(requests[1].body.user?.id).not.toBe(requests[0].body.user?.id);
    expect(requests[0].body.trustedOrigins).toEqual(['https://support.example.com', 'https://www.example.com']);
  });

  it('answers 502 without details when Direct Line refuses or answers nonsense', async () => {
    for (const refusal of [
      { status: 403, body: { error: { code: 'BadArgument', message: `secret ${secret} invalid` } } },
      { status: 200, body: { hello: 'world' } },
    ]) {
      answer = refusal;
      const response = await fetch(`${bot.url}/api/directline/token`, { method: 'POST' });
      expect(response.status).toBe(502);
      expect(await response.text()).not.toContain(secret);
    }
  });

  it('offers no local Direct Line, and lets only the support site frame the page', async () => {
    expect((await fetch(`${bot.url}/v3/directline/conversations`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${bot.url}/v3/conversations/abc/activities`, { method: 'POST' })).status).toBeGreaterThanOrEqual(400);
    const page = await fetch(`${bot.url}/`);
    expect(page.headers.get('content-security-policy')).toBe("frame-ancestors 'self' https://support.example.com https://www.example.com");
    for (const file of ['/', '/chat.js', '/embed.js', '/api/webchat/config']) {
      expect(await (await fetch(`${bot.url}${file}`)).text()).not.toContain(secret);
    }
  });
});

describe('the chat page on a registered bot without a Direct Line secret', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ MicrosoftAppId: '00000000-1111-2222-3333-444444444444', MicrosoftAppPassword: 'app-password' });
  });
  afterAll(() => bot.stop());

  it('says the chat is unavailable and offers neither tokens nor a local Direct Line', async () => {
    expect(await (await fetch(`${bot.url}/api/webchat/config`)).json()).toMatchObject({ mode: 'unavailable' });
    expect((await fetch(`${bot.url}/api/directline/token`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${bot.url}/v3/directline/conversations`, { method: 'POST' })).status).toBe(404);
  });
});
