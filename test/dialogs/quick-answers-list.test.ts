import { Chat, CHANNELS } from '../support/chat';

/** Opens the chat and taps "Common questions" on the welcome menu. */
async function openList(chat: Chat) {
  await chat.opens();
  await chat.says('Common questions');
  expect(chat.heard).toMatch(/questions people ask most/);
}

describe.each(CHANNELS)('on %s: the list of common questions', (channel) => {
  it('starts the diagnosis from a problem described there', async () => {
    const chat = new Chat(channel);
    await openList(chat);

    await chat.says('my camera blinks red fast after a power cut');
    expect(chat.heard).not.toMatch(/ready answer/);
    expect(chat.heard).toMatch(/Light: Rapid red blinking/);
    expect(chat.step).toMatchObject({ id: 'power-cycle', index: 1 });
  });

  it('starts the diagnosis from a description when the list was the first thing asked for', async () => {
    const chat = new Chat(channel);
    await chat.says('Common questions');
    expect(chat.heard).toMatch(/questions people ask most/);

    await chat.says('my camera blinks red fast after a power cut');
    expect(chat.heard).toMatch(/Light: Rapid red blinking/);
    expect(chat.step).toMatchObject({ id: 'power-cycle', index: 1 });
  });

  it('answers a typed question without showing the whole list again', async () => {
    const chat = new Chat(channel);
    await openList(chat);

    await chat.says('what does solid red mean?');
    expect(chat.heard).toMatch(/solid red/i);
    expect(chat.heard).not.toMatch(/questions people ask most/);
    expect(chat.heard).not.toMatch(/ready answer/);
  });

  it('shows the list again when "Common questions" is asked for there', async () => {
    const chat = new Chat(channel);
    await openList(chat);

    await chat.says('Common questions');
    expect(chat.heard).not.toMatch(/ready answer/);
    expect(chat.heard).toMatch(/questions people ask most/);
    expect(chat.buttons).toContain('Solid red light');
  });
});
