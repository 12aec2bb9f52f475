import { adaptiveCards, asks, buttonsIn, fullConversation, HERO, type User } from './fullConversation';

/** Slack shows five buttons per attachment and 3000 characters per text block. */
const SLACK_BUTTONS = 5;
const SLACK_TEXT = 3_000;

describe('on Slack', () => {
  let user: User;
  beforeAll(async () => {
    user = await fullConversation('slack');
  });

  it('sends no Adaptive Card (Slack would show an image of it)', () => {
    expect(adaptiveCards(user.activities)).toEqual([]);
  });

  it('shows every choice as a card button, never as suggested actions alone', () => {
    const questions = asks(user.activities);
    expect(questions.length).toBeGreaterThanOrEqual(12);
    for (const question of questions) {
      const buttons = buttonsIn(question);
      expect(buttons.length).toBeGreaterThan(0);
      expect(buttons.every((b) => b.where === 'hero')).toBe(true);
      expect(buttons.every((b) => b.title.length <= 20)).toBe(true);
      for (const card of (question.attachments ?? []).filter((a) => a.contentType === HERO)) {
        expect((card.content as { buttons: unknown[] }).buttons.length).toBeLessThanOrEqual(SLACK_BUTTONS);
      }
    }
  });

  it('writes the support summary as plain text within Slack limits', () => {
    const summary = user.activities.filter((a) => /Support summary/.test(a.text ?? ''));
    expect(summary).toHaveLength(1);
    expect(summary[0].textFormat).toBe('plain');
    expect(summary[0].text).toMatch(/Serial number: Y21C4A001234/);
    expect(user.activities.every((a) => (a.text ?? '').length <= SLACK_TEXT)).toBe(true);
  });
});
