import { adaptiveCards, asks, buttonsIn, fullConversation, type User } from './fullConversation';

describe('on Web Chat (the support site widget)', () => {
  let user: User;
  beforeAll(async () => {
    user = await fullConversation('webchat');
  });

  it('offers every choice as suggested actions, with labels that fit a button', () => {
    const questions = asks(user.activities);
    expect(questions.length).toBeGreaterThanOrEqual(12);
    for (const question of questions) {
      const buttons = buttonsIn(question);
      expect(buttons.every((b) => b.where === 'suggested')).toBe(true);
      expect(buttons.every((b) => b.title.length <= 20)).toBe(true);
    }
  });

  it('marks every step for the progress bar, in order', () => {
    const marks = user.activities.flatMap((a) => (a.channelData?.step ? [a.channelData.step] : []));
    const indexes = [...new Set(marks.map((m: { index: number }) => m.index))];
    expect(indexes).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(marks.every((m: { total: number }) => m.total === 8)).toBe(true);
  });

  it('shows the support summary as an Adaptive Card Web Chat draws, and as text', () => {
    const cards = adaptiveCards(user.activities);
    expect(cards).toHaveLength(1);
    expect(Number(cards[0].version)).toBeLessThanOrEqual(1.6);
    expect(JSON.stringify(cards[0])).toMatch(/Y21C4A001234/);
    expect(user.activities.some((a) => /Support summary/.test(a.text ?? ''))).toBe(true);
  });

  it('sends no empty message', () => {
    expect(user.activities.every((a) => (a.text ?? '').trim() !== '' || (a.attachments ?? []).length > 0)).toBe(true);
  });
});
