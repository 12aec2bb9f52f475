import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Activity, CloudAdapter, TurnContext } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { gzipped, loadAsset, WEB_DIR, webChatBundlePath, type Asset } from './assets';
import { CONVERSATION_ID, LocalConversations, type LocalConversation, type LocalLimits } from './conversations';
import { generateToken, TokenExchangeError } from './tokens';
import {
  botActivity,
  jsonBytes,
  MAX_ACTIVITY_BYTES,
  MAX_TEXT_LENGTH,
  nestsAtMost,
  parseWatermark,
  startConversation,
  userActivity,
} from './validate';

export interface WebChatParts {
  config: Pick<Config, 'localMode' | 'directLine'>;
  adapter: Pick<CloudAdapter, 'processActivityDirect'>;
  bot: { run(context: TurnContext): Promise<void> };
  log: Logger;
  /** The steps' titles, for the page's progress bar. */
  steps?: { id: string; title: string }[];
  /** Bounds of the local Direct Line (tests make them small). */
  limits?: Partial<LocalLimits>;
  /** How the token exchange reaches Direct Line (tests pass a stand-in). */
  fetch?: typeof fetch;
}

/** Who the bot is in local Direct Line conversations. */
const BOT = { id: 'tapo-light-helper', name: 'Tapo light helper', role: 'bot' };
const CHANNEL_ID = 'webchat';
/** Longest body nesting passed on to the bot. */
const MAX_DEPTH = 16;

type Mode = 'local' | 'directline' | 'unavailable';

function modeOf(config: WebChatParts['config']): Mode {
  if (config.localMode) return 'local';
  return config.directLine.secret ? 'directline' : 'unavailable';
}

function fail(res: Response, status: number, code: string, message: string): void {
  res.setHeader('Cache-Control', 'no-store');
  res.send(status, { error: { code, message } });
}

function ok(res: Response, status: number, body: unknown): void {
  res.setHeader('Cache-Control', 'no-store');
  res.send(status, body);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value);

function bearer(req: Request): string | undefined {
  const header = req.headers.authorization;
  return typeof header === 'string' ? /^Bearer\s+(\S{1,200})$/i.exec(header)?.[1] : undefined;
}

/**
 * The chat page and what it talks to: the page and its files always; in local mode (no
 * MicrosoftAppId) a Direct Line 3.0 subset of our own; in production, with a Direct Line secret,
 * a token endpoint that exchanges the secret for a short-lived token.
 */
export function registerWebChat(server: Server, parts: WebChatParts): void {
  registerPage(server, parts);
  if (parts.config.localMode) registerLocalDirectLine(server, parts);
  else if (parts.config.directLine.secret) registerTokenExchange(server, parts);
}

function registerPage(server: Server, { config, log, steps = [] }: WebChatParts): void {
  const files: Record<string, () => string | undefined> = {
    '/': () => path.join(WEB_DIR, 'index.html'),
    '/chat.css': () => path.join(WEB_DIR, 'chat.css'),
    '/chat.js': () => path.join(WEB_DIR, 'chat.js'),
    '/embed.js': () => path.join(WEB_DIR, 'embed.js'),
    '/webchat.js': webChatBundlePath,
  };
  const loaded = new Map<string, Asset | undefined>();
  const asset = (route: string) => {
    if (!loaded.has(route)) {
      const file = files[route]();
      const found = file ? loadAsset(file, route === '/webchat.js' ? 'public, max-age=86400' : 'no-cache') : undefined;
      if (!found) log.error({ route }, 'a file of the chat page is missing');
      loaded.set(route, found);
    }
    return loaded.get(route);
  };
  // The page may be framed by the support site (and itself) only, when the allowed origins are known.
  const frameAncestors = config.directLine.trustedOrigins.length > 0 ? ["'self'", ...config.directLine.trustedOrigins].join(' ') : undefined;

  for (const route of Object.keys(files)) {
    server.get(route, async (req, res) => {
      const found = asset(route);
      if (!found) return fail(res, 404, 'NotFound', 'This file is not available.');
      if (route === '/' && frameAncestors) res.setHeader('Content-Security-Policy', `frame-ancestors ${frameAncestors}`);
      await serveAsset(req, res, found);
    });
  }

  const mode = modeOf(config);
  const settings =
    mode === 'local'
      ? { mode, domain: 'v3/directline', steps }
      : mode === 'directline'
        ? { mode, domain: config.directLine.domain, tokenUrl: 'api/directline/token', steps }
        : { mode, steps };
  server.get('/api/webchat/config', async (_req, res) => ok(res, 200, settings));
}

