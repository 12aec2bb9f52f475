import { Chat, CHANNELS } from '../support/chat';

describe.each(CHANNELS)('on %s: something sounds dangerous', (channel) => {
  it('stops the steps at once, says to unplug and hands over to support', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');
    expect(chat.step).toMatchObject({ id: 'power-cycle' });

    await chat.says('the adapter is really hot and i can smell burning plastic');
    expect(chat.heard).toMatch(/stop/i);
    expect(chat.heard).toMatch(/unplug/i);
    expect(chat.heard).toMatch(/(don't|do not) open/i);
    expect(chat.step).toMatchObject({ id: 'contact-support' });
    expect(chat.heard).toMatch(/Which model is it/);

    const kase = await chat.case();
    expect(kase?.status).toBe('escalated');
    expect(kase?.escalation?.reason).toBe('safety');
  });

  it('stops even when danger is the very first thing said', async () => {
    const chat = new Chat(channel);
    await chat.says('there is smoke coming out of the camera');
    expect(chat.heard).toMatch(/unplug/i);
    expect(chat.heard).not.toMatch(/Restart the power/);
  });
});
