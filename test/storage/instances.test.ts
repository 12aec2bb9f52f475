import type { StoreItem, StoreItems } from 'botbuilder';
import { VersionedBlobsStorage } from '../../src/storage';
import { startAzurite, type Azurite } from '../support/azurite';
import { messageActivity, post, startBot, type RunningBot } from '../support/botServer';
import { SlowChannel } from '../http/slowChannel';

const DESCRIBE = 'my camera blinks red fast after a power cut';
const STILL = 'Still blinking red';
const CONTAINER = 'two-instances';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Real blob storage whose writes start after a pause: a turn then holds the conversation's state
 * for a while between reading and saving it, so that turns on two instances really overlap.
 */
class SlowWritingBlobs extends VersionedBlobsStorage {
  override async write(changes: StoreItems): Promise<void> {
    await pause(80);
    return super.write(changes);
  }
  override async writeIfUnchanged(key: string, item: StoreItem, eTag: string | undefined): Promise<string> {
    await pause(80);
    return super.writeIfUnchanged(key, item, eTag);
  }
}

/** Two instances of the bot, each with its own storage client, queue and caches, sharing one Azurite container. */
describe('two instances sharing blob storage', () => {
  let azurite: Azurite;
  let a: RunningBot;
  let b: RunningBot;
  const channel = new SlowChannel(60);
  let serviceUrl: string;

  beforeAll(async () => {
    [azurite, serviceUrl] = await Promise.all([startAzurite(), channel.start()]);
    a = await startBot({}, new SlowWritingBlobs(azurite.connectionString, CONTAINER));
    b = await startBot({}, new SlowWritingBlobs(azurite.connectionString, CONTAINER));
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await channel.stop();
    await azurite?.stop();
  });

  async function storedStep(conversation: string): Promise<number | undefined> {
    const key = `webchat/conversations/${conversation}/`;
    const state = (await new VersionedBlobsStorage(azurite.connectionString, CONTAINER).read([key]))[key];
    return typeof state?.case?.index === 'number' ? state.case.index + 1 : undefined;
  }

  it('carries one conversation turn by turn, each turn on the other instance', async () => {
    const conversation = 'alternating';
    expect((await post(a.url, messageActivity(serviceUrl, conversation, DESCRIBE))).status).toBe(200);
    await channel.settle(conversation, 1);
    for (const [i, instance] of [b, a, b, a].entries()) {
      expect((await post(instance.url, messageActivity(serviceUrl, conversation, STILL))).status).toBe(200);
      await channel.settle(conversation, channel.to(conversation).length, { quietMs: 100 });
      expect(channel.steps(conversation).at(-1)).toBe(i + 2);
    }
    expect(channel.steps(conversation)).toEqual([1, 2, 3, 4, 5]);
  });

  it('never lets overlapping turns on two instances overwrite each other', async () => {
    const conversation = 'overlapping-on-two';
    expect((await post(a.url, messageActivity(serviceUrl, conversation, DESCRIBE))).status).toBe(200);
    await channel.settle(conversation, 1);
    const before = channel.to(conversation).length;

    // Four answers at once, two to each instance: their turns overlap. With last-writer-wins
    // state two of them would both move the plan from step k to k+1.
    const instances = [a, b, a, b];
    const responses = await Promise.all(
      instances.map((instance, i) => post(instance.url, messageActivity(serviceUrl, conversation, STILL, { id: `two-${i}` }))),
    );
    expect(responses.every((r) => r.status === 200)).toBe(true);
    await channel.settle(conversation, before + 4);

    // Every answer moved the plan on by exactly one step: none lost, none applied twice.
    expect(channel.steps(conversation).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5]);
    const answered = new Set(channel.to(conversation).slice(before).map((r) => r.replyToId));
    expect([...answered].sort()).toEqual(['two-0', 'two-1', 'two-2', 'two-3']);
  });

  it('handles one activity delivered to both instances at once a single time, even as the first of a conversation', async () => {
    const reference = 'both-reference';
    await post(a.url, messageActivity(serviceUrl, reference, DESCRIBE));
    const expected = (await channel.settle(reference, 1)).length;

    const conversation = 'both-at-once';
    const first = messageActivity(serviceUrl, conversation, DESCRIBE);
    const responses = await Promise.all([post(a.url, first), post(b.url, first)]);
    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    await channel.settle(conversation, expected, { quietMs: 600 });
    expect(channel.to(conversation)).toHaveLength(expected);
    expect(channel.steps(conversation)).toEqual([1]);

    const still = messageActivity(serviceUrl, conversation, STILL);
    await Promise.all([post(b.url, still), post(a.url, still)]);
    await channel.settle(conversation, expected + 1, { quietMs: 600 });
    expect(channel.steps(conversation)).toEqual([1, 2]);
    expect(await storedStep(conversation)).toBe(2);
  });
});
