import { MemoryStorage, type Storage, type StoreItem, type StoreItems } from 'botbuilder';
import type { BlobsStorage } from 'botbuilder-azure-blobs';
import type { Config } from './config';
import type { Logger } from './logger';

/** Somebody else wrote the item since it was read (or created it first): the write was refused. */
export class ETagConflictError extends Error {
  constructor(readonly key: string) {
    super(`Storage: "${key}" changed since it was read (eTag conflict)`);
    this.name = 'ETagConflictError';
  }
}

/** True for a refused conditional write, whichever storage refused it. */
export function isETagConflict(error: unknown): boolean {
  if (error instanceof ETagConflictError) return true;
  const { message, statusCode } = (error ?? {}) as { message?: unknown; statusCode?: unknown };
  return statusCode === 412 || (typeof message === 'string' && /eTag conflict/i.test(message));
}

/**
 * A bot Storage that can also write one item only if nobody else wrote it since it was read:
 * what turns of one conversation on several instances need to never overwrite each other.
 */
export interface VersionedStorage extends Storage {
  /** True when items survive a restart and are shared between instances. */
  readonly durable: boolean;
  /**
   * Writes `item` under `key` only if the stored copy still carries `eTag` (undefined: only if
   * nothing is stored yet) and returns the new eTag; throws ETagConflictError otherwise. `json`
   * is the item as JSON without its eTag, when the caller has it already.
   */
  writeIfUnchanged(key: string, item: StoreItem, eTag: string | undefined, json?: string): Promise<string>;
  /**
   * The item under `key` as the JSON it was written with (eTag apart), for a store that keeps it
   * so: the reader gets the snapshot it compares against without serialising the item again.
   * Undefined when the store has no such copy (the caller reads the item instead).
   */
  readJson?(key: string): Promise<{ json: string; eTag: string } | undefined>;
  /** Resolves once the store can be used (for blobs: the container exists). */
  ready(): Promise<void>;
}

export function isVersioned(storage: Storage): storage is VersionedStorage {
  return typeof (storage as Partial<VersionedStorage>).writeIfUnchanged === 'function';
}

function withoutETag(item: StoreItem): StoreItem {
  const data = { ...item };
  delete data.eTag;
  return data;
}

/**
 * Memory: per process, lost on restart; conditional writes are exact. An item written
 * conditionally is kept as the JSON it was written with and its eTag beside it; items written
 * through `write` (support summaries) are kept as MemoryStorage keeps them, eTag inside.
 */
export class VersionedMemoryStorage extends MemoryStorage implements VersionedStorage {
  readonly durable = false;
  /** The eTag of each item written by writeIfUnchanged. */
  private readonly conditional = new Map<string, string>();

  /** Its items are its own (MemoryStorage could share them): the eTags above rely on it. */
  constructor() {
    super();
  }

  async ready(): Promise<void> {}

  override async read(keys: string[]): Promise<StoreItems> {
    const items = await super.read(keys);
    for (const key of keys) {
      const eTag = this.conditional.get(key);
      if (eTag !== undefined && items[key]) items[key].eTag = eTag;
    }
    return items;
  }

  override async write(changes: StoreItems): Promise<void> {
    for (const key of Object.keys(changes)) this.conditional.delete(key);
    await super.write(changes);
  }

  override async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.conditional.delete(key);
    await super.delete(keys);
  }

  async readJson(key: string): Promise<{ json: string; eTag: string } | undefined> {
    const eTag = this.conditional.get(key);
    return eTag === undefined ? undefined : { json: this.memory[key], eTag };
  }

  async writeIfUnchanged(key: string, item: StoreItem, eTag: string | undefined, json?: string): Promise<string> {
    if (this.storedETag(key) !== eTag) throw new ETagConflictError(key);
    const next = String(this.etag++);
    this.memory[key] = json ?? JSON.stringify(withoutETag(item));
    this.conditional.set(key, next);
    return next;
  }

  private storedETag(key: string): string | undefined {
    if (this.conditional.has(key)) return this.conditional.get(key);
    const stored = this.memory[key];
    return stored ? (JSON.parse(stored) as StoreItem).eTag : undefined;
  }
}

/** The part of @azure/storage-blob's ContainerClient used here. */
interface BlobContainer {
  createIfNotExists(): Promise<unknown>;
  getBlockBlobClient(name: string): {
    upload(
      body: string,
      length: number,
      options: { conditions: { ifMatch?: string; ifNoneMatch?: string }; blobHTTPHeaders: { blobContentType: string } },
    ): Promise<{ etag?: string }>;
  };
}

/**
 * Storage calls give up within seconds instead of the SDK's default (about 16 s against an
 * unreachable account): a channel waiting on the turn redelivers after about 15 s anyway.
 */
const BLOB_OPTIONS: ConstructorParameters<typeof BlobsStorage>[2] = {
  storagePipelineOptions: { retryOptions: { maxTries: 3, retryDelayInMs: 100, maxRetryDelayInMs: 1_000, tryTimeoutInMs: 5_000 } },
};

