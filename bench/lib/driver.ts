import { Agent, request } from 'node:http';
import type { ConnectorService, ReplyActivity } from './connector';
import { lineFor } from './script';
import { mean, msSince, quantile, round } from './stats';

export interface LoadOptions {
  /** Base URL of the bot, e.g. http://127.0.0.1:3978 (POSTs go to /api/messages). */
  botUrl: string;
  connector: ConnectorService;
  conversations: number;
  turns: number;
  script: readonly string[];
  /** A turn without an HTTP answer by then counts as a timeout (channels redeliver after ~15 s). */
  timeoutMs?: number;
  channelId?: string;
  /** Prefix of conversation and activity ids; unique per run so runs never share state. */
  runId?: string;
  /** Replies each turn should produce (index = turn number), from a calibration run. */
  expected?: readonly number[];
  /**
   * Spread the conversations' first turns evenly over this many ms instead of starting all at
   * once (a ramp-up, as users do not all arrive in the same millisecond). 0 by default.
   */
  rampMs?: number;
  /** Called with each conversation's transcript (only useful with connector.keepActivities). */
  onTurn?: (conversation: number, turn: number, text: string, replies: { count: number; activities: ReplyActivity[]; failed: boolean }) => void;
}

export interface LoadResult {
  conversations: number;
  turns: number;
  /** Turns answered 2xx. */
  completed: number;
  durationMs: number;
  turnsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  /** Non-2xx answers by status, plus "timeout" and "network". */
  errors: Record<string, number>;
  errorCount: number;
  replies: number;
  repliesPerTurn: number;
  /** Turns the bot apologised for (its onTurnError ran): the turn threw. Needs connector.apology. */
  failedTurns: number;
  /** Turns answered 2xx that produced no reply at all. */
  silentTurns: number;
  /** Replies expected (from calibration) but not received by the end of their turn. */
  lostReplies: number;
  /** Replies received beyond what calibration expected. */
  extraReplies: number;
  /** Replies that arrived after their turn's HTTP answer. */
  lateReplies: number;
  /** The first few failed turns: which conversation, which turn (0-based), what went wrong. */
  errorSamples: { conversation: number; turn: number; error: string }[];
  /** How many conversations had at least one error. */
  conversationsWithErrors: number;
  /** All turn latencies in ms (not printed; for merging rounds). */
  latencies: number[];
}

class TurnTimeout extends Error {}

let runCounter = 0;

/** POSTs one activity and resolves with the status once the whole answer has been read. */
function postActivity(agent: Agent, url: URL, body: string, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: '/api/messages',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => {
          clearTimeout(timer);
          resolve(res.statusCode ?? 0);
        });
        res.on('error', (error) => {
          clearTimeout(timer);
          reject(error);
        });
      },
    );
    const timer = setTimeout(() => req.destroy(new TurnTimeout()), timeoutMs);
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    req.end(body);
  });
}

/**
 * N conversations at once, each playing M turns one after another: a turn is one message POSTed to
 * /api/messages; it ends when the bot's HTTP answer arrives. CloudAdapter answers only after the
 * bot's logic (including every reply it posted to the connector) has finished, so the replies of a
 * turn are counted right then, by the `replyToId` they carry.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { connector, conversations, turns, script, expected } = options;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const channelId = options.channelId ?? 'webchat';
  runCounter += 1;
  const runId = options.runId ?? `r${process.pid}-${Date.now().toString(36)}-${runCounter}`;
  const url = new URL(options.botUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: conversations });

  const latencies: number[] = [];
  const errors: Record<string, number> = {};
  let completed = 0;
  let replies = 0;
  let silentTurns = 0;
  let failedTurns = 0;
  let lostReplies = 0;
  let extraReplies = 0;
  const errorSamples: LoadResult['errorSamples'] = [];
  const troubled = new Set<number>();
  const fail = (kind: string, conversation: number, turn: number) => {
    errors[kind] = (errors[kind] ?? 0) + 1;
    troubled.add(conversation);
    if (errorSamples.length < 5) errorSamples.push({ conversation, turn, error: kind });
  };

  async function conversation(c: number): Promise<void> {
    const delay = ((options.rampMs ?? 0) * c) / conversations;
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    const conversationId = `${runId}-c${c}`;
    for (let t = 0; t < turns; t++) {
      const activityId = `${conversationId}-t${t}`;
      const text = lineFor(script, t);
      const body = JSON.stringify({
        type: 'message',
        id: activityId,
        channelId,
        serviceUrl: connector.url,
        timestamp: new Date().toISOString(),
        from: { id: `user-${runId}-${c}`, name: 'User' },
        recipient: { id: 'bot', name: 'Bot' },
        conversation: { id: conversationId },
        text,
        textFormat: 'plain',
        locale: 'en-US',
      });
      const start = process.hrtime.bigint();
      let status = 0;
      try {
        status = await postActivity(agent, url, body, timeoutMs);
      } catch (error) {
        fail(error instanceof TurnTimeout ? 'timeout' : 'network', c, t);
      }
      const elapsed = msSince(start);
      const got = connector.take(activityId);
      replies += got.count;
      if (status >= 200 && status < 300) {
        completed += 1;
        latencies.push(elapsed);
        if (got.count === 0) silentTurns += 1;
        if (got.failed) failedTurns += 1;
        const want = expected?.[t];
        if (want !== undefined) {
          lostReplies += Math.max(0, want - got.count);
          extraReplies += Math.max(0, got.count - want);
        }
      } else if (status !== 0) {
        fail(String(status), c, t);
      }
      options.onTurn?.(c, t, text, got);
    }
  }

  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: conversations }, (_, c) => conversation(c)));
  const durationMs = msSince(started);
  agent.destroy();
  // Anything still arriving for this run's turns is late; give stragglers a moment.
  await new Promise((resolve) => setTimeout(resolve, 100));
  const lateReplies = connector.late();

  const errorCount = Object.values(errors).reduce((a, b) => a + b, 0);
  return {
    conversations,
    turns: conversations * turns,
    completed,
    durationMs: round(durationMs, 1),
    turnsPerSecond: round((completed / durationMs) * 1000, 1),
    latencyMs: latencySummary(latencies),
    errors,
    errorCount,
    replies,
    repliesPerTurn: round(replies / Math.max(1, conversations * turns), 2),
    failedTurns,
    silentTurns,
    lostReplies,
    extraReplies,
    lateReplies,
    errorSamples,
    conversationsWithErrors: troubled.size,
    latencies,
  };
}

export function latencySummary(latencies: readonly number[]): LoadResult['latencyMs'] {
  return {
    p50: round(quantile(latencies, 0.5)),
    p90: round(quantile(latencies, 0.9)),
    p99: round(quantile(latencies, 0.99)),
    max: round(quantile(latencies, 1)),
    mean: round(mean(latencies)),
  };
}

/**
 * One conversation of `turns` turns, played alone: how many replies each turn produces when nothing
 * else is going on. Later runs compare every turn with it to find lost or extra replies.
 */
export async function calibrate(options: Omit<LoadOptions, 'conversations' | 'expected'>): Promise<number[]> {
  const expected: number[] = [];
  const result = await runLoad({
    ...options,
    conversations: 1,
    onTurn: (c, t, text, replies) => {
      expected[t] = replies.count;
      options.onTurn?.(c, t, text, replies);
    },
  });
  if (result.errorCount > 0) throw new Error(`the calibration conversation failed: ${JSON.stringify(result.errors)}`);
  return expected;
}
