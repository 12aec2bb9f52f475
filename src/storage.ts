import { MemoryStorage, type Storage } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import type { Config } from './config';
import type { Logger } from './logger';

/** Memory for trying things out; Azure Blob Storage (or Azurite) when state must survive restarts. */
export function createStorage(config: Config['storage'], log: Logger): Storage {
  if (config.kind === 'blob') {
    log.info({ container: config.container }, 'conversation state in Azure Blob Storage');
    return new BlobsStorage(config.connectionString, config.container);
  }
  log.warn('conversation state is kept in memory: it is lost on restart and not shared between instances');
  return new MemoryStorage();
}