/**
 * Azure Blob Storage (or Azurite) through botbuilder-azure-blobs, plus two things BlobsStorage
 * lacks: a create-only write (If-None-Match: *) and the new eTag after a conditional write. Both
 * use BlobsStorage's own container client and key encoding, so every operation addresses the same
 * blob. The container is created on first use; a failed attempt (storage not reachable yet) is
 * retried on the next use instead of failing forever.
 */
/** The open store: botbuilder-azure-blobs (loaded on first use, so memory storage never pays for it). */
interface OpenBlobs {
  blobs: BlobsStorage;
  container: BlobContainer;
  blobName: (key: string) => string;
}

export class VersionedBlobsStorage implements VersionedStorage {
  readonly durable = true;
  private opened?: Promise<OpenBlobs>;

  constructor(
    private readonly connectionString: string,
    private readonly containerName: string,
  ) {}

  async ready(): Promise<void> {
    await this.open();
  }

  async read(keys: string[]): Promise<StoreItems> {
    return (await this.open()).blobs.read(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    await (await this.open()).blobs.write(changes);
  }

  async delete(keys: string[]): Promise<void> {
    await (await this.open()).blobs.delete(keys);
  }

  async writeIfUnchanged(key: string, item: StoreItem, eTag: string | undefined, json?: string): Promise<string> {
    const { container, blobName } = await this.open();
    const body = json ?? JSON.stringify(withoutETag(item));
    try {
      const response = await container.getBlockBlobClient(blobName(key)).upload(body, Buffer.byteLength(body), {
        conditions: eTag === undefined ? { ifNoneMatch: '*' } : { ifMatch: eTag },
        blobHTTPHeaders: { blobContentType: 'application/json' },
      });
      if (!response.etag) throw new Error(`Storage: no eTag came back for "${key}"`);
      return response.etag;
    } catch (error) {
      // 412: the eTag no longer matches; 409: a create-only write found the blob already there.
      const status = (error as { statusCode?: number }).statusCode;
      if (status === 412 || status === 409) throw new ETagConflictError(key);
      throw error;
    }
  }

  private open(): Promise<OpenBlobs> {
    if (!this.opened) {
      const attempt = (async () => {
        const { BlobsStorage } = await import('botbuilder-azure-blobs');
        const { sanitizeBlobKey } = await import('botbuilder-azure-blobs/lib/sanitizeBlobKey');
        const blobs = new BlobsStorage(this.connectionString, this.containerName, BLOB_OPTIONS);
        const container = (blobs as unknown as { _containerClient?: BlobContainer })._containerClient;
        if (typeof container?.getBlockBlobClient !== 'function') {
          throw new Error('botbuilder-azure-blobs no longer exposes its container client; conditional writes are impossible');
        }
        await container.createIfNotExists();
        return { blobs, container, blobName: sanitizeBlobKey };
      })();
      this.opened = attempt;
      attempt.catch(() => {
        if (this.opened === attempt) this.opened = undefined;
      });
    }
    return this.opened;
  }

  /** Never serialise the connection string (it holds the account key). */
  toJSON() {
    return { name: 'VersionedBlobsStorage', container: this.containerName };
  }
}

/**
 * Any other bot Storage (a test's MemoryStorage): replacing an item is conditional through the
 * storage's own eTag check, creating one is not, and the new eTag is learnt by reading back.
 */
class ReadBackStorage implements VersionedStorage {
  readonly durable = false;

  constructor(private readonly inner: Storage) {}

  async ready(): Promise<void> {}
  read(keys: string[]): Promise<StoreItems> {
    return this.inner.read(keys);
  }
  write(changes: StoreItems): Promise<void> {
    return this.inner.write(changes);
  }
  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }

  async writeIfUnchanged(key: string, item: StoreItem, eTag: string | undefined): Promise<string> {
    await this.inner.write({ [key]: { ...withoutETag(item), eTag: eTag ?? '*' } });
    const written = (await this.inner.read([key]))[key] as StoreItem | undefined;
    return typeof written?.eTag === 'string' ? written.eTag : '*';
  }
}

/** `storage` itself when it can write conditionally, else a wrapper that does its best. */
export function versioned(storage: Storage): VersionedStorage {
  return isVersioned(storage) ? storage : new ReadBackStorage(storage);
}

/** Memory for trying things out; Azure Blob Storage (or Azurite) when state must survive restarts. */
export function createStorage(config: Config['storage'], log: Logger): VersionedStorage {
  if (config.kind === 'blob') {
    log.info({ container: config.container }, 'conversation state in Azure Blob Storage');
    return new VersionedBlobsStorage(config.connectionString, config.container);
  }
  log.warn('conversation state is kept in memory: it is lost on restart and not shared between instances');
  return new VersionedMemoryStorage();
}
