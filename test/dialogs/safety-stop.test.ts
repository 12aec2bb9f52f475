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

  it('a danger mentioned while support details are gathered is noted, and the questions go on', async () => {
    const chat = new Chat(channel);
    await chat.says('talk to a person');
    await chat.says('C200');
    expect(chat.heard).toMatch(/serial number/i);

    await chat.says('oh and now it is smoking');
    expect(chat.heard).toMatch(/unplug/i);
    expect(chat.heard).toMatch(/added that to the notes/i);
    expect(chat.heard).toMatch(/serial number/i);
    expect(chat.heard).not.toMatch(/Which model is it/);
    const kase = await chat.case();
    expect(kase?.escalation?.hazards).toEqual(['oh and now it is smoking']);
    expect(kase?.evidence.model).toBe('C200');
  });
});

describe.each(CHANNELS)('on %s: asking for a person while support details are gathered', (channel) => {
  it('says a person is on the way and goes on with the details', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');
    await chat.says('Still blinking red');
    await chat.says('talk to a person');
    expect(chat.heard).toMatch(/Which model is it/);

    await chat.says('can i just talk to a human please');
    expect(chat.heard).toMatch(/already on your way to a person/i);
    expect(chat.heard).toMatch(/Which model is it/);
    expect((await chat.case())?.escalation?.reason).toBe('user-request');
  });
});