async function serveAsset(req: Request, res: Response, asset: Asset): Promise<void> {
  res.setHeader('Content-Type', asset.type);
  res.setHeader('ETag', asset.etag);
  res.setHeader('Cache-Control', asset.cache);
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (req.headers['if-none-match'] === asset.etag) {
    res.statusCode = 304;
    res.end();
    return;
  }
  let body = asset.body;
  if (body.length > 1024 && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    body = await gzipped(asset);
    res.setHeader('Content-Encoding', 'gzip');
  }
  res.setHeader('Content-Length', body.length);
  res.statusCode = 200;
  res.end(body);
}

function registerTokenExchange(server: Server, { config, log, fetch }: WebChatParts): void {
  const { secret, trustedOrigins, domain } = config.directLine;
  server.post('/api/directline/token', async (_req, res) => {
    try {
      const token = await generateToken({ domain, secret: secret!, trustedOrigins, fetch });
      ok(res, 200, token);
    } catch (error) {
      const status = error instanceof TokenExchangeError ? error.status : undefined;
      log.warn({ status, reason: (error as Error).message }, 'no Direct Line token for the chat page');
      fail(res, 502, 'DirectLineUnavailable', 'The chat service is not available right now.');
    }
  });
}

/** The URL the bot posts its replies to: this server, reached from this machine. */
function selfUrl(server: Server): string {
  const address = server.address() as AddressInfo;
  const ipv6 = String(address.family) === 'IPv6' || String(address.family) === '6';
  const host = ipv6
    ? `[${address.address === '::' ? '::1' : address.address}]`
    : address.address === '0.0.0.0'
      ? '127.0.0.1'
      : address.address;
  return `http://${host}:${address.port}`;
}

/** Only the bot itself, on this machine, posts to the connector routes. */
function fromThisMachine(req: Request): boolean {
  const { remoteAddress, localAddress } = req.socket;
  if (!remoteAddress) return false;
  return ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(remoteAddress) || remoteAddress === localAddress;
}

