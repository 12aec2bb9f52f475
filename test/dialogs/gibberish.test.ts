import { Chat, CHANNELS } from '../support/chat';

describe.each(CHANNELS)('on %s: input the bot cannot understand', (channel) => {
  it('asks to rephrase, then offers the choices and a person, never a dead end', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');
    const step = chat.step;

    // At a step, the request to rephrase says what the bot needs: how the step went.
    await chat.says('qwzx blorp');
    expect(chat.heard).toMatch(/didn't catch how that went/i);
    expect(chat.buttons).toContain('Still blinking red');
    // The request to rephrase offers the step's buttons, but presents no step anew.
    expect(chat.steps).toEqual([]);
    expect((await chat.case())?.index).toBe(step.index - 1);

    await chat.says('florp zzzt');
    expect(chat.heard).toMatch(/still not sure/i);
    expect(chat.buttons).toEqual(expect.arrayContaining(['Still blinking red', 'Talk to a person']));

    await chat.says('Talk to a person');
    expect(chat.step).toMatchObject({ id: 'contact-support' });
  });

  it('hears "done" at a step as the step tried, and asks how it went', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');
    await chat.says('done');
    expect(chat.heard).toMatch(/is the light still red, or is the device working now/);
    await chat.says('still red');
    expect(chat.step).toMatchObject({ index: 2 });
  });

  it('asks again when an intake answer is not an answer', async () => {
    const chat = new Chat(channel);
    await chat.says('Fix a red light');
    await chat.says('asdfgh qwerty');
    expect(chat.heard).toMatch(/say it another way/i);
    expect(chat.buttons).toEqual(expect.arrayContaining(['Fast blinking', 'Not sure']));

    await chat.says('Not sure');
    expect(chat.heard).toMatch(/Which kind of Tapo device/);
    await chat.says('zzzz');
    expect(chat.heard).toMatch(/say it another way/i);
    await chat.says('its a c310');
    expect(chat.heard).toMatch(/Did anything change/);
  });

  it('treats a first message it cannot read as a reason to show the menu', async () => {
    const chat = new Chat(channel);
    await chat.says('asdfghjkl');
    expect(chat.heard).toMatch(/didn't quite follow/i);
    expect(chat.buttons).toEqual(expect.arrayContaining(['Fix a red light', 'Common questions']));
  });
});
