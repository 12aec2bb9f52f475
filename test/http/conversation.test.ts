import { ChannelService } from '../support/channelService';
import { messageActivity, post, startBot, type RunningBot } from '../support/botServer';

describe('the real HTTP server', () => {
  let bot: RunningBot;
  const channel = new ChannelService();
  let serviceUrl: string;

  beforeAll(async () => {
    serviceUrl = await channel.start();
    bot = await startBot();
  });
  afterAll(async () => {
    await bot.stop();
    await channel.stop();
  });

  it('answers /healthz', async () => {
    const response = await fetch(`${bot.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('takes a message on /api/messages and posts the first step back to the channel', async () => {
    const conversation = 'http-conversation-1';
    const response = await post(bot.url, messageActivity(serviceUrl, conversation, 'my camera blinks red fast after a power cut'));
    expect(response.status).toBeLessThan(300);

    const replies = await channel.waitFor(conversation, 1);
    const step = replies.find((r) => r.channelData?.step);
    expect(step?.channelData?.step).toMatchObject({ index: 1 });
    expect(step?.text).toMatch(/Step 1 of \d+/);
    expect(replies.every((r) => r.replyToId !== undefined)).toBe(true);

    const before = channel.repliesTo(conversation).length;
    await post(bot.url, messageActivity(serviceUrl, conversation, 'Still blinking red'));
    const after = await channel.waitFor(conversation, before + 1);
    expect(after.at(-1)?.channelData?.step).toMatchObject({ index: 2 });
  });

  it('welcomes a user who opens the chat', async () => {
    const conversation = 'http-conversation-2';
    await post(bot.url, {
      ...messageActivity(serviceUrl, conversation, ''),
      type: 'conversationUpdate',
      text: undefined,
      membersAdded: [{ id: 'user-1' }],
    });
    const [welcome] = await channel.waitFor(conversation, 1);
    expect(welcome.text).toMatch(/Tapo light helper/);
  });
});
