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
    expect(chat.heard).toMatch(/We stopped at step 2 of 8/s);
    expect(chat.buttons).toEqual(['Continue', 'Start over']);

    await chat.says('Continue');
    expect(chat.step).toMatchObject({ index: 2 });
  });

  it('after hours away without pausing, offers the same', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');
    await chat.says('Still blinking red');

    chat.waits(24 * 60);
    await chat.says('hello');
    expect(chat.heard).toMatch(/We stopped at step 2 of 8/s);

    await chat.says('Start over');
    expect(chat.heard).toMatch(/quick checks|What exactly is the light doing/i);
  });

  it('after a pause, an answer to the step is taken as one', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');
    await chat.says('Pause');

    await chat.says('Fixed it');
    expect(chat.heard).toMatch(/glad it's working again/i);
    expect((await chat.case())?.status).toBe('fixed');
  });

  it('after a day away, "Still blinking red" moves on to the next step', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');
    await chat.says('Still blinking red');

    chat.waits(24 * 60);
    await chat.says('Still blinking red');
    expect(chat.step).toMatchObject({ index: 3 });
  });

  it('after a pause, a quick question is answered and the way back is still offered', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');
    await chat.says('Pause');

    await chat.says('what does solid red mean?');
    expect(chat.heard).toMatch(/solid/i);
    expect(chat.buttons).toEqual(['Continue', 'Start over']);
    await chat.says('continue');
    expect(chat.step).toMatchObject({ id: 'power-cycle', index: 1 });
  });

  it('coming back during the first questions goes on with them', async () => {
    const chat = new Chat(channel);
    await chat.says('Fix a red light');
    await chat.says('Slow blinking');
    expect(chat.heard).toMatch(/Which kind of Tapo device/);

    chat.waits(45);
    await chat.says('Plug-in camera');
    expect(chat.heard).toMatch(/Did anything change/);
    expect((await chat.case())?.evidence).toMatchObject({ pattern: 'slow', device: 'camera' });
  });
});
