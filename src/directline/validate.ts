import { z } from 'zod/v4';

/** Largest activity a client may post (text, card values, channel data), as JSON. */
export const MAX_ACTIVITY_BYTES = 32 * 1024;
/** Longest text kept; a longer message is cut, not refused (the bot reads no more than this anyway). */
export const MAX_TEXT_LENGTH = 4_000;

const account = z
  .object({
    id: z.string().trim().min(1).max(256),
    name: z.string().max(256).optional(),
    role: z.string().max(32).optional(),
  })
  .passthrough();

/** What Web Chat posts: a message (typed text, a button, a card submit) or an event. */
export const userActivity = z
  .object({
    type: z.enum(['message', 'event']),
    from: account,
    text: z.string().optional(),
    textFormat: z.string().max(32).optional(),
    locale: z.string().max(32).optional(),
    name: z.string().max(256).optional(),
    value: z.unknown().optional(),
    channelData: z.record(z.string(), z.unknown()).optional(),
    attachments: z
      .array(
        z
          .object({
            contentType: z.string().max(256),
            contentUrl: z.string().max(2_048).optional(),
            name: z.string().max(256).optional(),
          })
          .passthrough(),
      )
      .max(10)
      .optional(),
    entities: z.array(z.record(z.string(), z.unknown())).max(20).optional(),
  })
  .passthrough();

export type UserActivity = z.infer<typeof userActivity>;

/** What the bot posts back through the connector routes: any activity with a type. */
export const botActivity = z.object({ type: z.string().min(1).max(64) }).passthrough();

/** The body of "start a conversation": optionally who the user is. */
export const startConversation = z
  .object({ user: z.object({ id: z.string().trim().min(1).max(256).optional() }).passthrough().optional() })
  .passthrough();

/** Watermarks are the sequence numbers we hand out: a non-negative integer, or nothing. */
export function parseWatermark(raw: string | null): number | undefined | 'invalid' {
  if (raw === null || raw === '') return undefined;
  if (!/^\d{1,15}$/.test(raw)) return 'invalid';
  return Number(raw);
}

/** Serialized size of a JSON value, or Infinity when it cannot be serialized. */
export function jsonBytes(value: unknown): number {
  try {
    return Buffer.byteLength(JSON.stringify(value) ?? '');
  } catch {
    return Infinity;
  }
}

/** True when no object or array in `value` nests deeper than `limit` (checked without recursion). */
export function nestsAtMost(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= limit) return false;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return true;
}
