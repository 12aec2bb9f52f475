import { Chat, CHANNELS } from '../support/chat';

describe.each(CHANNELS)('on %s: a new router', (channel) => {
  it('opens the plan with the network step, then the reset that re-adds the camera', async () => {
    const chat = new Chat(channel);

    await chat.says('we changed our wifi password yesterday and now my camera is blinking red slowly');
    expect(chat.heard).not.toMatch(/Which kind of Tapo device/);
    expect(chat.heard).toMatch(/Recent changes: .*(router|password|Wi-Fi)/i);
    expect(chat.step).toMatchObject({ id: 'refresh-network', index: 1 });

    await chat.says('Still blinking red');
    expect(chat.step).toMatchObject({ id: 'factory-reset', index: 2 });
    expect(chat.heard).toMatch(/add it again/i);
  });
});
