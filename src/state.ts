import { ConversationState, type Storage, type StoreItem, type TurnContext } from 'botbuilder';
import { versioned, type VersionedStorage } from './storage';

/** What this turn read, so that its write can be made conditional on nobody having written since. */
interface Version {
  /** The state object this turn works on. */
  state: StoreItem;
  /** The stored eTag; undefined when nothing was stored yet. */
  eTag?: string;
  /** The state as read (JSON, eTag left out): to skip unchanged saves and to roll back. */
  snapshot: string;
  /** The version this turn replaced, once it has saved (for a rollback). */
  replaced?: { eTag?: string; snapshot: string };
}

function snapshotOf(state: StoreItem): string {
  const data = { ...state };
  delete data.eTag;
  return JSON.stringify(data);
}

/**
 * Conversation state whose save is conditional: botbuilder's BotState.saveChanges writes with
 * eTag '*' (last writer wins); this one writes only if the stored state still has the eTag it was
 * read with, or, for a new conversation, only if nobody created it meanwhile. A refused save
 * throws an ETagConflictError and the caller runs the turn again on fresh state.
 *
 * It keeps the turn's copy itself (load, get, clear, delete and the property accessors all go
 * through it): BotState's own cache would also hash the whole state at every load, for a change
 * check that the snapshot already makes.
 */
export class GuardedConversationState extends ConversationState {
  private readonly versionKey = Symbol('stateVersion');
  private readonly store: VersionedStorage;

  constructor(storage: Storage, namespace?: string) {
    const store = versioned(storage);
    super(store, namespace);
    this.store = store;
  }

  override async load(context: TurnContext, force = false): Promise<StoreItem> {
    const known = this.version(context);
    if (known && !force) return known.state;
    const key = await this.storageKey(context);
    const stored = await this.store.readJson?.(key);
    if (stored) {
      // The JSON as written is the snapshot: parsing it back gives the same keys in the same order.
      const state = JSON.parse(stored.json) as StoreItem;
      state.eTag = stored.eTag;
      context.turnState.set(this.versionKey, { state, eTag: stored.eTag, snapshot: stored.json } satisfies Version);
      return state;
    }
    const state: StoreItem = (await this.store.read([key]))[key] ?? {};
    const eTag = typeof state.eTag === 'string' && state.eTag !== '*' ? state.eTag : undefined;
    context.turnState.set(this.versionKey, { state, eTag, snapshot: snapshotOf(state) } satisfies Version);
    return state;
  }

  override get(context: TurnContext): StoreItem | undefined {
    return this.version(context)?.state;
  }

  /** Empties this turn's copy; the stored state changes only when the turn saves. */
  override async clear(context: TurnContext): Promise<void> {
    const known = this.version(context) ?? { snapshot: snapshotOf({}) };
    context.turnState.set(this.versionKey, { ...known, state: {} } satisfies Version);
  }

  override async delete(context: TurnContext): Promise<void> {
    context.turnState.delete(this.versionKey);
    await this.store.delete([await this.storageKey(context)]);
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const version = this.version(context);
    if (!version) return;
    const { state } = version;
    const snapshot = snapshotOf(state);
    if (!force && snapshot === version.snapshot) return;
    const key = await this.storageKey(context);
    const eTag = await this.store.writeIfUnchanged(key, state, version.eTag, snapshot);
    state.eTag = eTag;
    context.turnState.set(this.versionKey, {
      state,
      eTag,
      snapshot,
      replaced: version.replaced ?? { eTag: version.eTag, snapshot: version.snapshot },
    } satisfies Version);
  }

  /**
   * Puts back the state this turn replaced, if nobody wrote since this turn saved: for a turn whose
   * replies could not be delivered, so that the user keeps their place. Returns whether it did.
   */
  async rollBack(context: TurnContext): Promise<boolean> {
    const version = this.version(context);
    if (!version?.replaced || !version.eTag) return false;
    const key = await this.storageKey(context);
    const { snapshot } = version.replaced;
    await this.store.writeIfUnchanged(key, JSON.parse(snapshot) as StoreItem, version.eTag, snapshot);
    await this.load(context, true);
    return true;
  }

  private version(context: TurnContext): Version | undefined {
    return context.turnState.get(this.versionKey) as Version | undefined;
  }
}
