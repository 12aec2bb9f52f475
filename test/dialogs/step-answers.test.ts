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

  it('reads a new light pattern typed at a step as the light having changed', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');
    const first = chat.step;

    await chat.says('it is solid red now');
    expect(chat.heard).toMatch(/solid red light/i);
    expect(chat.step).toMatchObject({ index: first.index + 1 });
    const kase = await chat.case();
    expect(kase?.evidence.pattern).toBe('solid');
    expect(kase?.history.at(-1)).toMatchObject({ outcome: 'light-changed', pattern: 'solid' });
  });

  it("says what a new pattern means for the user's kind of device (a hub is not a camera)", async () => {
    const chat = new Chat(channel);
    await chat.says('my H100 hub blinks red fast after a power cut');
    await chat.says('it is solid red now');
    expect(chat.heard).toMatch(/on a hub differs between models/);
    expect(chat.heard).not.toMatch(/normal while the device starts up/);
  });

  it('hears "it blinks green now" as a light that is no longer red, and moves on without asking again', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');
    await chat.says('it blinks green now');
    expect(chat.heard).toMatch(/isn't red any more/);
    expect(chat.heard).not.toMatch(/What is the light doing now\?/);
    expect(chat.step).toMatchObject({ index: 2 });
    expect((await chat.case())?.history.at(-1)).toMatchObject({ outcome: 'light-changed' });
  });

  it('hears a new colour given after "The light changed" the same way', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');
    await chat.says('The light changed');
    expect(chat.heard).toMatch(/What is the light doing now\?/);
    await chat.says('now it blinks green');
    expect(chat.heard).toMatch(/isn't red any more/);
    expect(chat.heard).not.toMatch(/couldn't tell which pattern/);
  });

  it('takes the pattern it already had as still blinking', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');
    await chat.says('its still blinking fast');
    expect(chat.step).toMatchObject({ index: 2 });
    expect((await chat.case())?.history.at(-1)).toMatchObject({ outcome: 'still-blinking' });
  });

  it('takes "nope, it is blinking red again" as the light still being red', async () => {
    const chat = new Chat(channel);
    await chat.says('my c310 went solid red after I changed my router');
    await chat.says('nope it is blinking red again');
    expect(chat.heard).not.toMatch(/didn't quite follow/i);
    expect(chat.step).toMatchObject({ index: 2 });
    expect((await chat.case())?.history.at(-1)).toMatchObject({ outcome: 'still-blinking' });
  });

  it('asks what the light does when the words say only that it changed', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');
    await chat.says('the light is doing something different now');
    expect(chat.heard).toMatch(/What is the light doing now\?/);
  });

  it('skips a step the user would rather not do, noting it as skipped, not as tried', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');
    expect(chat.buttons).not.toContain('Skip this step');

    await chat.says('skip this one');
    expect(chat.heard).toMatch(/leave that one out/i);
    expect(chat.step).toMatchObject({ index: 2 });
    expect((await chat.case())?.history.at(-1)).toMatchObject({ step: 'power-cycle', outcome: 'skipped' });
  });
});
