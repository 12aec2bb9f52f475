import { Chat, CHANNELS } from '../support/chat';

describe.each(CHANNELS)('on %s: cancel, then start over', (channel) => {
  it('stops when asked and begins a fresh diagnosis on request', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');
    expect(chat.step).toMatchObject({ index: 1 });
    await chat.says('Still blinking red');
    expect(chat.step).toMatchObject({ index: 2 });

    await chat.says('cancel');
    expect(chat.heard).toMatch(/stopped/i);
    expect(chat.steps).toEqual([]);
    expect((await chat.case())?.status).toBe('cancelled');

    await chat.says('start over');
    expect(chat.heard).toMatch(/quick checks/i);
    expect(chat.buttons).toEqual(expect.arrayContaining(['Fast blinking', 'Solid red']));

    await chat.says('Solid red');
    expect(chat.heard).toMatch(/Which kind of Tapo device/);
  });

  it('starts over in the middle of a step', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');
    await chat.says('Still blinking red');
    await chat.says('lets start over');
    expect(chat.heard).toMatch(/start again/i);
    const kase = await chat.case();
    expect(kase?.history).toEqual([]);
  });
});
