import { TeamsActivityHandler, TurnContext, type ConversationState, type StatePropertyAccessor } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import type { MainDialog, MainOptions } from '../dialogs/MainDialog';
import { DIALOG } from '../dialogs/ids';
import type { Case } from './diagnosis/case';
import { KeyedQueue } from './turnQueue';

/** Activity ids remembered per conversation to drop redeliveries. */
const REMEMBERED_IDS = 20;

interface TurnMemory {
  welcomed?: boolean;
  /** Epoch ms of the last message, to offer "continue where you left off" after a pause. */
  lastSeen?: number;
  recentIds?: string[];
}

export interface BotOptions {
  resumeAfterMs: number;
  now?: () => number;
}

/**
 * The Teams-aware activity handler: welcomes once, drops duplicates, runs the main dialog and saves
 * state after every turn. Turns of one conversation never overlap on this instance.
 */
export class SupportBot extends TeamsActivityHandler {
  private readonly dialogs: DialogSet;
  private readonly memory: StatePropertyAccessor<TurnMemory>;
  private readonly queue = new KeyedQueue();
  private readonly now: () => number;

  constructor(
    private readonly conversationState: ConversationState,
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
      if (!memory.welcomed) {
        memory.welcomed = true;
        const dc = await this.dialogs.createContext(context);
        await dc.cancelAllDialogs();
        await dc.beginDialog(DIALOG.main, { welcome: true } satisfies MainOptions);
      }
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    const key = `${context.activity.channelId}/${context.activity.conversation?.id}`;
    await this.queue.run(key, async () => {
      await super.run(context);
      await this.conversationState.saveChanges(context, false);
    });
  }

  private async onUserMessage(context: TurnContext): Promise<void> {
    const memory = await this.memory.get(context, {});
    const id = context.activity.id;
    if (id) {
      const recent = memory.recentIds ?? [];
      if (recent.includes(id)) return;
      memory.recentIds = [...recent, id].slice(-REMEMBERED_IDS);
    }
    if (context.activity.channelId === 'msteams' && context.activity.text) {
      context.activity.text = TurnContext.removeRecipientMention(context.activity)?.trim() ?? context.activity.text;
    }
    const now = this.now();
    const away = memory.lastSeen !== undefined && now - memory.lastSeen > this.options.resumeAfterMs;
    memory.lastSeen = now;
    memory.welcomed = true;

    const dc = await this.dialogs.createContext(context);
    const kase = await this.caseState.get(context);
    if (away && dc.activeDialog && kase?.status === 'in-progress') {
      await dc.cancelAllDialogs();
      await dc.beginDialog(DIALOG.main, { resume: true } satisfies MainOptions);
      return;
    }
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(DIALOG.main, {} satisfies MainOptions);
  }
}
