import { Chat, CHANNELS } from '../support/chat';

/** The flow stopped for safety and the case went to support for it. */
async function expectSafetyStop(chat: Chat) {
  expect(chat.heard).toMatch(/fix steps stop here/i);
  expect((await chat.case())?.escalation?.reason).toBe('safety');
}

describe.each(CHANNELS)('on %s: words that come near a danger', (channel) => {
  it('asks once to check for a danger, and carries on with the diagnosis', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red slowly, it lives in the garage and it gets quite humid in there');
    expect(chat.heard).toMatch(/safety check/i);
    expect(chat.heard).toMatch(/unplug it now/i);
    expect(chat.heard).not.toMatch(/fix steps stop here/i);
    expect(chat.heard).toMatch(/What exactly is the light doing|Did anything change|Here's what I have so far|Which kind of Tapo device/);

    await chat.says('nothing changed, it just rained all week');
    expect(chat.heard).not.toMatch(/didn't quite follow/i);
    expect(chat.heard).not.toMatch(/safety check/i);

    await chat.says('actually there is water inside the lens');
    await expectSafetyStop(chat);
  });

  it('stops when the reply to the check says yes, it is hot', async () => {
    const chat = new Chat(channel);
    await chat.says('the red light keeps flashing and the adapter feels a little warm');
    expect(chat.heard).toMatch(/for example "the adapter is hot"/);

    await chat.says('yes its hot');
    await expectSafetyStop(chat);
  });

  it('asks once to check for a danger when the description is mostly in words it does not know', async () => {
    const chat = new Chat(channel);
    await chat.says('Tapo C200 kamerakuwa inawaka taa nyekundu haraka sana tangu jana usiku');
    expect(chat.heard).toMatch(/safety check/i);
    expect(chat.heard).not.toMatch(/fix steps stop here/i);
  });

  it('says nothing of danger when nothing comes near one', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');
    expect(chat.heard).not.toMatch(/safety check|unplug it now/i);
    expect(chat.step).toMatchObject({ id: 'power-cycle' });
  });
});
