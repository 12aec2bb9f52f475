import type { Activity } from 'botbuilder';
import type { Authenticated } from '../adapter';

export type AuthOutcome =
  | { ok: true; who: Authenticated }
  | { ok: false; status: 401 | 503; message: string; retryAfterSeconds?: number };

export interface AuthLog {
  error(obj: object, msg?: string): void;
}

export interface AuthOptions {
  /** Longest wait for the signing keys (botbuilder fetches them on first use and once a day). */
  timeoutMs?: number;
  /** After the keys could not be fetched, how long tokens are refused at once with 503. */
  cooldownMs?: number;
  now?: () => number;
}

const UNCHECKABLE = 'The token cannot be checked right now; try again shortly';

/** Errors that say the token is wrong, as opposed to "could not be checked". */
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

function isRefusal(error: unknown): boolean {
  const { statusCode, name } = (error ?? {}) as { statusCode?: unknown; name?: unknown };
  if (typeof name === 'string' && TOKEN_ERRORS.has(name)) return true;
  // botframework-connector's AuthenticationError: 401 for a bad or missing token, 400 for a bad
  // request; 500 when it could not load the OpenID metadata or keys.
  return typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500;
}

class Timeout extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = 'Timeout';
  }
}

function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout(ms)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** The issuer a JWT claims (unverified: only to tell apart whose keys were out of reach). */
export function claimedIssuer(authHeader: string): string {
  const payload = /^Bearer [^.\s]+\.([^.\s]+)\./.exec(authHeader.trim())?.[1];
  if (!payload) return '';
  try {
    const { iss } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { iss?: unknown };
    return typeof iss === 'string' ? iss.slice(0, 200) : '';
  } catch {
    return '';
  }
}

/**
 * Checks a request's Bot Framework token before anything else looks at it: a missing, malformed,
 * forged or expired token is refused with 401; a token that cannot be checked because the signing
 * keys are out of reach is refused with 503 (and logged), never 500. While one issuer's keys stay
 * out of reach, its tokens are refused at once for a short cooldown instead of each request
 * waiting again; tokens of other issuers are still checked (a stranger's issuer gets its 401).
 */
export class RequestAuthenticator {
  private readonly unreachableUntil = new Map<string, number>();
  private readonly timeoutMs: number;
  private readonly cooldownMs: number;
  private readonly now: () => number;

  constructor(
    private readonly authenticate: (activity: Activity, authHeader: string) => Promise<Authenticated>,
    private readonly log: AuthLog,
    options: AuthOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.cooldownMs = options.cooldownMs ?? 5_000;
    this.now = options.now ?? Date.now;
  }

  async check(activity: Activity, authHeader: string): Promise<AuthOutcome> {
    const retryAfterSeconds = Math.ceil(this.cooldownMs / 1000);
    const issuer = claimedIssuer(authHeader);
    if (this.now() < (this.unreachableUntil.get(issuer) ?? 0)) {
      return { ok: false, status: 503, message: UNCHECKABLE, retryAfterSeconds };
    }
    try {
      return { ok: true, who: await within(this.authenticate(activity, authHeader), this.timeoutMs) };
    } catch (error) {
      if (isRefusal(error)) return { ok: false, status: 401, message: 'A valid Bot Framework token is required' };
      if (this.unreachableUntil.size > 100) this.unreachableUntil.clear();
      this.unreachableUntil.set(issuer, this.now() + this.cooldownMs);
      const { name, message, code } = error as { name?: string; message?: string; code?: string };
      this.log.error({ err: { name, message, code }, issuer }, 'cannot check Bot Framework tokens: signing keys out of reach; refusing with 503');
      return { ok: false, status: 503, message: UNCHECKABLE, retryAfterSeconds };
    }
  }
}
