import type { Activity, CardAction } from 'botbuilder';
import { Chat, textOf } from '../support/chat';

export const HERO = 'application/vnd.microsoft.card.hero';
export const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

/** One user turn and everything the bot sent back. */
export interface Exchange {
  user: string;
  replies: Partial<Activity>[];
}

/** What a user can press in a reply, and what pressing it sends. */
export interface Button {
  title: string;
  sends: string;
  where: 'suggested' | 'hero' | 'list';
}

export function buttonsIn(activity: Partial<Activity>): Button[] {
  const asButton = (where: Button['where']) => (a: CardAction): Button => ({ title: a.title ?? '', sends: String(a.value ?? a.title), where });
  const suggested = (activity.suggestedActions?.actions ?? []).map(asButton('suggested'));
  const hero = (activity.attachments ?? [])
    .filter((a) => a.contentType === HERO)
    .flatMap((a) => ((a.content as { buttons?: CardAction[] }).buttons ?? []).map(asButton('hero')));
  const listed = [...(activity.text ?? '').matchAll(/^(\d+)\. (.+)$/gm)].map(([, n, title]) => ({ title, sends: n, where: 'list' as const }));
  return [...suggested, ...hero, ...listed];
}

export function adaptiveCards(activities: Partial<Activity>[]) {
  return activities.flatMap((a) => (a.attachments ?? []).filter((x) => x.contentType === ADAPTIVE).map((x) => x.content as { version: string }));
}

/** A user who reads the replies and presses the buttons the channel shows. */
export class User {
  readonly transcript: Exchange[] = [];

  constructor(readonly chat: Chat) {}

  private async record(user: string, turn: Promise<Partial<Activity>[]>) {
    const replies = await turn;
    this.transcript.push({ user, replies });
    return replies;
  }

  opens() {
    return this.record('(opens the chat)', this.chat.opens());
  }

  says(text: string, extra: Partial<Activity> = {}) {
    return this.record(text, this.chat.says(text, extra));
  }

  /** Presses the button titled `title` in the last replies, as the channel would send it. */
  async presses(title: string) {
    const offered = this.chat.replies.flatMap(buttonsIn);
    const button = offered.find((b) => b.title === title);
    if (!button) throw new Error(`no "${title}" button; the last replies offer: ${offered.map((b) => b.title).join(', ') || 'none'}`);
    return this.record(`[${title}]`, this.chat.says(button.sends));
  }

  get activities(): Partial<Activity>[] {
    return this.transcript.flatMap((e) => e.replies);
  }

  get heard(): string {
    return this.chat.heard;
  }
}

/**
 * A whole conversation as a user on `channelId` has it: welcome, a description in their own words,
 * the intake questions, the steps (one explained, one already tried), support's questions and the
 * summary. Asserts what the user must see on the way; returns the transcript for channel checks.
 */
export async function fullConversation(channelId: string): Promise<User> {
  const user = new User(new Chat(channelId));

  await user.opens();
  expect(user.heard).toMatch(/Tapo light helper/);

  await user.says('the light on my tapo keeps blinking red fast');
  expect(user.heard).toMatch(/Which kind of Tapo device/);
  await user.presses('Plug-in camera');
  expect(user.heard).toMatch(/anything change/i);
  await user.presses('After a power cut');
  expect(user.heard).toMatch(/Step 1 of 8: Restart the power/);
  expect(user.chat.step).toEqual({ id: 'power-cycle', index: 1, total: 8 });

  await user.presses('Explain more');
  expect(user.chat.step).toMatchObject({ id: 'power-cycle', index: 1 });
  for (let index = 2; index <= 7; index++) {
    await user.presses(index === 3 ? 'Already tried this' : 'Still blinking red');
    expect(user.chat.step).toMatchObject({ index, total: 8 });
  }
  expect(user.chat.step).toMatchObject({ id: 'contact-support' });
  expect(user.heard).toMatch(/Which model is it/);

  await user.says('C200');
  expect(user.heard).toMatch(/serial number/i);
  await user.says('Y21C4A001234');
  expect(user.heard).toMatch(/firmware version/i);
  await user.presses('Not sure');
  expect(user.heard).toMatch(/photo/i);
  await user.presses('Skip');

  const summary = user.chat.replies.map(textOf).join('\n');
  expect(summary).toMatch(/Support summary [0-9A-F]{8}/);
  expect(summary).toMatch(/C200/);
  expect(summary).toMatch(/Y21C4A001234/);
  expect(user.chat.step).toEqual({ id: 'plan-redundancy', index: 8, total: 8 });
  return user;
}

/** Every reply that asks the user to pick: the channel must show its choices somehow. */
export function asks(activities: Partial<Activity>[]) {
  return activities.filter((a) => a.inputHint === 'expectingInput' && buttonsIn(a).length > 0);
}
