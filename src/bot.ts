import {
  TeamsActivityHandler,
  TurnContext,
  type Activity,
  type ConversationState,
  type InvokeResponse,
  type ResourceResponse,
  type StatePropertyAccessor,
} from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { DialogSet, DialogTurnStatus } from '../dialogs/sdk';
import type { MainDialog, MainOptions } from '../dialogs/MainDialog';
import { forgetPendingAsk, repromptInFull } from '../dialogs/AskDialog';
import { DIALOG } from '../dialogs/ids';
import type { Case } from './diagnosis/case';
import type { GuardedConversationState } from './state';
import { isETagConflict } from './storage';
import { coalesce } from './channels/coalesce';
import { progressOf, withProgress, type ProgressState } from './channels/progress';
import { TURN_EFFECTS, TurnEffects } from './turnEffects';
import { KeyedQueue } from './turnQueue';

/** Activity ids remembered per conversation to drop redeliveries (which come within a minute). */
const REMEMBERED_IDS = 8;
/** Attempts at one turn when another instance keeps writing the same conversation meanwhile. */
const MAX_ATTEMPTS = 6;

interface TurnMemory {
  welcomed?: boolean;
  /** Epoch ms of the last message, to offer "continue where you left off" after a pause. */
  lastSeen?: number;
  recentIds?: string[];
}

export interface BotLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

export interface BotOptions {
  resumeAfterMs: number;
  now?: () => number;
  log?: BotLog;
}

/**
 * Holds a turn's replies back until its state is saved: a turn that loses a write conflict to
 * another instance is run again, and only the attempt that counts may be heard by the user. What
 * goes out is sent in as few messages as read well.
 */
class Outbox {
  private held: Partial<Activity>[] = [];
  private holding = true;

  constructor(private readonly context: TurnContext) {
    context.onSendActivities(async (ctx, activities, next) => {
      if (!this.holding) return next();
      this.held.push(...activities);
      if (activities.some((a) => a.type !== 'trace')) ctx.responded = true;
      return activities.map((): ResourceResponse => ({ id: '' }));
    });
  }

  discard(): void {
    this.held = [];
  }

  async deliver(progress?: ProgressState): Promise<void> {
    const channel = this.context.activity.channelId;
    const batch = withProgress(channel, coalesce(channel, this.held), progress);
    this.held = [];
    if (batch.length > 0) await this.context.adapter.sendActivities(this.context, batch);
  }

