import { Chat, CHANNELS } from '../support/chat';

describe.each(CHANNELS)('on %s: details for support typed the way people type them', (channel) => {
  it('takes a model name it does not know yet, without guessing the device kind', async () => {
    const chat = new Chat(channel);
    await chat.says('talk to a person');
    await chat.says('it is a C260');
    expect(chat.heard).toMatch(/serial number/i);
    const kase = await chat.case();
    expect(kase?.evidence.model).toBe('C260');
    expect(kase?.evidence).not.toHaveProperty('device');
  });

  it('takes a serial number typed in groups as one serial number', async () => {
    const chat = new Chat(channel);
    await chat.says('talk to a person');
    await chat.says('C200');
    await chat.says('2231 4567 8901 2');
    expect(chat.heard).toMatch(/firmware version/i);
    expect((await chat.case())?.evidence.serial).toBe('2231456789012');
  });
});
