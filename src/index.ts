import { createApp } from './app';
import { ConfigError, loadConfig, loadDotEnv } from './config';
import { ContentError, loadContent } from './content/load';
import { createLogger } from './logger';
import { createStorage } from './storage';

/** Composition root: config -> content -> storage -> app -> listening server. */
function main(): void {
  loadDotEnv();
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const content = loadContent();
  const storage = createStorage(config.storage, log);
  const { server } = createApp({ config, content, storage, log });
  if (config.localMode) {
    log.warn('MicrosoftAppId is not set: running in local mode without Bot Framework authentication');
  }
  server.listen(config.port, config.host, () => {
    log.info({ url: server.url }, 'bot listening');
  });
}

try {
  main();
} catch (error) {
  if (error instanceof ConfigError || error instanceof ContentError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
