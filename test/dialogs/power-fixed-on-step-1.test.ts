import { Chat, CHANNELS } from '../support/chat';

describe.each(CHANNELS)('on %s: a power problem fixed on the first step', (channel) => {
  it('welcomes, asks only what it does not know, fixes it on step 1 and asks for a rating', async () => {
    const chat = new Chat(channel);

    await chat.opens();
    expect(chat.heard).toMatch(/Tapo light helper/);
    expect(chat.buttons).toEqual(expect.arrayContaining(['Fix a red light', 'Common questions']));

    await chat.says('the light keeps blinking red fast ever since the power went out');
    expect(chat.heard).toMatch(/Which kind of Tapo device/);

    await chat.says('Plug-in camera');
    expect(chat.heard).toMatch(/Light: Rapid red blinking/i);
    expect(chat.heard).toMatch(/Recent changes: Power cut/i);
    expect(chat.heard).toMatch(/Most likely cause: Power/i);
    expect(chat.step).toEqual({ id: 'power-cycle', index: 1, total: 8 });
    expect(chat.heard).toMatch(/Step 1 of 8: Restart the power/);
    expect(chat.buttons).toEqual([
      'Fixed it',
      'Still blinking red',
      'The light changed',
      'Already tried this',
      'Explain more',
      'Pause',
    ]);

    await chat.says('Fixed it');
    expect(chat.steps).toEqual([]);
    expect(chat.heard).toMatch(/working again/);
    expect(chat.heard).toMatch(/how helpful was this/i);

    await chat.says('5');
    expect(chat.heard).toMatch(/Thanks for the feedback/);
    const kase = await chat.case();
    expect(kase?.status).toBe('fixed');
    expect(kase?.rating).toBe(5);
    expect(kase?.history).toEqual([expect.objectContaining({ step: 'power-cycle', outcome: 'fixed' })]);
  });
});