function registerLocalDirectLine(server: Server, { adapter, bot, log, limits }: WebChatParts): void {
  const conversations = new LocalConversations(limits);
  const sweeper = setInterval(() => conversations.sweep(), 60_000);
  sweeper.unref();
  server.server.on('close', () => clearInterval(sweeper));
  const expiresIn = Math.round(conversations.limits.idleMs / 1000);

  /** The bot's normal way in: the adapter authenticates (anonymously here) and runs the turn. */
  const deliver = async (activity: Record<string, unknown>) => {
    try {
      await adapter.processActivityDirect('', activity as unknown as Activity, (context) => bot.run(context));
    } catch (error) {
      log.warn({ err: (error as Error).message.split('\n')[0] }, 'local Direct Line: the bot could not take an activity');
    }
  };

  const conversationOf = (req: Request, res: Response): LocalConversation | undefined => {
    const found = conversations.authorize(String(req.params.conversationId ?? ''), bearer(req));
    if (found === 'unknown') fail(res, 404, 'BadArgument', 'Conversation not found.');
    else if (found === 'forbidden') fail(res, 403, 'TokenInvalid', 'This token does not open this conversation.');
    else return found;
    return undefined;
  };

  const session = (conversation: LocalConversation) => ({
    conversationId: conversation.id,
    token: conversation.token,
    expires_in: expiresIn,
  });

  server.post('/v3/directline/conversations', async (req, res) => {
    const body = req.body === undefined || req.body === '' ? {} : req.body;
    const parsed = isObject(body) ? startConversation.safeParse(body) : undefined;
    if (!parsed?.success) return fail(res, 400, 'BadArgument', 'The body must be a JSON object.');
    const conversation = conversations.create(parsed.data.user?.id);
    await deliver({
      type: 'conversationUpdate',
      id: `${conversation.id}|start`,
      channelId: CHANNEL_ID,
      serviceUrl: selfUrl(server),
      timestamp: new Date().toISOString(),
      conversation: { id: conversation.id },
      from: { id: conversation.userId, role: 'user' },
      recipient: BOT,
      membersAdded: [{ id: conversation.userId }],
    });
    ok(res, 201, session(conversation));
  });

  server.get('/v3/directline/conversations/:conversationId', async (req, res) => {
    const conversation = conversationOf(req, res);
    if (conversation) ok(res, 200, session(conversation));
  });

  server.post('/v3/directline/tokens/refresh', async (req, res) => {
    const conversation = conversations.findByToken(bearer(req));
    if (!conversation) return fail(res, 403, 'TokenInvalid', 'Unknown token.');
    ok(res, 200, session(conversation));
  });

  server.get('/v3/directline/conversations/:conversationId/activities', async (req, res) => {
    const conversation = conversationOf(req, res);
    if (!conversation) return;
    const watermark = parseWatermark(new URL(req.url ?? '', 'http://local').searchParams.get('watermark'));
    if (watermark === 'invalid') return fail(res, 400, 'BadArgument', 'The watermark must be a number we handed out.');
    ok(res, 200, conversations.since(conversation, watermark));
  });

  server.post('/v3/directline/conversations/:conversationId/activities', async (req, res) => {
    const conversation = conversationOf(req, res);
    if (!conversation) return;
    if (!isObject(req.body)) return fail(res, 400, 'BadArgument', 'The body must be a JSON activity.');
    if (jsonBytes(req.body) > MAX_ACTIVITY_BYTES || !nestsAtMost(req.body, MAX_DEPTH)) {
      return fail(res, 413, 'MessageSizeTooBig', 'The activity is too large.');
    }
    const parsed = userActivity.safeParse(req.body);
    if (!parsed.success) return fail(res, 400, 'BadArgument', 'This is not an activity Direct Line accepts.');

    // The client's activity as it sent it (clientActivityID and all), so Web Chat recognizes its echo.
    const logged = conversations.append(conversation, {
      ...req.body,
      ...(typeof parsed.data.text === 'string' ? { text: parsed.data.text.slice(0, MAX_TEXT_LENGTH) } : {}),
      channelId: CHANNEL_ID,
      conversation: { id: conversation.id },
      timestamp: new Date().toISOString(),
    });
    await deliver({ ...logged, serviceUrl: selfUrl(server), recipient: BOT, from: { ...parsed.data.from, role: 'user' } });
    ok(res, 200, { id: logged.id });
  });

  // The connector routes the bot replies to (serviceUrl = this server).
  const fromBot = async (req: Request, res: Response) => {
    if (!fromThisMachine(req)) return fail(res, 403, 'Forbidden', 'Only the bot on this machine posts here.');
    const id = String(req.params.conversationId ?? '');
    const conversation = CONVERSATION_ID.test(id) ? conversations.get(id) : undefined;
    if (!conversation) return fail(res, 404, 'BadArgument', 'Conversation not found.');
    const parsed = isObject(req.body) ? botActivity.safeParse(req.body) : undefined;
    if (!parsed?.success) return fail(res, 400, 'BadArgument', 'The body must be an activity with a type.');
    // The bot's copy names this server's internal address; the browser has no use for it.
    const activity: Record<string, unknown> = { ...parsed.data };
    delete activity.serviceUrl;
    const logged = conversations.append(conversation, {
      ...activity,
      channelId: CHANNEL_ID,
      conversation: { id: conversation.id },
      from: isObject(activity.from) ? activity.from : BOT,
      timestamp: new Date().toISOString(),
    });
    ok(res, 200, { id: logged.id });
  };
  server.post('/v3/conversations/:conversationId/activities', fromBot);
  server.post('/v3/conversations/:conversationId/activities/:activityId', fromBot);
}
