import { Writable } from 'node:stream';
import { RequestAuthenticator } from '../../src/http/auth';
import { createLogger } from '../../src/logger';
import { VersionedMemoryStorage } from '../../src/storage';
import type { Authenticated } from '../../src/adapter';
import { messageActivity, post, startBot, type RunningBot } from '../support/botServer';
import { SlowChannel } from '../http/slowChannel';

const APP_ID = '5f1c0e0b-8a4e-4c6e-9a57-2f3f5c1d9e01';
const APP_PASSWORD = 'not-a-real-app-password-123';
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A JWT that looks like one from the Bot Connector (right issuer and audience) but is signed by nobody. */
function forgedToken(issuer: string): string {
  const now = Math.floor(Date.now() / 1000);
  const header = b64({ alg: 'RS256', typ: 'JWT', kid: 'forged-key' });
  const payload = b64({ iss: issuer, aud: APP_ID, nbf: now - 60, exp: now + 3600, serviceurl: 'http://127.0.0.1/' });
  return `${header}.${payload}.${Buffer.from('not a signature').toString('base64url')}`;
}

/** Log lines written by a real logger, kept in memory. */
function capturedLog() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { log: createLogger('info', { destination, secrets: [APP_PASSWORD] }), lines };
}

describe('with MicrosoftAppId set, only Bot Framework tokens get in', () => {
  const storage = new VersionedMemoryStorage();
  const channel = new SlowChannel(0);
  const { log, lines } = capturedLog();
  let serviceUrl: string;
  let guarded: RunningBot;

  beforeAll(async () => {
    serviceUrl = await channel.start();
    guarded = await startBot({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: APP_PASSWORD }, storage, log);
  });
  afterAll(async () => {
    await guarded?.stop();
    await channel.stop();
  });

  // [what, headers, whether checking it needs the signing keys (then 503 offline, 401 online)]
  const attempts: [string, Record<string, string>, boolean][] = [
    ['no Authorization header', {}, false],
    ['an empty Bearer token', { authorization: 'Bearer ' }, false],
    ['a token that is not a JWT', { authorization: 'Bearer abc.def' }, false],
    ['Basic credentials', { authorization: `Basic ${Buffer.from(`${APP_ID}:${APP_PASSWORD}`).toString('base64')}` }, false],
    ['a JWT from an unknown issuer', { authorization: `Bearer ${forgedToken('https://login.example.com/')}` }, false],
    ['a forged Bot Connector JWT', { authorization: `Bearer ${forgedToken('https://api.botframework.com')}` }, true],
    ['a forged Emulator JWT', { authorization: `Bearer ${forgedToken('https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/')}` }, true],
  ];

  it.each(attempts)('refuses %s (401, or 503 when the keys to check it are out of reach), never 500', async (name, headers, needsKeys) => {
    const conversation = `refused-${name.replace(/\W+/g, '-')}`;
    const response = await post(guarded.url, messageActivity(serviceUrl, conversation, 'my camera blinks red'), headers);
    expect(needsKeys ? [401, 503] : [401]).toContain(response.status);
    if (response.status === 401) expect(response.headers.get('www-authenticate')).toBe('Bearer');
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toMatch(/^(Unauthorized|AuthenticationUnavailable)$/);
    expect(JSON.stringify(body)).not.toMatch(/\bat |Error:|node_modules/);
  });

  it('refuses a request without a token before even reading its body', async () => {
    const response = await post(guarded.url, '{ not even JSON');
    expect(response.status).toBe(401);
  });

  it('never let the bot run for a refused request, nor remembered anything about it', async () => {
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(channel.replies.filter((r) => r.conversationId.startsWith('refused-'))).toEqual([]);
    const keys = Object.keys((storage as unknown as { memory: Record<string, string | undefined> }).memory);
    expect(keys).toEqual([]);
  });

  it('refuses a token that cannot be checked with 503 and logs why; a 401 for a bad one, both without the token in the logs', async () => {
    const token = forgedToken('https://api.botframework.com');
    const response = await post(guarded.url, messageActivity(serviceUrl, 'unverifiable', 'hello'), { authorization: `Bearer ${token}` });
    if (response.status === 503) {
      expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(lines.join('\n')).toMatch(/signing keys out of reach/);
    }
    const everything = lines.join('\n');
    expect(everything).not.toContain(token);
    expect(everything).not.toContain(token.split('.')[1]);
    expect(everything).not.toContain(APP_PASSWORD);
  });

  it('lets a local-mode bot on the same storage take the very activities that were refused: their ids were not remembered', async () => {
    const local = await startBot({}, storage);
    try {
      const refused = messageActivity(serviceUrl, 'refused-then-local', 'my camera blinks red fast after a power cut');
      expect((await post(guarded.url, refused, { authorization: `Bearer ${forgedToken('https://login.example.com/')}` })).status).toBe(401);
      expect((await post(local.url, refused)).status).toBe(200);
      await channel.settle('refused-then-local', 1);
      expect(channel.steps('refused-then-local')).toEqual([1]);
    } finally {
      await local.stop();
    }
  });
});

describe('the token check itself', () => {
  const activity = messageActivity('http://127.0.0.1/', 'c', 'hi') as never;
  const who = {} as Authenticated;
  const quiet = { error: jest.fn() };

  it('answers 503 when the signing keys cannot be fetched, then refuses at once during a cooldown', async () => {
    let clock = 1_000;
    let calls = 0;
    const unreachable = Object.assign(new Error('request to https://login.botframework.com/v1/.well-known/openidconfiguration failed, reason: getaddrinfo ENOTFOUND'), { name: 'FetchError', code: 'ENOTFOUND' });
    const check = new RequestAuthenticator(async () => {
      calls++;
      throw unreachable;
    }, quiet, { cooldownMs: 5_000, now: () => clock });
    expect(await check.check(activity, 'Bearer x')).toMatchObject({ ok: false, status: 503, retryAfterSeconds: 5 });
    expect(quiet.error).toHaveBeenCalledWith(expect.objectContaining({ err: expect.objectContaining({ code: 'ENOTFOUND' }) }), expect.stringMatching(/signing keys/));
    clock += 1_000;
    expect(await check.check(activity, 'Bearer y')).toMatchObject({ ok: false, status: 503 });
    expect(calls).toBe(1);
    // A token claiming another issuer is still checked (a stranger's token gets its 401 at once).
    await check.check(activity, `Bearer ${forgedToken('https://login.example.com/')}`);
    expect(calls).toBe(2);
    clock += 5_000;
    await check.check(activity, 'Bearer z');
    expect(calls).toBe(3);
  });

  it('answers 503 when checking takes too long, 401 for what botbuilder calls unauthorized or a bad JWT', async () => {
    const slow = new RequestAuthenticator(() => new Promise<Authenticated>(() => undefined), quiet, { timeoutMs: 50 });
    expect(await slow.check(activity, 'Bearer x')).toMatchObject({ ok: false, status: 503 });

    const unauthorized = new RequestAuthenticator(async () => {
      throw Object.assign(new Error('Unauthorized. No valid identity.'), { statusCode: 401 });
    }, quiet);
    expect(await unauthorized.check(activity, 'Bearer x')).toMatchObject({ ok: false, status: 401 });

    const badSignature = new RequestAuthenticator(async () => {
      throw Object.assign(new Error('invalid signature'), { name: 'JsonWebTokenError' });
    }, quiet);
    expect(await badSignature.check(activity, 'Bearer x')).toMatchObject({ ok: false, status: 401 });

    const fine = new RequestAuthenticator(async () => who, quiet);
    expect(await fine.check(activity, '')).toEqual({ ok: true, who });
  });
});
