import { Chat, CHANNELS } from '../support/chat';

describe.each(CHANNELS)('on %s: another maker\'s device', (channel) => {
  it('"my arlo camera blinks red" is not troubleshot as a Tapo camera', async () => {
    const chat = new Chat(channel);
    await chat.says('my arlo camera blinks red since this morning');
    expect(chat.heard).toMatch(/only help with TP-Link Tapo devices/);
    expect(chat.heard).toMatch(/Arlo/);
    expect(chat.step).toBeUndefined();
    expect(await chat.case()).toBeUndefined();
  });

  it('a Tapo camera mentioned beside another brand is troubleshot', async () => {
    const chat = new Chat(channel);
    await chat.says('my tapo C200 blinks red fast since I put up a ring doorbell');
    expect(chat.heard).not.toMatch(/only help with TP-Link Tapo devices/);
    expect((await chat.case())?.evidence).toMatchObject({ model: 'C200', pattern: 'rapid' });
  });

  it('"how do I reset my tp-link deco" is not answered with how to reset a Tapo device', async () => {
    const chat = new Chat(channel);
    await chat.says('how do I reset my tp-link deco');
    expect(chat.heard).toMatch(/only help with TP-Link Tapo devices/);
    expect(chat.heard).toMatch(/Deco/);
    expect(await chat.case()).toBeUndefined();
  });

  it('smoke from another maker\'s device still stops everything with the safety advice', async () => {
    const chat = new Chat(channel);
    await chat.says('smoke is coming out of my eufy camera');
    expect(chat.heard).toMatch(/unplug/i);
  });
});