  /** From now on replies go straight out (the adapter's apology for a failed turn). */
  close(): void {
    this.holding = false;
    this.held = [];
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * botbuilder-dialogs builds its memory-scope configuration afresh on every turn (a service
 * collection, a dependency graph, a dozen scope objects) and keeps it in the turn state under this
 * key for the turn's other dialog contexts. The scopes hold no state of their own, so the first
 * turn's configuration is kept and handed to every later turn: about a tenth of a turn's work.
 * Should the SDK stop using the key, nothing is kept and every turn builds its own again.
 */
const DIALOG_STATE_CONFIGURATION = 'DialogStateManagerConfiguration';

/**
 * The Teams-aware activity handler: welcomes once, drops duplicates, runs the main dialog and saves
 * state after every turn. Turns of one conversation never overlap on this instance (a queue per
 * conversation, arrival order); across instances a turn saves only if nobody saved the
 * conversation since it read it, and is run again otherwise (see docs/state.md).
 */
export class SupportBot extends TeamsActivityHandler {
  private readonly dialogs: DialogSet;
  private readonly memory: StatePropertyAccessor<TurnMemory>;
  private readonly queue = new KeyedQueue();
  private readonly now: () => number;
  private dialogStateConfiguration?: unknown;

  constructor(
    private readonly conversationState: ConversationState | GuardedConversationState,
    private readonly caseState: StatePropertyAccessor<Case | undefined>,
    mainDialog: MainDialog,
    private readonly options: BotOptions,
  ) {
    super();
    this.now = options.now ?? Date.now;
    this.dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState'));
    this.dialogs.add(mainDialog);
    this.memory = conversationState.createProperty<TurnMemory>('turn');

    this.onMessage(async (context, next) => {
      await this.onUserMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const memory = await this.memory.get(context, {});
      // A person joining is somebody to welcome. The bot joining is too in Teams, where installing
      // it in a team announces only the bot, and the welcome goes to the team's channel.
      const people = (context.activity.membersAdded ?? []).filter((m) => m.id !== context.activity.recipient?.id);
      if (!memory.welcomed && (people.length > 0 || context.activity.channelId === 'msteams')) {
        memory.welcomed = true;
        const dc = await this.dialogs.createContext(context);
        await dc.cancelAllDialogs();
        await dc.beginDialog(DIALOG.main, { welcome: true } satisfies MainOptions);
      }
      await next();
    });
  }

  /**
   * The bot offers no invoke features (no Action.Execute cards, message extensions, task modules
   * or sign-in): every invoke is refused as a bad request. The SDK's own handlers answer 501, or
   * fail the turn on a malformed value.
   */
  protected override async onInvokeActivity(_context: TurnContext): Promise<InvokeResponse> {
    return { status: 400, body: { error: { code: 'UnsupportedInvoke', message: 'This bot handles no invoke activities' } } };
  }

  override async run(context: TurnContext): Promise<void> {
    const key = `${context.activity.channelId}/${context.activity.conversation?.id}`;
    await this.queue.run(key, () => this.runCommitted(context));
  }

  /**
   * One turn as a unit: replies held and side effects deferred until the state is saved; on a
   * write conflict everything is dropped and the turn runs again on the state the winner left.
   */
  private async runCommitted(context: TurnContext): Promise<void> {
    const outbox = new Outbox(context);
    try {
      for (let attempt = 1; ; attempt++) {
        const effects = new TurnEffects();
        context.turnState.set(TURN_EFFECTS, effects);
        try {
          if (attempt > 1) {
            forgetPendingAsk(context);
            await this.conversationState.load(context, true);
          }
          if (this.dialogStateConfiguration) context.turnState.set(DIALOG_STATE_CONFIGURATION, this.dialogStateConfiguration);
          await this.handleOnce(context);
          this.dialogStateConfiguration ??= context.turnState.get(DIALOG_STATE_CONFIGURATION);
          await this.conversationState.saveChanges(context, false);
        } catch (error) {
          outbox.discard();
          effects.abandon();
          if (!isETagConflict(error) || attempt >= MAX_ATTEMPTS) throw error;
          this.options.log?.info({ conversation: context.activity.conversation?.id, attempt }, 'conversation saved elsewhere meanwhile; running the turn again');
          await pause(attempt * 15 + Math.random() * 25);
          continue;
        }
        try {
          await outbox.deliver(progressOf(await this.caseState.get(context)));
        } catch (error) {
          effects.abandon();
          await this.rollBack(context);
          throw error;
        }
        effects.commit();
        return;
      }
    } finally {
      outbox.close();
    }
  }

  /** The replies never reached the user: put the state back so that they keep their place. */
  private async rollBack(context: TurnContext): Promise<void> {
    const state = this.conversationState as Partial<GuardedConversationState>;
    if (typeof state.rollBack !== 'function') return;
    try {
      await state.rollBack.call(this.conversationState, context);
    } catch (error) {
      this.options.log?.warn({ err: (error as Error).message, conversation: context.activity.conversation?.id }, 'could not put the state back after undelivered replies');
    }
  }

  /** Drops an activity this conversation already handled (channels redeliver after ~15 s). */
  private async handleOnce(context: TurnContext): Promise<void> {
    const id = context.activity.id;
    if (id) {
      const memory = await this.memory.get(context, {});
      const recent = memory.recentIds ?? [];
      if (recent.includes(id)) {
        this.options.log?.info({ conversation: context.activity.conversation?.id, activity: id }, 'duplicate activity dropped');
        return;
      }
      memory.recentIds = [...recent, id].slice(-REMEMBERED_IDS);
    }
    await super.run(context);
  }

  private async onUserMessage(context: TurnContext): Promise<void> {
    const memory = await this.memory.get(context, {});
    if (context.activity.channelId === 'msteams' && context.activity.text) {
      context.activity.text = TurnContext.removeRecipientMention(context.activity)?.trim() ?? context.activity.text;
    }
    const now = this.now();
    const away = memory.lastSeen !== undefined && now - memory.lastSeen > this.options.resumeAfterMs;
    const firstContact = !memory.welcomed;
    memory.lastSeen = now;
    memory.welcomed = true;

    const dc = await this.dialogs.createContext(context);
    // Telegram sends "/start" when someone opens the bot: a greeting, not a request to start over.
    if (context.activity.channelId === 'telegram' && context.activity.text?.trim() === '/start') {
      if (dc.activeDialog && !firstContact) await repromptInFull(dc);
      else await dc.beginDialog(DIALOG.main, { welcome: true } satisfies MainOptions);
      return;
    }
    const kase = await this.caseState.get(context);
    // Back after a while in the middle of the steps: offer to pick up there. (A question of the
    // intake simply waits for its answer.)
    if (away && dc.activeDialog && kase?.status === 'in-progress' && kase.plan.length > 0) {
      await dc.cancelAllDialogs();
      await dc.beginDialog(DIALOG.main, { resume: true } satisfies MainOptions);
      return;
    }
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(DIALOG.main, {} satisfies MainOptions);
  }
}
