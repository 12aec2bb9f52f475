import { z } from 'zod/v4';
import type { Activity } from 'botbuilder';

/** What an incoming activity may be; channels send far less (see docs/security.md). */
export const ACTIVITY_LIMITS = {
  /** Bytes of JSON body. Bot Framework activities are at most 256 KB. */
  maxBodyBytes: 256 * 1024,
  /** Object/array nesting. Real activities (Teams channelData, card submits) stay under 10. */
  maxDepth: 32,
  /** Values of any kind in the whole body. */
  maxNodes: 20_000,
  /** Characters of message text kept; the rest is cut before anything reads it. */
  maxTextLength: 4_000,
  maxAttachments: 50,
  maxEntities: 100,
  maxMembers: 100,
} as const;

/** A request body that is not an activity this bot can take; `message` is safe to send back. */
export class BadActivity extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BadActivity';
  }
}

/** Keys that can reach Object.prototype when a parsed body is later merged or assigned. */
function isPollutingKey(key: string, value: unknown): boolean {
  return key === '__proto__' || key === 'prototype' || (key === 'constructor' && typeof value === 'object' && value !== null);
}

/**
 * Walks a parsed body without recursion (so that nesting cannot exhaust the stack): refuses deep
 * nesting, too many values and prototype-polluting keys.
 */
export function inspectShape(body: unknown, limits = ACTIVITY_LIMITS): void {
  const stack: [unknown, number][] = [[body, 1]];
  let nodes = 0;
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (++nodes > limits.maxNodes) throw new BadActivity(`the body holds more than ${limits.maxNodes} values`);
    if (value === null || typeof value !== 'object') continue;
    if (depth > limits.maxDepth) throw new BadActivity(`the body nests deeper than ${limits.maxDepth} levels`);
    if (Array.isArray(value)) {
      for (const item of value) stack.push([item, depth + 1]);
      continue;
    }
    for (const key of Object.keys(value)) {
      const child = (value as Record<string, unknown>)[key];
      if (isPollutingKey(key, child)) throw new BadActivity(`the key "${key}" is not allowed`);
      stack.push([child, depth + 1]);
    }
  }
}

function isServiceUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '' && url.hostname !== '';
  } catch {
    return false;
  }
}

const text = (max: number) => z.string().max(max);
const date = text(64).refine((v) => !Number.isNaN(Date.parse(v)), { message: 'must be a date' });
const account = z.looseObject({ id: text(512), name: text(512).nullish() });

/** An entity; a mention must say who is mentioned (Teams strips the bot's own mention by it). */
const entity = z.looseObject({ type: text(64).nullish() }).superRefine((value, ctx) => {
  if (value.type !== 'mention') return;
  const mentioned = (value as { mentioned?: { id?: unknown } }).mentioned;
  if (typeof mentioned?.id !== 'string') ctx.addIssue({ code: 'custom', path: ['mentioned', 'id'], message: 'a mention must name who is mentioned' });
});

const activitySchema = z.looseObject({
  type: z.string().min(1).max(64),
  id: text(512).nullish(),
  channelId: z.string().min(1).max(64),
  serviceUrl: text(2048).refine(isServiceUrl, { message: 'must be an http(s) URL without credentials' }),
  conversation: z.looseObject({ id: z.string().min(1).max(512) }),
  from: account,
  recipient: account,
  text: z.string().nullish(),
  replyToId: text(512).nullish(),
  locale: text(64).nullish(),
  timestamp: date.nullish(),
  localTimestamp: date.nullish(),
  expiration: date.nullish(),
  attachments: z
    .array(z.looseObject({ contentType: text(256), contentUrl: text(2048).nullish(), name: text(512).nullish() }))
    .max(ACTIVITY_LIMITS.maxAttachments)
    .nullish(),
  entities: z.array(entity).max(ACTIVITY_LIMITS.maxEntities).nullish(),
  membersAdded: z.array(account).max(ACTIVITY_LIMITS.maxMembers).nullish(),
  membersRemoved: z.array(account).max(ACTIVITY_LIMITS.maxMembers).nullish(),
});

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0 and C1 control characters except tab, line feed and carriage return.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * Message text as the bot may read it: control characters dropped, lone surrogates (invalid
 * UTF-16) replaced, cut to `max` characters.
 */
export function cleanText(raw: string, max: number = ACTIVITY_LIMITS.maxTextLength): string {
  const bounded = raw.length > max * 2 ? raw.slice(0, max * 2) : raw;
  return bounded.replace(CONTROL, '').slice(0, max).replace(LONE_SURROGATE, '\uFFFD');
}

function where(pathParts: readonly PropertyKey[]): string {
  return pathParts.length === 0 ? 'the body' : pathParts.map(String).join('.');
}

/**
 * A parsed request body as an Activity the adapter can run, or a BadActivity saying what is wrong.
 * Dates become Date objects the way botbuilder's own validator makes them.
 */
export function parseActivity(body: unknown): Activity {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new BadActivity('the body must be a JSON object');
  inspectShape(body);
  const parsed = activitySchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BadActivity(`${where(issue.path)}: ${issue.message}`);
  }
  const activity = parsed.data as Record<string, unknown>;
  if (typeof activity.text === 'string') activity.text = cleanText(activity.text);
  for (const [field, raw] of [['timestamp', 'rawTimestamp'], ['localTimestamp', 'rawLocalTimestamp'], ['expiration', 'rawExpiration']]) {
    if (typeof activity[field] === 'string') {
      activity[raw] = activity[field];
      activity[field] = new Date(activity[field] as string);
    }
  }
  return activity as unknown as Activity;
}
