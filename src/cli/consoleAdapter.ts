import { randomUUID } from 'node:crypto';
import {
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';

/** Writes what the bot sends as plain lines: text, then buttons as a numbered list. */
export function formatForTerminal(activity: Partial<Activity>): string {
  const lines: string[] = [];
  if (activity.text) lines.push(activity.text);
  const buttons = [
    ...(activity.suggestedActions?.actions ?? []),
    ...(activity.attachments ?? []).flatMap(
      (a) => ((a.content as { buttons?: { title: string }[] } | undefined)?.buttons ?? []) as { title: string }[],
    ),
  ];
  buttons.forEach((b, i) => lines.push(`  [${i + 1}] ${b.title}`));
  const step = activity.channelData?.step as { index: number; total: number } | undefined;
  if (step) lines.unshift(`(${'#'.repeat(step.index)}${'.'.repeat(step.total - step.index)} ${step.index}/${step.total})`);
  return lines.join('\n');
}

/** A one-user adapter for the terminal: each line typed is a message activity. */
export class ConsoleAdapter extends BotAdapter {
  private readonly reference: Partial<ConversationReference> = {
    channelId: 'console',
    serviceUrl: '',
    user: { id: 'console-user', name: 'You' },
    bot: { id: 'bot', name: 'Tapo helper' },
    conversation: { id: `console-${randomUUID()}`, isGroup: false, conversationType: 'personal', name: 'console' },
  };

  constructor(private readonly write: (text: string) => void) {
    super();
  }

  async receive(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const full = TurnContext.applyConversationReference(
      { id: randomUUID(), timestamp: new Date(), ...activity },
      this.reference,
      true,
    );
    await this.runMiddleware(new TurnContext(this, full), logic);
  }

  async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    for (const activity of activities) {
      if (activity.type === ActivityTypes.Message) this.write(formatForTerminal(activity));
    }
    return activities.map(() => ({ id: randomUUID() }));
  }

  async updateActivity(): Promise<void> {
    throw new Error('the terminal cannot change what it already printed');
  }

  async deleteActivity(): Promise<void> {
    throw new Error('the terminal cannot delete what it already printed');
  }

  async continueConversation(): Promise<void> {
    throw new Error('the terminal has no proactive messages');
  }
}
