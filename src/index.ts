import { ConfigError, loadConfig, loadDotEnv, type Config } from './config';
import { ContentError, loadContent } from './content/load';
import { isLoopback } from './http/rateLimit';
import { accountKeyOf, createLogger, type Logger } from './logger';

/** How long a stopping server waits for support summaries still being delivered. */
const DRAIN_MS = 10_000;
/**
 * Once listening, understanding builds what it would otherwise build for the first message that
 * mentions a time or a number (a fraction of a second): soon, but not in the way of start-up.
 */
const WARM_UP_AFTER_MS = 500;

function secretsOf(config: Config): (string | undefined)[] {
  const connectionString = config.storage.kind === 'blob' ? config.storage.connectionString : undefined;
  return [config.botAuth.MicrosoftAppPassword, config.directLine.secret, connectionString, accountKeyOf(connectionString)];
}

function warnAboutExposure(config: Config, log: Logger): void {
  if (!config.localMode) return;
  log.warn('MicrosoftAppId is not set: running in local mode without Bot Framework authentication');
  if (!isLoopback(config.host) && config.host !== 'localhost') {
    log.warn({ host: config.host }, 'local mode on a non-loopback address: anyone who can reach it can talk to the bot unauthenticated');
  }
}

/** Composition root: config -> content -> storage -> app -> listening server. */
async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  const log = createLogger(config.logLevel, { secrets: secretsOf(config) });
  const content = loadContent(config.contentDir);
  // The SDKs load once settings and content are known to be good: a bad setting fails at once.
  const { createStorage } = await import('./storage');
  const { createApp } = await import('./app');
  const storage = createStorage(config.storage, log);
  try {
    await storage.ready();
  } catch (error) {
    log.error({ err: error }, 'conversation storage is not reachable yet; every turn will try again');
  }
  const { server, support, analyzer } = createApp({ config, content, storage, log });
  warnAboutExposure(config, log);
  if (!support.forwards) log.warn('SUPPORT_WEBHOOK_URL is not set: support summaries are stored, not sent to a helpdesk');

  server.on('error', (error: NodeJS.ErrnoException) => {
    log.fatal({ err: { message: error.message, code: error.code } }, 'cannot listen');
    process.stderr.write(`Cannot listen on ${config.host}:${config.port}: ${error.code ?? error.message}\n`);
    process.exit(1);
  });
  server.listen(config.port, config.host, () => {
    log.info({ url: server.url, storage: config.storage.kind, localMode: config.localMode }, 'bot listening');
    setTimeout(() => analyzer.warmUp?.(), WARM_UP_AFTER_MS).unref();
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping: no new requests, finishing support deliveries');
    server.close();
    const deadline = new Promise((resolve) => setTimeout(resolve, DRAIN_MS).unref());
    void Promise.race([support.drain(), deadline]).then(() => process.exit(0));
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof ContentError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`The bot could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
