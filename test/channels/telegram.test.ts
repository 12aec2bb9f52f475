import { adaptiveCards, asks, buttonsIn, fullConversation, type User } from './fullConversation';

const TELEGRAM_TEXT = 4_096;

describe('on Telegram', () => {
  let user: User;
  beforeAll(async () => {
    user = await fullConversation('telegram');
  });

  it('sends no Adaptive Card (Telegram would show an image of it)', () => {
    expect(adaptiveCards(user.activities)).toEqual([]);
  });

  it('keeps every message within 4096 characters and never empty', () => {
    for (const activity of user.activities) {
      expect((activity.text ?? '').length).toBeLessThanOrEqual(TELEGRAM_TEXT);
      expect((activity.text ?? '').trim() !== '' || (activity.attachments ?? []).length > 0).toBe(true);
    }
  });

  it('offers every choice on the reply keyboard, with labels that fit', () => {
    const questions = asks(user.activities);
    expect(questions.length).toBeGreaterThanOrEqual(12);
    for (const question of questions) {
      const buttons = buttonsIn(question);
      expect(buttons.every((b) => b.where === 'suggested')).toBe(true);
      expect(buttons.every((b) => b.title.length <= 20)).toBe(true);
    }
  });

  it('writes the support summary as plain text, so what the user typed is never read as markup', () => {
    const summary = user.activities.filter((a) => /Support summary/.test(a.text ?? ''));
    expect(summary).toHaveLength(1);
    expect(summary[0].textFormat).toBe('plain');
    expect(summary[0].text).toMatch(/Device: Plug-in camera C200/);
  });
});
