import { Chat, CHANNELS } from '../support/chat';

describe.each(CHANNELS)('on %s: input the bot cannot understand', (channel) => {
  it('asks to rephrase, then offers the choices and a person, never a dead end', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');
    const step = chat.step;

    await chat.says('qwzx blorp');
    expect(chat.heard).toMatch(/say it another way/i);
    expect(chat.buttons).toContain('Still blinking red');
    expect(chat.step).toEqual(step);

    await chat.says('florp zzzt');
    expect(chat.heard).toMatch(/still not sure/i);
    expect(chat.buttons).toEqual(expect.arrayContaining(['Still blinking red', 'Talk to a person']));

    await chat.says('Talk to a person');
    expect(chat.step).toMatchObject({ id: 'contact-support' });
  });

  it('treats a first message it cannot read as a reason to show the menu', async () => {
    const chat = new Chat(channel);
    await chat.says('asdfghjkl');
    expect(chat.heard).toMatch(/didn't quite follow/i);
    expect(chat.buttons).toEqual(expect.arrayContaining(['Fix a red light', 'Common questions']));
  });
});
