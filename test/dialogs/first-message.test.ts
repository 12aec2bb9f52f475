import { Chat, CHANNELS } from '../support/chat';

describe.each(CHANNELS)('on %s: the first thing a user says', (channel) => {
  it('"my camera is blinking red" starts the diagnosis with the quick checks', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera is blinking red');
    expect(chat.heard).toMatch(/quick checks/i);
    expect(chat.buttons).toEqual(expect.arrayContaining(['Fast blinking', 'Slow blinking']));
  });

  it('"the light keeps flashing" starts the diagnosis too, without naming the device', async () => {
    const chat = new Chat(channel);
    await chat.says('the light keeps flashing');
    expect(chat.heard).toMatch(/quick checks/i);
  });

  it('something that is not about the device gets the menu, not a diagnosis', async () => {
    const chat = new Chat(channel);
    await chat.says('what is the weather like');
    expect(chat.heard).not.toMatch(/quick checks/i);
    expect(chat.buttons).toEqual(expect.arrayContaining(['Fix a red light', 'Common questions']));
  });

  it('a description that ends in a question starts the diagnosis from what it said, answering on the way', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut, can you help?');
    expect(chat.heard).toMatch(/Restart things in order/);
    expect(chat.step).toMatchObject({ id: 'power-cycle', index: 1 });
    const kase = await chat.case();
    expect(kase?.evidence).toMatchObject({ pattern: 'rapid', events: ['power-outage'] });
  });

  it('a description that says nothing changed goes straight to the steps, without asking what changed', async () => {
    const chat = new Chat(channel);
    await chat.says('my C100 blinks red fast since yesterday, nothing changed');
    expect(chat.heard).not.toMatch(/Did anything change/);
    expect(chat.heard).toMatch(/Recent changes: none/i);
    expect(chat.step?.index).toBe(1);
    expect((await chat.case())?.evidence).toMatchObject({ pattern: 'rapid', model: 'C100', events: [], askedEvents: true });
  });

  it('"did anything change?" in a description is a question, so the bot still asks what changed', async () => {
    const chat = new Chat(channel);
    await chat.says('my C100 blinks red fast, could a change have caused it?');
    expect(chat.heard).toMatch(/Did anything change/);
  });

  it('a danger at the end of a long story still stops the flow', async () => {
    const chat = new Chat(channel);
    const story = [
      'My C200 blinks red fast since the power cut last night.',
      ...Array.from({ length: 16 }, (_, i) => `I tried a few things this morning, attempt ${i + 1} did not change anything at all.`),
      'Also the adapter now smells like burning plastic.',
    ].join(' ');
    expect(story.length).toBeGreaterThan(1200);
    await chat.says(story);
    expect(chat.heard).toMatch(/unplug/i);
    expect(chat.steps.map((s) => s.id)).not.toContain('power-cycle');
    expect((await chat.case())?.escalation?.reason).toBe('safety');
  });

  it('a vague description typed at the welcome menu starts the diagnosis', async () => {
    const chat = new Chat(channel);
    await chat.opens();
    await chat.says('my camera light is blinking red');
    expect(chat.heard).toMatch(/quick checks/i);
  });

  it('a greeting at the menu shows the menu again without a complaint', async () => {
    const chat = new Chat(channel);
    await chat.opens();
    expect(chat.buttons).toEqual(expect.arrayContaining(['Fix a red light', 'Common questions']));
    await chat.says('hi');
    expect(chat.heard).not.toMatch(/didn't quite follow/i);
    expect(chat.buttons).toEqual(expect.arrayContaining(['Fix a red light', 'Common questions']));
  });
});

describe('on telegram: opening the bot', () => {
  it('"/start" is a greeting: the welcome, not a restart, and a second one shows the question again in full', async () => {
    const chat = new Chat('telegram');
    await chat.says('/start');
    expect(chat.heard).toMatch(/Tapo light helper/);
    expect(chat.heard).not.toMatch(/start again/i);
    await chat.says('/start');
    expect(chat.heard).toMatch(/Tapo light helper/);
  });

  it('the bot itself joining is not welcomed; the person joining is', async () => {
    const chat = new Chat('telegram');
    await chat.receives({ type: 'conversationUpdate', membersAdded: [{ id: 'bot', name: 'Bot' }], recipient: { id: 'bot', name: 'Bot' } });
    expect(chat.replies).toEqual([]);
    await chat.opens();
    expect(chat.heard).toMatch(/Tapo light helper/);
  });
});
