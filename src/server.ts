import restify, { type Server } from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { SupportBot } from './bot';
import type { Logger } from './logger';

export interface ServerParts {
  adapter: CloudAdapter;
  bot: SupportBot;
  log: Logger;
}

/** restify with the bot's routes; listening is left to the caller. */
export function createServer({ adapter, bot, log }: ServerParts): Server {
  const server = restify.createServer({ name: 'tapo-support-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));

  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });

  server.get('/healthz', (_req, res, next) => {
    res.json(200, { status: 'ok' });
    return next();
  });

  server.on('restifyError', (req, res, err, callback) => {
    log.warn({ status: err.statusCode, path: req.path() }, 'request refused');
    return callback();
  });
  return server;
}
