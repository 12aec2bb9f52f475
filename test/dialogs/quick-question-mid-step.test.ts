import { Chat, CHANNELS } from '../support/chat';

describe.each(CHANNELS)('on %s: a quick question in the middle of a step', (channel) => {
  it('answers it and then shows the same step again', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');
    expect(chat.step).toMatchObject({ id: 'power-cycle', index: 1 });

    await chat.says('wait, is a factory reset safe? will i lose my settings?');
    expect(chat.heard).toMatch(/erase|wipe/i);
    expect(chat.step).toMatchObject({ id: 'power-cycle', index: 1 });
    expect(chat.buttons).toContain('Still blinking red');

    await chat.says('Still blinking red');
    expect(chat.step).toMatchObject({ index: 2 });
  });
});

describe.each(CHANNELS)('on %s: a question that could mean two things', (channel) => {
  it('asks which one is meant, answers it, then shows the step again', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');
    const step = chat.step;

    await chat.says('how do i reset it and is it safe');
    expect(chat.heard).toMatch(/which of these do you mean/);
    expect(chat.buttons).toEqual(expect.arrayContaining(['Is a reset safe?', 'How to reset', 'Neither']));

    await chat.says('How to reset');
    expect(chat.heard).toMatch(/hold/i);
    expect(chat.step).toEqual(step);
  });
});

describe.each(CHANNELS)('on %s: a quick question several steps in', (channel) => {
  it('answers it and shows the step the user is on, however far along', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');
    await chat.says('Still blinking red');
    await chat.says('Still blinking red');
    const step = chat.step;
    expect(step).toMatchObject({ index: 3 });

    await chat.says('where do i find the serial number?');
    expect(chat.heard).toMatch(/label|sticker/i);
    expect(chat.heard).not.toMatch(/sorry/i);
    expect(chat.step).toEqual(step);

    await chat.says('Explain more');
    expect(chat.step).toEqual(step);
    await chat.says('what does solid red mean?');
    expect(chat.step).toEqual(step);
    await chat.says('Still blinking red');
    expect(chat.step).toMatchObject({ index: 4 });
  });
});
