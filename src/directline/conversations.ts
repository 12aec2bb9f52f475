import { randomBytes, timingSafeEqual } from 'node:crypto';

/** How much the local Direct Line keeps: it serves one developer's browser tabs, not the world. */
export interface LocalLimits {
  /** Conversations kept at once; a new one pushes out the longest idle. */
  maxConversations: number;
  /** Activities kept per conversation; older ones are dropped (a client that far behind misses them). */
  maxActivities: number;
  /** A conversation nobody polled or wrote to for this long is forgotten. */
  idleMs: number;
}

export const DEFAULT_LIMITS: LocalLimits = { maxConversations: 200, maxActivities: 500, idleMs: 30 * 60_000 };

/** An activity in a conversation's log, as Direct Line hands it out. */
export interface LoggedActivity {
  id: string;
  [key: string]: unknown;
}

export interface LocalConversation {
  readonly id: string;
  readonly token: string;
  /** The user the conversation was opened for (Direct Line style: `dl_` + random). */
  readonly userId: string;
  lastActive: number;
  /** Sequence number of `log[0]`; numbers grow by one per activity and are never reused. */
  first: number;
  log: LoggedActivity[];
}

/** Conversation ids and tokens we hand out; anything else is refused before a lookup. */
export const CONVERSATION_ID = /^[A-Za-z0-9_-]{16,64}$/;

const randomId = (bytes: number) => randomBytes(bytes).toString('base64url');

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * The conversations of the local Direct Line endpoint: ids, tokens and activity logs, in memory and
 * bounded (count, log length, idle time). Knows nothing of HTTP or of the bot.
 */
export class LocalConversations {
  readonly limits: LocalLimits;
  /** In least-recently-active order: touching a conversation moves it to the end. */
  private readonly byId = new Map<string, LocalConversation>();

  constructor(
    limits: Partial<LocalLimits> = {},
    private readonly now: () => number = Date.now,
  ) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  get size(): number {
    return this.byId.size;
  }

  create(userId = `dl_${randomBytes(12).toString('hex')}`): LocalConversation {
    this.sweep();
    while (this.byId.size >= this.limits.maxConversations) {
      const oldest = this.byId.keys().next().value as string;
      this.byId.delete(oldest);
    }
    const conversation: LocalConversation = {
      id: randomId(18),
      token: randomId(32),
      userId,
      lastActive: this.now(),
      first: 1,
      log: [],
    };
    this.byId.set(conversation.id, conversation);
    return conversation;
  }

  /** The conversation, if it exists and has not gone idle; the lookup counts as activity. */
  get(id: string): LocalConversation | undefined {
    const conversation = this.byId.get(id);
    if (!conversation) return undefined;
    if (this.expired(conversation)) {
      this.byId.delete(id);
      return undefined;
    }
    conversation.lastActive = this.now();
    this.byId.delete(id);
    this.byId.set(id, conversation);
    return conversation;
  }

  /** The conversation when `token` is the one it was opened with. */
  authorize(id: string, token: string | undefined): LocalConversation | 'unknown' | 'forbidden' {
    if (!CONVERSATION_ID.test(id)) return 'unknown';
    const conversation = this.get(id);
    if (!conversation) return 'unknown';
    if (!token || !sameSecret(token, conversation.token)) return 'forbidden';
    return conversation;
  }

  /** The conversation a token was issued for (a token refresh names no conversation). */
  findByToken(token: string | undefined): LocalConversation | undefined {
    if (!token) return undefined;
    for (const conversation of this.byId.values()) {
      if (sameSecret(token, conversation.token)) return this.get(conversation.id);
    }
    return undefined;
  }

  /** Appends an activity under a new id (`<conversation>|<sequence>`, as Direct Line numbers them). */
  append(conversation: LocalConversation, activity: Record<string, unknown>): LoggedActivity {
    const sequence = conversation.first + conversation.log.length;
    const logged: LoggedActivity = { ...activity, id: `${conversation.id}|${String(sequence).padStart(7, '0')}` };
    conversation.log.push(logged);
    const excess = conversation.log.length - this.limits.maxActivities;
    if (excess > 0) {
      conversation.log.splice(0, excess);
      conversation.first += excess;
    }
    return logged;
  }

  /** Activities after `watermark` (all when absent) and the watermark to ask with next. */
  since(conversation: LocalConversation, watermark?: number): { activities: LoggedActivity[]; watermark: string } {
    const last = conversation.first + conversation.log.length - 1;
    const from = Math.max(0, (watermark ?? 0) + 1 - conversation.first);
    return { activities: conversation.log.slice(from), watermark: String(Math.max(last, 0)) };
  }

  /** Forgets conversations that have gone idle. */
  sweep(): void {
    for (const [id, conversation] of this.byId) {
      if (this.expired(conversation)) this.byId.delete(id);
    }
  }

  private expired(conversation: LocalConversation): boolean {
    return this.now() - conversation.lastActive > this.limits.idleMs;
  }
}
