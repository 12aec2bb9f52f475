import { Chat, CHANNELS } from '../support/chat';

/** Fixed on step 1: the bot asks how helpful it was. */
async function fixed(chat: Chat) {
  await chat.says('my camera blinks red fast after a power cut');
  await chat.says('Fixed it');
  expect(chat.heard).toMatch(/how helpful was this/i);
}

describe.each(CHANNELS)('on %s: the rating at the end', (channel) => {
  it.each([
    ['five', 5],
    ['4 stars', 4],
    ['4/5', 4],
    ['I would say 3 out of 5', 3],
    ['2', 2],
  ])('takes "%s" as %d', async (said, rating) => {
    const chat = new Chat(channel);
    await fixed(chat);
    await chat.says(said);
    expect(chat.heard).toMatch(/Thanks for the feedback/);
    expect((await chat.case())?.rating).toBe(rating);
  });

  it.each(['10', '0'])('asks again, naming the scale, when the rating is %s', async (said) => {
    const chat = new Chat(channel);
    await fixed(chat);
    await chat.says(said);
    expect(chat.heard).toMatch(/1 \(not at all\) to 5/);
    expect(chat.heard).not.toMatch(/Thanks for the feedback/);
    expect(chat.buttons).toEqual(['1', '2', '3', '4', '5']);
    expect((await chat.case())?.rating).toBeUndefined();

    await chat.says('4');
    expect(chat.heard).toMatch(/Thanks for the feedback/);
    expect((await chat.case())?.rating).toBe(4);
  });

  it('asks for a number from 1 to 5 when the answer holds none, and lets a second miss go', async () => {
    const chat = new Chat(channel);
    await fixed(chat);
    await chat.says('pretty good');
    expect(chat.heard).toMatch(/1 \(not at all\) to 5/);
    expect(chat.heard).not.toMatch(/didn't quite follow/);

    await chat.says('meh');
    expect(chat.heard).toMatch(/Thanks for the feedback/);
    expect((await chat.case())?.rating).toBeUndefined();
  });

  it('after help at the rating question asks only the rating again, not the tips', async () => {
    const chat = new Chat(channel);
    await fixed(chat);
    expect(chat.heard).toMatch(/habits help keep it that way/);

    await chat.says('help');
    expect(chat.heard).toMatch(/how helpful was this/i);
    expect(chat.heard).not.toMatch(/habits help keep it that way/);
    await chat.says('5');
    expect((await chat.case())?.rating).toBe(5);
  });

  it('takes a relapse typed at the rating question as the problem back, and starts again from it', async () => {
    const chat = new Chat(channel);
    await fixed(chat);
    await chat.says('oh no it is blinking red fast again');
    expect(chat.heard).not.toMatch(/rating|Thanks for the feedback/i);
    // The same camera as before: the device is known, so the next question is what changed.
    expect(chat.heard).toMatch(/Did anything change/);
    expect((await chat.case())?.evidence).toMatchObject({ pattern: 'rapid', device: 'camera', events: [] });
  });
});
