import { Chat, CHANNELS } from '../support/chat';

/** The summary's text, as the user reads it. */
const summaryOf = (chat: Chat) => chat.replies.map((r) => r.text ?? '').join('\n');

describe.each(CHANNELS)('on %s: support asks for details the user does not have', (channel) => {
  it('takes "I don\'t know" and its like as a skip, never as the detail', async () => {
    const chat = new Chat(channel);
    await chat.says('talk to a person');
    expect(chat.heard).toMatch(/Which model is it/);

    await chat.says("I don't know");
    expect(chat.heard).toMatch(/serial number/i);
    await chat.says('dunno');
    expect(chat.heard).toMatch(/firmware version/i);
    await chat.says('I do not have it');
    expect(chat.heard).toMatch(/describe the light/i);
    await chat.says('Not sure');
    await chat.says('Skip');

    const summary = summaryOf(chat);
    expect(summary).toMatch(/Device: not given/);
    expect(summary).toMatch(/Serial number: not given/);
    expect(summary).toMatch(/Firmware: not given/);
    expect(summary).not.toMatch(/know|dunno|have it/i);
    const kase = await chat.case();
    expect(kase?.evidence).not.toHaveProperty('model');
    expect(kase?.evidence).not.toHaveProperty('serial');
    expect(kase?.evidence).not.toHaveProperty('firmware');
  });

  it('asks once more when an answer does not look like a model, then moves on', async () => {
    const chat = new Chat(channel);
    await chat.says('talk to a person');

    await chat.says('asdf');
    expect(chat.heard).toMatch(/doesn't look like a model/i);
    expect(chat.buttons).toEqual(['Not sure']);
    expect(chat.heard).not.toMatch(/serial number/i);

    await chat.says('asdf');
    expect(chat.heard).toMatch(/serial number/i);
    expect((await chat.case())?.evidence).not.toHaveProperty('model');
  });

  it('does not take a late "Still blinking red" for the serial number', async () => {
    const chat = new Chat(channel);
    await chat.says('talk to a person');
    await chat.says('C200');
    expect(chat.heard).toMatch(/serial number/i);

    await chat.says('Still blinking red');
    expect(chat.heard).toMatch(/doesn't look like a serial number/i);
    expect(chat.buttons).toEqual(['Not sure']);

    await chat.says('Y21C4A001234');
    expect(chat.heard).toMatch(/firmware version/i);
    await chat.says('Not sure');
    await chat.says('Not sure');
    await chat.says('Skip');

    expect(summaryOf(chat)).toMatch(/Serial number: Y21C4A001234/);
    expect(summaryOf(chat)).not.toMatch(/Still blinking red/);
  });

  it('takes a version number that is only a version number when the firmware is asked', async () => {
    const chat = new Chat(channel);
    await chat.says('talk to a person');
    await chat.says('C200');
    await chat.says('Not sure');
    expect(chat.heard).toMatch(/firmware version/i);

    await chat.says('the app says it is up to date');
    expect(chat.heard).toMatch(/doesn't look like a version number/i);
    await chat.says('v1.2');
    expect(chat.heard).toMatch(/describe the light/i);
    expect((await chat.case())?.evidence.firmware).toBe('1.2');
  });
});
