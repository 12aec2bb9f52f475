import { Chat, CHANNELS } from '../support/chat';

describe.each(CHANNELS)('on %s: a firmware update that was interrupted', (channel) => {
  it('warns not to unplug during updates and starts with the firmware step', async () => {
    const chat = new Chat(channel);

    await chat.says('the firmware update on my C200 got interrupted and now the light is solid red');
    expect(chat.heard).toMatch(/Light: Solid red/i);
    expect(chat.heard).toMatch(/C200/);
    expect(chat.heard).toMatch(/unplug/i);
    expect(chat.step).toMatchObject({ id: 'update-firmware', index: 1 });
    expect(chat.heard).toMatch(/Step 1 of \d: Update firmware/);
  });
});
