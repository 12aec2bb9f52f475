import type { Activity } from 'botbuilder';
import { Chat } from '../support/chat';
import { adaptiveCards, asks, buttonsIn, fullConversation, HERO, type User } from './fullConversation';

/** Teams draws Adaptive Cards up to 1.5 and at most six buttons on a hero card. */
const TEAMS_CARD_VERSION = 1.5;
const TEAMS_HERO_BUTTONS = 6;
const TEAMS_MESSAGE_BYTES = 28 * 1024;

const bot = { id: 'bot', name: 'Tapo Bot' };
const teamChannel = { id: 'Convo1', name: 'General', conversationType: 'channel', isGroup: true, tenantId: 'tenant-1' };
const teamData = { team: { id: '19:team-general@thread.tacv2' }, channel: { id: '19:team-general@thread.tacv2' }, tenant: { id: 'tenant-1' } };

describe('on Microsoft Teams', () => {
  let user: User;
  beforeAll(async () => {
    user = await fullConversation('msteams');
  });

  it('never leaves choices to suggested actions alone: every question has card buttons', () => {
    const questions = asks(user.activities);
    expect(questions.length).toBeGreaterThanOrEqual(12);
    for (const question of questions) {
      const buttons = buttonsIn(question);
      expect(buttons.filter((b) => b.where === 'hero').map((b) => b.title)).toEqual(
        expect.arrayContaining(buttons.filter((b) => b.where === 'suggested').map((b) => b.title)),
      );
      expect(buttons.some((b) => b.where === 'hero')).toBe(true);
    }
  });

  it('keeps to what Teams draws: card version, buttons per card, label and message size', () => {
    const cards = adaptiveCards(user.activities);
    expect(cards.length).toBeGreaterThanOrEqual(1);
    for (const card of cards) expect(Number(card.version)).toBeLessThanOrEqual(TEAMS_CARD_VERSION);
    for (const activity of user.activities) {
      for (const hero of (activity.attachments ?? []).filter((a) => a.contentType === HERO)) {
        expect((hero.content as { buttons: unknown[] }).buttons.length).toBeLessThanOrEqual(TEAMS_HERO_BUTTONS);
      }
      expect(buttonsIn(activity).every((b) => b.title.length <= 20)).toBe(true);
      expect(Buffer.byteLength(JSON.stringify(activity))).toBeLessThan(TEAMS_MESSAGE_BYTES);
    }
  });

  it('gives a card-only message a summary for the notification', () => {
    const cardOnly = user.activities.filter((a) => !a.text && (a.attachments ?? []).some((x) => x.contentType !== HERO));
    expect(cardOnly.length).toBeGreaterThanOrEqual(1);
    expect(cardOnly.every((a) => /Support summary/.test(a.summary ?? ''))).toBe(true);
  });

  it('understands a channel message that @mentions the bot, without the mention', async () => {
    const chat = new Chat('msteams');
    await chat.receives({
      type: 'message',
      text: '<at>Tapo Bot</at> my camera blinks red fast after a power cut',
      recipient: bot,
      conversation: teamChannel,
      channelData: teamData,
      entities: [{ type: 'mention', text: '<at>Tapo Bot</at>', mentioned: bot }],
    } as Partial<Activity>);
    expect(chat.step).toMatchObject({ id: 'power-cycle', index: 1 });
    expect(chat.heard).toMatch(/Restart the power/);
    const kase = await chat.case();
    expect(kase?.evidence.description).toBe('my camera blinks red fast after a power cut');
  });

  it('welcomes once when installed in a team, not again when people join the team', async () => {
    const chat = new Chat('msteams');
    const added = (member: { id: string; name?: string }) =>
      chat.receives({
        type: 'conversationUpdate',
        membersAdded: [member],
        recipient: bot,
        conversation: teamChannel,
        channelData: { ...teamData, eventType: 'teamMemberAdded' },
      } as Partial<Activity>);

    const installed = await added(bot);
    expect(installed.map((a) => a.text).join('\n')).toMatch(/Tapo light helper/);
    expect(installed.flatMap(buttonsIn).map((b) => b.title)).toEqual(expect.arrayContaining(['Fix a red light']));
    expect(await added({ id: '29:new-colleague', name: 'New colleague' })).toEqual([]);
    expect(await added({ id: '29:another-colleague' })).toEqual([]);
  });

  it('welcomes once in a personal chat, even when Teams announces the members again', async () => {
    const chat = new Chat('msteams');
    const personal = { id: 'Convo1', name: 'personal', conversationType: 'personal', isGroup: false, tenantId: 'tenant-1' };
    const install = () =>
      chat.receives({
        type: 'conversationUpdate',
        membersAdded: [bot, { id: '29:user1', name: 'User' }],
        recipient: bot,
        conversation: personal,
        channelData: { tenant: { id: 'tenant-1' } },
      } as Partial<Activity>);

    const first = await install();
    expect(first).toHaveLength(1);
    expect(first[0].text).toMatch(/Tapo light helper/);
    expect(await install()).toEqual([]);

    await chat.says('my camera blinks red fast after a power cut', { conversation: personal } as Partial<Activity>);
    expect(chat.heard).not.toMatch(/Tapo light helper/);
    expect(chat.step).toMatchObject({ index: 1 });
  });
});
