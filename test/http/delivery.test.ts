import { freePort } from '../support/azurite';
import { messageActivity, post, startBot, type RunningBot } from '../support/botServer';
import { SlowChannel } from './slowChannel';

const DESCRIBE = 'my camera blinks red fast after a power cut';
const STILL = 'Still blinking red';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('one instance: redelivery and overlapping turns of one conversation', () => {
  let bot: RunningBot;
  const channel = new SlowChannel(60);
  let serviceUrl: string;

  beforeAll(async () => {
    serviceUrl = await channel.start();
    bot = await startBot();
  });
  afterAll(async () => {
    await bot.stop();
    await channel.stop();
  });

  /** A conversation on step 1, and how many replies that first turn took. */
  async function onStepOne(conversation: string): Promise<number> {
    expect((await post(bot.url, messageActivity(serviceUrl, conversation, DESCRIBE))).status).toBe(200);
    const replies = await channel.settle(conversation, 1);
    expect(channel.steps(conversation)).toEqual([1]);
    return replies.length;
  }

  it('handles an activity delivered again after it was answered once', async () => {
    const conversation = 'redelivered-later';
    await onStepOne(conversation);
    const still = messageActivity(serviceUrl, conversation, STILL);
    expect((await post(bot.url, still)).status).toBe(200);
    const once = (await channel.settle(conversation, 2)).length;

    const again = await post(bot.url, still);
    expect(again.status).toBe(200);
    await pause(400);
    expect(channel.to(conversation)).toHaveLength(once);
    expect(channel.steps(conversation)).toEqual([1, 2]);
  });

  it('handles a duplicate that arrives while the first delivery is still being answered once', async () => {
    const reference = 'duplicate-reference';
    const conversation = 'duplicate-overlapping';
    const expected = await onStepOne(reference);

    const first = messageActivity(serviceUrl, conversation, DESCRIBE);
    const responses = await Promise.all([post(bot.url, first), pause(20).then(() => post(bot.url, first))]);
    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    await channel.settle(conversation, expected);
    expect(channel.to(conversation)).toHaveLength(expected);
    expect(channel.steps(conversation)).toEqual([1]);
  });

  it('runs overlapping turns of one conversation one after another, in arrival order', async () => {
    const conversation = 'overlapping-turns';
    await onStepOne(conversation);
    const before = channel.to(conversation).length;

    // Each turn waits on the slow channel; the next messages arrive while it runs.
    const sent = [0, 1, 2, 3, 4].map((i) => messageActivity(serviceUrl, conversation, STILL, { id: `overlap-${i}` }));
    const responses = await Promise.all(sent.map((activity, i) => pause(i * 25).then(() => post(bot.url, activity))));
    expect(responses.every((r) => r.status === 200)).toBe(true);
    await channel.settle(conversation, before + 5);

    const later = channel.to(conversation).slice(before);
    // Replies come turn by turn (never interleaved) and in the order the messages arrived.
    const turnOrder = later.map((r) => r.replyToId).filter((id, i, all) => i === 0 || all[i - 1] !== id);
    expect(turnOrder).toEqual(sent.map((a) => a.id));
    // Each turn saw the state the previous one saved: one step further every time.
    expect(channel.steps(conversation)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('keeps the user on their step when the replies of a turn could not be delivered, and takes that message again', async () => {
    const conversation = 'undeliverable';
    await onStepOne(conversation);
    const nobody = `http://127.0.0.1:${await freePort()}`;
    const lost = messageActivity(nobody, conversation, STILL);
    expect((await post(bot.url, lost)).status).toBe(200);
    expect(channel.steps(conversation)).toEqual([1]);

    // The channel delivers the same message again, this time with a service that answers.
    expect((await post(bot.url, { ...lost, serviceUrl })).status).toBe(200);
    await channel.settle(conversation, 2);
    expect(channel.steps(conversation)).toEqual([1, 2]);
  });

  it('keeps the conversations of other users apart while one conversation is busy', async () => {
    const busy = 'busy-conversation';
    const other = 'quiet-conversation';
    await onStepOne(busy);
    const flood = [0, 1, 2].map((i) => post(bot.url, messageActivity(serviceUrl, busy, STILL, { id: `busy-${i}` })));
    const started = Date.now();
    expect((await post(bot.url, messageActivity(serviceUrl, other, DESCRIBE))).status).toBe(200);
    // The other conversation did not queue behind the busy one's three turns.
    expect(Date.now() - started).toBeLessThan(3 * 2 * 60 + 400);
    await Promise.all(flood);
    expect(channel.steps(other)).toEqual([1]);
  });
});
