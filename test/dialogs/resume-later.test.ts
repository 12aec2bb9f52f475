import { Chat, CHANNELS } from '../support/chat';

describe.each(CHANNELS)('on %s: coming back later', (channel) => {
  it('after a pause, offers to continue at the saved step', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');
    await chat.says('Still blinking red');
    expect(chat.step).toMatchObject({ index: 2 });

    await chat.says('Pause');
    expect(chat.heard).toMatch(/saved your place at step 2/);

    chat.waits(180);
    await chat.says('hi again');
    expect(chat.heard).toMatch(/Welcome back.*step 2 of 8/s);
    expect(chat.buttons).toEqual(['Continue', 'Start over']);

    await chat.says('Continue');
    expect(chat.step).toMatchObject({ index: 2 });
  });

  it('after hours away without pausing, offers the same', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');
    await chat.says('Still blinking red');

    chat.waits(24 * 60);
    await chat.says('Still blinking red');
    expect(chat.heard).toMatch(/Welcome back.*step 2 of 8/s);

    await chat.says('Start over');
    expect(chat.heard).toMatch(/quick checks|What exactly is the light doing/i);
  });
});
