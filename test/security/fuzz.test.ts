import { gzipSync } from 'node:zlib';
import { freePort } from '../support/azurite';
import { messageActivity, startBot, type RunningBot } from '../support/botServer';
import { SlowChannel } from '../http/slowChannel';

/** A small seeded generator, so that a failing case can be replayed. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  return { next, int, pick };
}

interface Case {
  name: string;
  body: string | Blob;
  headers?: Record<string, string>;
  method?: string;
  /** What the answer must be: a 4xx (default) or 200 for input the bot takes politely. */
  expect?: '4xx' | 200;
}

const JSON_TYPE = { 'content-type': 'application/json' };

function set(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
  if (value === undefined) delete node[parts.at(-1)!];
  else node[parts.at(-1)!] = value;
}

/** `depth` levels of objects or arrays, as JSON text (JSON.stringify itself would recurse). */
function nested(depth: number, asArray: boolean): string {
  return asArray ? `${'['.repeat(depth)}1${']'.repeat(depth)}` : `${'{"n":'.repeat(depth)}"x"${'}'.repeat(depth)}`;
}

/** At least 1,000 requests that are not activities this bot takes, plus the named hard cases. */
function badRequests(serviceUrl: string, seed = 20261123): Case[] {
  const rnd = random(seed);
  const valid = () => messageActivity(serviceUrl, `fuzz-${rnd.int(1e9)}`, 'hello') as unknown as Record<string, unknown>;
  const cases: Case[] = [];

  // Malformed JSON: a valid activity cut, or with a character changed, until it no longer parses.
  const garbage = ['{', '}', '"', ',', ':', '[', ']', '\\', 'x', '\u0000', "'", 'NaN'];
  while (cases.length < 250) {
    const text = JSON.stringify(valid());
    const at = rnd.int(text.length);
    const mutated = rnd.next() < 0.4 ? text.slice(0, at) : text.slice(0, at) + rnd.pick(garbage) + text.slice(at + rnd.int(3));
    try {
      JSON.parse(mutated);
    } catch {
      cases.push({ name: 'malformed JSON', body: mutated, headers: JSON_TYPE });
    }
  }

  // JSON that is not an object.
  for (const body of ['null', 'true', '42', '"text"', '[]', '[{"type":"message"}]', '""', '-1e999', '{}']) {
    for (let i = 0; i < 6; i++) cases.push({ name: `not an activity: ${body}`, body, headers: JSON_TYPE });
  }

  // The wrong content type for a valid activity.
  const types = ['text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/octet-stream', 'text/html', 'application/vnd.api+json', 'image/png', 'application/jsonx'];
  for (let i = 0; i < 90; i++) {
    cases.push({ name: 'wrong content type', body: JSON.stringify(valid()), headers: { 'content-type': rnd.pick(types) } });
  }

  // A required field missing.
  const required = ['type', 'channelId', 'serviceUrl', 'conversation', 'conversation.id', 'from', 'from.id', 'recipient', 'recipient.id'];
  for (let i = 0; i < 90; i++) {
    const activity = valid();
    set(activity, rnd.pick(required), undefined);
    cases.push({ name: 'missing field', body: JSON.stringify(activity), headers: JSON_TYPE });
  }

  // A field of the wrong type or far too long.
  const long = (n: number) => 'x'.repeat(n);
  const wrong: Record<string, unknown[]> = {
    type: [1, true, {}, [], null, '', long(65)],
    id: [1, false, {}, [], long(513)],
    channelId: [7, {}, [], null, '', long(65)],
    serviceUrl: [1, {}, [], null, 'ftp://files.example.com/', 'not a url', 'http://user:secret@127.0.0.1/', 'javascript:alert(1)', 'file:///etc/passwd', 'http://', long(2049)],
    conversation: ['c', 1, [], null, true],
    'conversation.id': [1, {}, [], null, '', long(513)],
    'from.id': [1, {}, [], null, long(513)],
    'recipient.id': [2, {}, null],
    text: [1, {}, [], true],
    attachments: [
      'a', 1, {}, [1], [{ contentType: 5 }], Array.from({ length: 51 }, () => ({ contentType: 'image/png' })),
      [{ contentType: 'image/png', contentUrl: { evil: 1 } }], [{ contentType: 'image/png', name: 42 }],
    ],
    entities: ['e', 3, [1, 2], Array.from({ length: 101 }, () => ({ type: 'mention' })), [{ type: 'mention', text: '<at>x</at>' }]],
    membersAdded: ['m', [{ id: 3 }], Array.from({ length: 101 }, (_, i) => ({ id: `u${i}` }))],
    timestamp: ['yesterday-ish', 12, {}, long(65)],
    locale: [1, {}, long(65)],
    replyToId: [1, {}, long(513)],
  };
  const fields = Object.keys(wrong);
  for (let i = 0; i < 400; i++) {
    const activity = valid();
    const field = rnd.pick(fields);
    set(activity, field, rnd.pick(wrong[field]));
    cases.push({ name: `mistyped ${field}`, body: JSON.stringify(activity), headers: JSON_TYPE });
  }

  // Deep nesting, as objects and as arrays, in the places channels leave open.
  for (let i = 0; i <= 80; i++) {
    const depth = i === 80 ? 100_000 : 33 + rnd.int(i < 70 ? 300 : 5_000);
    const field = rnd.pick(['channelData', 'value', 'entities']);
    const body = JSON.stringify(valid()).replace('"text":"hello"', `"text":"hello","${field}":${nested(depth, rnd.next() < 0.5)}`);
    cases.push({ name: `nested ${depth} deep`, body, headers: JSON_TYPE });
  }

  // Keys that would reach Object.prototype if the body were merged somewhere.
  const pollutions = [
    '"__proto__":{"polluted":"yes"}',
    '"constructor":{"prototype":{"polluted":"yes"}}',
    '"prototype":{"polluted":"yes"}',
    '"channelData":{"__proto__":{"polluted":"yes"}}',
    '"value":{"a":{"constructor":{"prototype":{"polluted":"yes"}}}}',
    '"entities":[{"type":"x","__proto__":{"polluted":"yes"}}]',
  ];
  for (let i = 0; i < 60; i++) {
    const text = JSON.stringify(valid());
    cases.push({ name: 'prototype pollution', body: `{${rnd.pick(pollutions)},${text.slice(1)}`, headers: JSON_TYPE });
  }

  // Too many values, too many attachments, too large.
  const wide = valid();
  wide.channelData = Object.fromEntries(Array.from({ length: 21_000 }, (_, i) => [`k${i}`, i]));
  cases.push({ name: '21,000 values', body: JSON.stringify(wide), headers: JSON_TYPE });
  for (const count of [1_000, 3_000]) {
    const activity = valid();
    activity.attachments = Array.from({ length: count }, (_, i) => ({ contentType: 'image/png', contentUrl: `https://x.example/${i}.png` }));
    cases.push({ name: `${count} attachments`, body: JSON.stringify(activity), headers: JSON_TYPE });
  }
  const eightMegabytes = valid();
  eightMegabytes.text = 'a'.repeat(8 * 1024 * 1024);
  cases.push({ name: '8 MB body', body: JSON.stringify(eightMegabytes), headers: JSON_TYPE });
  const justOver = valid();
  justOver.text = 'b'.repeat(257 * 1024);
  cases.push({ name: 'just over 256 KB', body: JSON.stringify(justOver), headers: JSON_TYPE });

  // A compressed body (could inflate far beyond the limit), and methods that do not post.
  for (let i = 0; i < 5; i++) {
    cases.push({ name: 'gzip body', body: new Blob([new Uint8Array(gzipSync(JSON.stringify(valid())))]), headers: { ...JSON_TYPE, 'content-encoding': 'gzip' } });
  }
  for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) cases.push({ name: `${method} /api/messages`, body: '', method });
  // Invokes the bot offers nothing for (an Action.Execute card, a message extension).
  for (const name of ['adaptiveCard/action', 'composeExtension/query', 'task/fetch', 'something/else']) {
    cases.push({ name: `invoke ${name}`, body: JSON.stringify({ ...valid(), type: 'invoke', name, value: {} }), headers: JSON_TYPE });
  }
  return cases;
}

