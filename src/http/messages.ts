import type { Activity, TurnContext } from 'botbuilder';
import type { Next, Request, Response } from 'restify';
import type { SupportAdapter } from '../adapter';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { BadActivity, parseActivity } from './activity';
import { RequestAuthenticator, type AuthOptions } from './auth';
import { clientAddress, isLoopback, TokenBuckets } from './rateLimit';

export const MESSAGES_PATH = '/api/messages';
const UNAUTHORIZED = 'A valid Bot Framework token is required';

/** A JSON error body: a stable code and a sentence, never a stack or an internal message. */
export function sendError(res: Response, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  for (const [name, value] of Object.entries(headers)) res.header(name, value);
  res.json(status, { error: { code, message } });
}

export interface MessagesOptions {
  adapter: SupportAdapter;
  bot: { run(context: TurnContext): Promise<void> };
  log: Logger;
  localMode: boolean;
  rateLimits: Config['rateLimits'];
  trustProxy: boolean;
  auth?: AuthOptions;
  now?: () => number;
}

/**
 * POST /api/messages, in this order: address rate limit, content type, body shape and fields,
 * Bot Framework authentication, conversation rate limit, then the turn. Everything before the
 * turn answers for itself (4xx or 503) and leaves no trace in conversation state.
 */
export class MessagesEndpoint {
  readonly perIp: TokenBuckets;
  readonly perConversation: TokenBuckets;
  private readonly authenticator: RequestAuthenticator;

  constructor(private readonly options: MessagesOptions) {
    const now = options.now ?? Date.now;
    this.perIp = new TokenBuckets(options.rateLimits.perIp, now);
    this.perConversation = new TokenBuckets(options.rateLimits.perConversation, now);
    this.authenticator = new RequestAuthenticator(
      (activity, header) => options.adapter.authenticate(activity, header),
      options.log,
      { now, ...options.auth },
    );
  }

  /**
   * restify `pre` handler, before the body is read: an address out of tokens gets 429 and, with
   * authentication on, a request without a Bearer token gets 401.
   */
  readonly screen = (req: Request, res: Response, next: Next): void => {
    if (req.method !== 'POST' || req.path() !== MESSAGES_PATH) {
      next();
      return;
    }
    const address = clientAddress(req, this.options.trustProxy);
    const limited = this.limits(address);
    if (limited && this.perIp.isEmpty(address)) {
      this.tooMany(res, address, this.perIp.retryAfterSeconds(address), 'address');
      next(false);
      return;
    }
    const header = req.headers.authorization;
    if (!this.options.localMode && !(typeof header === 'string' && /^Bearer \S+$/.test(header))) {
      if (limited) this.perIp.take(address);
      this.options.log.info({ status: 401, code: 'Unauthorized', address }, 'message refused');
      sendError(res, 401, 'Unauthorized', UNAUTHORIZED, { 'WWW-Authenticate': 'Bearer' });
      next(false);
      return;
    }
    next();
  };

  readonly handle = async (req: Request, res: Response): Promise<void> => {
    const { log, localMode } = this.options;
    const address = clientAddress(req, this.options.trustProxy);
    const limited = this.limits(address);
    // Local mode has no authentication, so every request counts against its address; with
    // authentication on, genuine requests all come from the Bot Connector's few shared addresses,
    // so only refused ones count (see docs/security.md).
    if (limited && localMode && !this.perIp.take(address)) {
      this.tooMany(res, address, this.perIp.retryAfterSeconds(address), 'address');
      return;
    }
    const refuse = (status: number, code: string, message: string, headers?: Record<string, string>) => {
      if (limited && !localMode) this.perIp.take(address);
      log.info({ status, code, address }, 'message refused');
      sendError(res, status, code, message, headers);
    };

    if (req.getContentType() !== 'application/json') {
      refuse(415, 'UnsupportedMediaType', 'Send the activity as application/json');
      return;
    }
    let activity: Activity;
    try {
      activity = parseActivity(req.body);
    } catch (error) {
      if (!(error instanceof BadActivity)) throw error;
      refuse(400, 'BadActivity', error.message);
      return;
    }

    const header = req.headers.authorization;
    const outcome = await this.authenticator.check(activity, typeof header === 'string' ? header : '');
    if (!outcome.ok) {
      const headers: Record<string, string> =
        outcome.status === 401 ? { 'WWW-Authenticate': 'Bearer' } : { 'Retry-After': String(outcome.retryAfterSeconds ?? 5) };
      refuse(outcome.status, outcome.status === 401 ? 'Unauthorized' : 'AuthenticationUnavailable', outcome.message, headers);
      return;
    }

    const conversationKey = `${activity.channelId}/${activity.conversation.id}`;
    if (!this.perConversation.take(conversationKey)) {
      this.tooMany(res, address, this.perConversation.retryAfterSeconds(conversationKey), 'conversation');
      return;
    }

    try {
      const invoke = await this.options.adapter.runAuthenticated(outcome.who, activity, (context) => this.options.bot.run(context));
      if (invoke?.body !== undefined) {
        res.json(invoke.status, invoke.body);
      } else {
        res.status(invoke?.status ?? 200);
        res.end();
      }
    } catch (error) {
      log.error({ err: error, conversation: activity.conversation.id }, 'message could not be processed');
      sendError(res, 500, 'Internal', 'The message could not be processed');
    }
  };

  private limits(address: string): boolean {
    return this.perIp.enabled && !(this.options.rateLimits.exemptLoopback && isLoopback(address));
  }

  private tooMany(res: Response, address: string, retryAfterSeconds: number, scope: 'address' | 'conversation'): void {
    this.options.log.warn({ status: 429, scope, address }, 'message refused: too many requests');
    sendError(res, 429, 'TooManyRequests', `Too many messages from this ${scope}; try again later`, {
      'Retry-After': String(retryAfterSeconds),
    });
  }
}
