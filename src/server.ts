import restify, { type Server } from 'restify';
import type { SupportAdapter } from './adapter';
import type { SupportBot } from './bot';
import type { Config } from './config';
import { ACTIVITY_LIMITS } from './http/activity';
import { MESSAGES_PATH, MessagesEndpoint, sendError } from './http/messages';
import type { Logger } from './logger';

export interface ServerParts {
  adapter: SupportAdapter;
  bot: SupportBot;
  log: Logger;
  config: Pick<Config, 'localMode' | 'rateLimits' | 'trustProxy'>;
}

/** JSON.parse reviver for every route: keys that could reach Object.prototype refuse the body. */
function refusePollutingKeys(key: string, value: unknown): unknown {
  if (key === '__proto__' || key === 'prototype' || (key === 'constructor' && typeof value === 'object' && value !== null)) {
    throw new Error(`the key "${key}" is not allowed`);
  }
  return value;
}

/** What restify's own 4xx answers say, in plain words and without echoing much of the request. */
function plainMessage(status: number, message: string): string {
  if (status === 413) return `The body is larger than ${ACTIVITY_LIMITS.maxBodyBytes} bytes`;
  if (/Maximum call stack/i.test(message)) return 'The body nests too deeply';
  return message.slice(0, 160);
}

/** restify with the bot's routes; listening is left to the caller. */
export function createServer({ adapter, bot, log, config }: ServerParts): Server {
  const server = restify.createServer({ name: 'tapo-support-bot', handleUncaughtExceptions: false });
  const messages = new MessagesEndpoint({
    adapter,
    bot,
    log,
    localMode: config.localMode,
    rateLimits: config.rateLimits,
    trustProxy: config.trustProxy,
  });

  // A compressed body could inflate far past the size limit (restify counts compressed bytes).
  server.pre((req, res, next) => {
    const encoding = req.headers['content-encoding'];
    if (typeof encoding === 'string' && encoding.trim().toLowerCase() !== 'identity') {
      sendError(res, 415, 'UnsupportedMediaType', 'Compressed request bodies are not accepted');
      return next(false);
    }
    return next();
  });
  server.pre(messages.screen);
  // JSON only: restify's full bodyParser would also take multipart uploads into temporary files.
  // (maxBodySize reaches restify's body reader; @types/restify does not list it.)
  const jsonOptions = { maxBodySize: ACTIVITY_LIMITS.maxBodyBytes, mapParams: false, reviver: refusePollutingKeys };
  server.use(restify.plugins.jsonBodyParser(jsonOptions));

  server.post(MESSAGES_PATH, messages.handle);

  server.get('/healthz', (_req, res, next) => {
    res.json(200, { status: 'ok' });
    return next();
  });

  // restify answers parse errors, 404, 405, 413 and unexpected errors itself: keep those answers
  // to a code and a plain sentence, and never let an internal message or stack out.
  server.on('restifyError', (req, _res, err, callback) => {
    const status: number = err.statusCode ?? 500;
    if (status >= 500) {
      log.error({ err, path: req.path() }, 'request failed');
      err.toJSON = () => ({ error: { code: 'Internal', message: 'The request could not be processed' } });
    } else {
      const code = String(err.body?.code ?? err.restCode ?? err.code ?? 'BadRequest');
      log.info({ status, path: req.path(), code }, 'request refused');
      err.toJSON = () => ({ error: { code, message: plainMessage(status, String(err.message ?? '')) } });
    }
    return callback();
  });
  return server;
}
