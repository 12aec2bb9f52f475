import { Chat, CHANNELS } from '../support/chat';

/** Hands over with "talk to a person", names the model, and skips every other detail. */
async function handOver(chat: Chat, model: string) {
  await chat.says('talk to a person');
  await chat.says(model);
  expect(chat.heard).toMatch(/serial number/i);
  await chat.says('Not sure');
  await chat.says('Not sure');
  await chat.says('Not sure');
  await chat.says('Skip');
  expect(chat.heard).toMatch(/Support summary/);
}

describe.each(CHANNELS)('on %s: a smart plug named while support details are gathered', (channel) => {
  it('knows it is a plug from the model and gives no advice about covering a camera', async () => {
    const chat = new Chat(channel);
    await handOver(chat, 'P110');

    expect(chat.heard).toMatch(/Device: Smart plug P110/);
    expect(chat.heard).not.toMatch(/Cover the gap|part of your home security/);
    expect(chat.steps).toEqual([]);
    const kase = await chat.case();
    expect(kase?.evidence.device).toBe('plug');
    expect(kase?.plan).not.toContain('plan-redundancy');
  });

  it('still gives a camera the advice about covering the gap', async () => {
    const chat = new Chat(channel);
    await handOver(chat, 'C200');

    expect(chat.heard).toMatch(/Device: Plug-in camera C200/);
    expect(chat.heard).toMatch(/Cover the gap/);
    expect(chat.step).toMatchObject({ id: 'plan-redundancy' });
  });
});
