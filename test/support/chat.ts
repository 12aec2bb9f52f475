import { MemoryStorage, TestAdapter, type Activity, type Storage } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { createBot } from '../../src/app';
import type { Case } from '../../src/diagnosis/case';
import { analyzer, content } from './content';
import { quietLog } from './quietLog';

export const CHANNELS = ['test', 'webchat', 'msteams'] as const;
const MINUTE = 60_000;

/** The words a user reads in a reply: its text, or a card's text and buttons. */
export function textOf(activity: Partial<Activity>): string {
  const cardText = (activity.attachments ?? [])
    .map((a) => JSON.stringify(a.content ?? ''))
    .join(' ');
  return `${activity.text ?? ''} ${cardText}`.trim();
}

/** The button labels a reply offers, wherever the channel put them. */
export function buttonsOf(activity: Partial<Activity>): string[] {
  const suggested = activity.suggestedActions?.actions.map((a) => a.title ?? '') ?? [];
  const hero = (activity.attachments ?? []).flatMap((a) =>
    a.contentType === 'application/vnd.microsoft.card.hero'
      ? ((a.content as { buttons?: { title: string }[] }).buttons ?? []).map((b) => b.title)
      : [],
  );
  const listed = [...(activity.text ?? '').matchAll(/^\d+\. (.+)$/gm)].map((m) => m[1]);
  return [...suggested, ...hero, ...listed];
}

/**
 * One user talking to the real bot (dialogs, content, understanding, state) through
 * botbuilder-testing on a chosen channel. Each `says` returns every reply of that turn.
 */
export class Chat {
  readonly storage: Storage;
  private clock = Date.parse('2026-11-23T09:00:00Z');
  private readonly client: DialogTestClient;
  private readonly parts: ReturnType<typeof createBot>;
  replies: Partial<Activity>[] = [];

  constructor(
    readonly channelId: string,
    storage: Storage = new MemoryStorage(),
    /** Where support summaries are sent; none by default (they are only stored). */
    supportWebhookUrl?: string,
  ) {
    this.storage = storage;
    this.parts = createBot({
      content: content(),
      analyzer: analyzer(),
      storage,
      log: quietLog,
      resumeAfterMs: 30 * MINUTE,
      now: () => new Date(this.clock),
      supportWebhookUrl,
    });
    const adapter = new TestAdapter((context) => this.parts.bot.run(context), { channelId }, true);
    this.client = new DialogTestClient(adapter, this.parts.mainDialog);
  }

  private async turn(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    this.clock += 5_000;
    const replies: Partial<Activity>[] = [];
    let reply = await this.client.sendActivity(activity);
    while (reply) {
      replies.push(reply);
      reply = this.client.getNextReply();
    }
    this.replies = replies;
    return replies;
  }

  /** The user opens the chat (a conversationUpdate adding them). */
  opens() {
    return this.turn({ type: 'conversationUpdate', membersAdded: [{ id: 'user1', name: 'User' }] });
  }

  says(text: string, extra: Partial<Activity> = {}) {
    return this.turn({ type: 'message', text, ...extra });
  }

  /** Any activity a channel may deliver (a Teams install, a message with mentions, ...). */
  receives(activity: Partial<Activity>) {
    return this.turn(activity);
  }

  /** A card button press: a message with a value and no text. */
  submits(value: unknown) {
    return this.turn({ type: 'message', value });
  }

  sendsPhoto(name = 'light.jpg') {
    return this.turn({
      type: 'message',
      attachments: [{ contentType: 'image/jpeg', contentUrl: `https://files.example.com/${name}`, name }],
    });
  }

  waits(minutes: number) {
    this.clock += minutes * MINUTE;
  }

  /** Everything the bot said this turn, as one string. */
  get heard(): string {
    return this.replies.map(textOf).join('\n');
  }

  /** The buttons of the last reply that offers any. */
  get buttons(): string[] {
    for (let i = this.replies.length - 1; i >= 0; i--) {
      const found = buttonsOf(this.replies[i]);
      if (found.length > 0) return found;
    }
    return [];
  }

  /** The step marks this turn's replies carry (normally one). */
  get steps(): { id: string; index: number; total: number }[] {
    return this.replies.flatMap((r) => (r.channelData?.step ? [r.channelData.step] : []));
  }

  get step() {
    const steps = this.steps;
    return steps[steps.length - 1];
  }

  async case(): Promise<Case | undefined> {
    const key = `${this.channelId}/conversations/Convo1/`;
    return (await this.storage.read([key]))[key]?.case as Case | undefined;
  }

  get support() {
    return this.parts.support;
  }
}
