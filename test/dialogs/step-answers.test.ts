import { Chat, CHANNELS } from '../support/chat';

describe.each(CHANNELS)('on %s: every answer a step offers', (channel) => {
  it('explains more, skips what was tried, re-reads a changed light and accepts card submits', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');
    const first = chat.step;

    await chat.says('Explain more');
    expect(chat.step).toEqual(first);
    expect(chat.heard.length).toBeGreaterThan(200);

    await chat.says('i already did that one');
    expect(chat.heard).toMatch(/already tried/i);
    expect(chat.step).toMatchObject({ index: 2 });

    await chat.says('The light changed');
    expect(chat.heard).toMatch(/What is the light doing now/);
    await chat.says('now it alternates red and green');
    expect(chat.heard).toMatch(/reordered/);
    expect(chat.step).toMatchObject({ index: 3 });

    await chat.submits({ choice: 'still-blinking' });
    expect(chat.step).toMatchObject({ index: 4 });

    const kase = await chat.case();
    expect(kase?.history.map((h) => h.outcome)).toEqual(['already-tried', 'light-changed', 'still-blinking']);
    expect(kase?.evidence.pattern).toBe('alternating');
  });

  it('shows the quick first checks when the description gives little to go on', async () => {
    const chat = new Chat(channel);
    await chat.opens();
    await chat.says('Fix a red light');
    expect(chat.heard).toMatch(/quick checks/);
    expect(chat.heard).toMatch(/adapter/);
  });
});
