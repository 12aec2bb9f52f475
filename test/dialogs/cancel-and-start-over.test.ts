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

    // The same camera as before: the device is not asked again.
    await chat.says('Solid red');
    expect(chat.heard).toMatch(/Did anything change/);
  });

  it('starts over in the middle of a step once the user confirms it', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');
    await chat.says('Still blinking red');
    await chat.says('lets start over');
    expect(chat.heard).toMatch(/start again from the beginning\?.*step 2 of 8/is);
    expect(chat.buttons).toEqual(['Yes, start over', 'No, carry on']);

    await chat.says('Yes, start over');
    expect(chat.heard).toMatch(/start again/i);
    expect(chat.heard).toMatch(/quick checks/i);
    expect((await chat.case())?.history).toEqual([]);
  });

  it('keeps the user on their step when they decide not to start over', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');
    await chat.says('Still blinking red');
    const step = chat.step;

    await chat.says('can we begin again from scratch');
    expect(chat.buttons).toEqual(['Yes, start over', 'No, carry on']);
    await chat.says('No, carry on');
    expect(chat.heard).toMatch(/carry on/i);
    expect(chat.step).toEqual(step);
    expect((await chat.case())?.history).toHaveLength(1);

    await chat.says('Still blinking red');
    expect(chat.step).toMatchObject({ index: 3 });
  });

  it('after a cancel, "hi" offers to carry on where the user stopped', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');
    await chat.says('Still blinking red');
    await chat.says('cancel');

    await chat.says('hi');
    expect(chat.heard).toMatch(/We stopped at step 2 of 8/s);
    await chat.says('Continue');
    expect(chat.step).toMatchObject({ index: 2 });
  });

  it('after a cancel, a new description starts a new diagnosis from it', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');
    await chat.says('cancel');

    await chat.says('my other camera, a C310, blinks red slowly since I moved it');
    expect(chat.heard).not.toMatch(/We stopped at step/);
    expect((await chat.case())?.evidence).toMatchObject({ model: 'C310', pattern: 'slow', events: ['relocation'] });
  });
});