/** Input that is odd but usable: the bot answers it (200), cleaned and capped. */
function politeRequests(serviceUrl: string, unreachable: string): Case[] {
  const polite = (name: string, text: string, extra: object = {}): Case => ({
    name,
    body: JSON.stringify(messageActivity(serviceUrl, `polite-${name.replace(/\W+/g, '-')}`, text, extra)),
    headers: JSON_TYPE,
    expect: 200,
  });
  return [
    polite('control characters', 'my camera\u0000 blinks\u0007 red\u001b[31m fast\u007f\u0085'),
    polite('lone surrogates', 'red light \ud800 blinking \udfff fast \ud83d'),
    polite('200 KB text', `my camera blinks red ${'very '.repeat(40_000)}fast`),
    polite('emoji and scripts', 'камера мигает красным 🔴🔴 after a power cut, 赤いライト'),
    polite('a serviceUrl nobody answers', 'my camera blinks red', { serviceUrl: unreachable }),
    polite('unknown activity type', 'x', { type: 'somethingNew' }),
    polite('a dozen attachments', '', { attachments: Array.from({ length: 12 }, (_, i) => ({ contentType: 'image/jpeg', contentUrl: `https://x.example/${i}.jpg` })) }),
  ];
}

describe('bad input: a fuzz of at least 1,000 requests against the real server', () => {
  let bot: RunningBot;
  const channel = new SlowChannel(0);
  let serviceUrl: string;

  beforeAll(async () => {
    serviceUrl = await channel.start();
    bot = await startBot();
  });
  afterAll(async () => {
    await bot?.stop();
    await channel.stop();
  });

  async function send(c: Case): Promise<{ status: number; text: string }> {
    const response = await fetch(`${bot.url}/api/messages`, {
      method: c.method ?? 'POST',
      headers: c.headers,
      body: c.method && c.method !== 'POST' && c.method !== 'PUT' && c.method !== 'PATCH' ? undefined : c.body,
    });
    return { status: response.status, text: await response.text() };
  }

  it('answers every bad request with a 4xx and a plain JSON error, odd but usable ones politely, and keeps serving', async () => {
    // A conversation under way before the storm, to check it is not disturbed.
    const bystander = 'bystander';
    expect((await send({ name: 'bystander', body: JSON.stringify(messageActivity(serviceUrl, bystander, 'my camera blinks red fast after a power cut')), headers: JSON_TYPE })).status).toBe(200);
    expect(channel.steps(bystander)).toEqual([1]);

    const unreachable = `http://127.0.0.1:${await freePort()}`;
    const bad = badRequests(serviceUrl);
    expect(bad.length).toBeGreaterThanOrEqual(1_000);
    const cases = [...bad, ...politeRequests(serviceUrl, unreachable)];

    const failures: string[] = [];
    const queue = [...cases.entries()];
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const [i, c] = next;
          const { status, text } = await send(c);
          const ok = c.expect === 200 ? status === 200 : status >= 400 && status < 500;
          if (!ok) failures.push(`#${i} ${c.name}: ${status} ${text.slice(0, 200)}`);
          if (status >= 400) {
            let body: { error?: { code?: unknown; message?: unknown } } | undefined;
            try {
              body = JSON.parse(text);
            } catch {
              body = undefined;
            }
            if (c.method !== 'GET' && (typeof body?.error?.code !== 'string' || typeof body.error.message !== 'string')) {
              failures.push(`#${i} ${c.name}: not a plain JSON error: ${text.slice(0, 200)}`);
            }
            if (/\bat .+:\d+:\d+|node_modules|[\\/]src[\\/]|Error:/.test(text)) failures.push(`#${i} ${c.name}: internals in ${text.slice(0, 300)}`);
          }
        }
      }),
    );
    expect(failures).toEqual([]);

    // Nothing reached Object.prototype in the server's process (this one).
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);

    // The odd-but-usable messages were answered, the text cleaned before the bot saw it.
    for (const name of ['control-characters', 'lone-surrogates', '200-KB-text', 'emoji-and-scripts']) {
      expect(channel.to(`polite-${name}`).length).toBeGreaterThan(0);
    }
    const heard = JSON.stringify(channel.replies.map((r) => r.activity.text ?? ''));
    expect(heard).not.toMatch(/\\u0000|\\u001b|\\ud800|\\udfff/i);

    // The conversation from before goes on where it was, and a new one works from the start.
    expect((await send({ name: 'bystander again', body: JSON.stringify(messageActivity(serviceUrl, bystander, 'Still blinking red')), headers: JSON_TYPE })).status).toBe(200);
    expect(channel.steps(bystander)).toEqual([1, 2]);
    const fresh = 'after-the-storm';
    expect((await send({ name: 'fresh', body: JSON.stringify(messageActivity(serviceUrl, fresh, 'my camera blinks red fast after a power cut')), headers: JSON_TYPE })).status).toBe(200);
    expect((await send({ name: 'fresh 2', body: JSON.stringify(messageActivity(serviceUrl, fresh, 'Still blinking red')), headers: JSON_TYPE })).status).toBe(200);
    expect(channel.steps(fresh)).toEqual([1, 2]);
  });
});
