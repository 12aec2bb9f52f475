import { Chat, CHANNELS } from '../support/chat';

describe.each(CHANNELS)('on %s: thanks and goodbye', (channel) => {
  it('"thanks" in the middle of a step is acknowledged and the step is asked again, not taken as fixed', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');
    const step = chat.step;

    await chat.says('thanks');
    expect(chat.heard).toMatch(/you're welcome/i);
    expect(chat.step).toEqual(step);
    expect((await chat.case())?.status).toBe('in-progress');
  });

  it('"bye" keeps the user\'s place for later', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');
    await chat.says('Still blinking red');

    await chat.says('bye');
    expect(chat.heard).toMatch(/bye for now/i);
    chat.waits(120);
    await chat.says('hi');
    expect(chat.heard).toMatch(/We stopped at step 2 of 8/s);
  });

  it('"thanks" after the hand-over closes politely instead of a complaint', async () => {
    const chat = new Chat(channel);
    await chat.says('talk to a person');
    for (const answer of ['Not sure', 'Not sure', 'Not sure', 'Not sure', 'Skip']) await chat.says(answer);
    expect(chat.heard).toMatch(/summary/i);

    await chat.says('thank you so much');
    expect(chat.heard).toMatch(/you're welcome/i);
    expect(chat.heard).not.toMatch(/didn't quite follow/i);
  });
});
