import { Chat, CHANNELS } from '../support/chat';

describe.each(CHANNELS)('on %s: asking whether the bot is a person', (channel) => {
  it('"am I talking to a real person?" as a first message is answered, and nothing is handed over', async () => {
    const chat = new Chat(channel);
    await chat.says('am I talking to a real person?');
    expect(chat.heard).toMatch(/automated assistant, not a person/i);
    expect(chat.heard).toMatch(/talk to a person/i);
    expect(chat.heard).not.toMatch(/summary|support needs/i);
    expect(await chat.case()).toBeUndefined();
  });

  it('"are you a bot?" in the middle of a step is answered and the same step is asked again', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');
    const step = chat.step;

    await chat.says('are you a bot?');
    expect(chat.heard).toMatch(/automated assistant, not a person/i);
    expect(chat.step).toEqual(step);
    expect((await chat.case())?.status).toBe('in-progress');
  });

  it('"can I talk to a real person?" still hands the case over', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');

    await chat.says('can I talk to a real person?');
    expect(chat.heard).not.toMatch(/automated assistant, not a person/i);
    expect((await chat.case())?.status).toBe('escalated');
  });
});
