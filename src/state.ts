import { ConversationState, type Storage, type StoreItem, type TurnContext } from 'botbuilder';
import { versioned, type VersionedStorage } from './storage';

/** What this turn read, so that its write can be made conditional on nobody having written since. */
interface Version {
  /** The state object botbuilder handed out for this read. */
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
    const state = await super.load(context, force);
    const known = context.turnState.get(this.versionKey) as Version | undefined;
    if (known?.state !== state) {
      const eTag = typeof state.eTag === 'string' && state.eTag !== '*' ? state.eTag : undefined;
      context.turnState.set(this.versionKey, { state, eTag, snapshot: snapshotOf(state) } satisfies Version);
    }
    return state;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const state = this.get(context);
    const version = context.turnState.get(this.versionKey) as Version | undefined;
    if (!state || !version) return;
    const snapshot = snapshotOf(state);
    if (!force && version.state === state && snapshot === version.snapshot) return;
    const key = await this.storageKey(context);
    const eTag = await this.store.writeIfUnchanged(key, state, version.eTag);
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
    const version = context.turnState.get(this.versionKey) as Version | undefined;
    if (!version?.replaced || !version.eTag) return false;
    const key = await this.storageKey(context);
    const previous = JSON.parse(version.replaced.snapshot) as StoreItem;
    await this.store.writeIfUnchanged(key, previous, version.eTag);
    await this.load(context, true);
    return true;
  }
}
