/**
 * The floor for this stack: a bare botbuilder echo bot (CloudAdapter, ActivityHandler, no state, no
 * dialogs) on the same restify as the product, from the same installed packages. Used only by the
 * benchmark, which compares the product against it in the same run. Listens on 127.0.0.1:PORT.
 */
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import restify from 'restify';

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }
}

const port = Number(process.env.PORT ?? 3979);
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
  process.stderr.write(`turn failed: ${error.message}\n`);
  await context.sendActivity('Sorry, something went wrong.');
};
const bot = new EchoBot();

const server = restify.createServer({ name: 'echo-bot', handleUncaughtExceptions: false });
server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});
server.get('/healthz', (_req, res, next) => {
  res.json(200, { status: 'ok' });
  return next();
});
server.listen(port, '127.0.0.1', () => process.stdout.write(`echo bot listening on ${server.url}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
