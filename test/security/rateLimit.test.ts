import { clientAddress, isLoopback, normalizeAddress, TokenBuckets } from '../../src/http/rateLimit';
import { messageActivity, post, startBot, type RunningBot } from '../support/botServer';
import { SlowChannel } from '../http/slowChannel';

describe('token buckets', () => {
  it('allow a burst, then refill evenly over the minute', () => {
    let now = 0;
    const buckets = new TokenBuckets(60, () => now);
    for (let i = 0; i < 60; i++) expect(buckets.take('a')).toBe(true);
    expect(buckets.take('a')).toBe(false);
    expect(buckets.isEmpty('a')).toBe(true);
    expect(buckets.retryAfterSeconds('a')).toBe(1);
    expect(buckets.take('b')).toBe(true);
    now += 1_000;
    expect(buckets.take('a')).toBe(true);
    expect(buckets.take('a')).toBe(false);
    now += 60_000;
    expect(buckets.isEmpty('a')).toBe(false);
  });

  it('keep a bounded number of keys and can be turned off', () => {
    const buckets = new TokenBuckets(1, () => 0, 3);
    for (const key of ['a', 'b', 'c', 'd']) buckets.take(key);
    // 'a' was forgotten (least recently used): a forgotten bucket is a full one.
    expect(buckets.take('a')).toBe(true);
    expect(buckets.take('d')).toBe(false);
    const off = new TokenBuckets(0);
    for (let i = 0; i < 1_000; i++) expect(off.take('x')).toBe(true);
  });

  it('know where a request came from, behind a proxy only when told to trust it', () => {
    const req = (remoteAddress: string, forwarded?: string) => ({ headers: { 'x-forwarded-for': forwarded }, socket: { remoteAddress } });
    expect(clientAddress(req('::ffff:10.0.0.7'), false)).toBe('10.0.0.7');
    expect(clientAddress(req('10.0.0.7', '203.0.113.9:52311'), false)).toBe('10.0.0.7');
    expect(clientAddress(req('10.0.0.7', '198.51.100.1, 203.0.113.9:52311'), true)).toBe('203.0.113.9');
    expect(clientAddress(req('10.0.0.7', 'not-an-ip'), true)).toBe('10.0.0.7');
    expect(normalizeAddress('[2001:db8::1]:443')).toBe('2001:db8::1');
    expect(isLoopback('127.0.0.1') && isLoopback('::1') && !isLoopback('10.0.0.1')).toBe(true);
  });
});

describe('floods get 429 over HTTP', () => {
  const channel = new SlowChannel(0);
  let serviceUrl: string;
  beforeAll(async () => {
    serviceUrl = await channel.start();
  });
  afterAll(async () => {
    await channel.stop();
  });

  async function floods(bot: RunningBot, count: number, make: (i: number) => unknown) {
    const statuses: number[] = [];
    for (let i = 0; i < count; i++) statuses.push((await post(bot.url, make(i))).status);
    return statuses;
  }

  it('from one conversation, leaving other conversations alone', async () => {
    const bot = await startBot({ RATE_LIMIT_PER_CONVERSATION: '5' });
    try {
      const statuses = await floods(bot, 8, () => messageActivity(serviceUrl, 'chatty', 'hello'));
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
      const refused = await post(bot.url, messageActivity(serviceUrl, 'chatty', 'hello'));
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(await refused.json()).toMatchObject({ error: { code: 'TooManyRequests' } });
      expect((await post(bot.url, messageActivity(serviceUrl, 'calm', 'hello'))).status).toBe(200);
    } finally {
      await bot.stop();
    }
  });

  it('from one address once loopback is not exempt: every request in local mode, good or bad', async () => {
    const bot = await startBot({ RATE_LIMIT_PER_IP: '6', RATE_LIMIT_EXEMPT_LOOPBACK: 'false' });
    try {
      const statuses = await floods(bot, 8, (i) => (i % 2 ? messageActivity(serviceUrl, `addr-${i}`, 'hello') : { nonsense: i }));
      expect(statuses).toEqual([400, 200, 400, 200, 400, 200, 429, 429]);
      expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    } finally {
      await bot.stop();
    }
  });

  it('with authentication on, only refused requests count against an address', async () => {
    const bot = await startBot({
      MicrosoftAppId: '5f1c0e0b-8a4e-4c6e-9a57-2f3f5c1d9e01',
      MicrosoftAppPassword: 'not-a-real-password-123',
      RATE_LIMIT_PER_IP: '4',
      RATE_LIMIT_EXEMPT_LOOPBACK: 'false',
    });
    try {
      const statuses = await floods(bot, 6, (i) => messageActivity(serviceUrl, `anon-${i}`, 'hello'));
      expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    } finally {
      await bot.stop();
    }
  });

  it('lets loopback through by default (the load benchmark runs there)', async () => {
    const bot = await startBot({ RATE_LIMIT_PER_IP: '3' });
    try {
      const statuses = await floods(bot, 6, (i) => messageActivity(serviceUrl, `loop-${i}`, 'hello'));
      expect(statuses.every((s) => s === 200)).toBe(true);
    } finally {
      await bot.stop();
    }
  });
});
