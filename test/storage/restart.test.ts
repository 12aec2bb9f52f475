import { startAzurite, type Azurite } from '../support/azurite';
import { messageActivity, post } from '../support/botServer';
import { SlowChannel } from '../http/slowChannel';
import { startServerProcess, type ServerProcess } from '../http/serverProcess';

const DESCRIBE = 'my camera blinks red fast after a power cut';
const STILL = 'Still blinking red';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The server as separate processes (src/index.ts) on blob storage in Azurite. */
describe('state in blob storage survives the process', () => {
  let azurite: Azurite;
  const channel = new SlowChannel(5);
  let serviceUrl: string;
  const running: ServerProcess[] = [];

  async function start(): Promise<ServerProcess> {
    const server = await startServerProcess({
      STORAGE: 'blob',
      AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
      // A fresh container on a fresh Azurite: the server creates it.
      AZURE_STORAGE_CONTAINER: 'restart-state',
    });
    running.push(server);
    return server;
  }

  async function say(server: ServerProcess, conversation: string, text: string, extra: object = {}) {
    const activity = messageActivity(serviceUrl, conversation, text, extra);
    const before = channel.to(conversation).length;
    const response = await post(server.url, activity);
    expect(response.status).toBe(200);
    await channel.settle(conversation, before + 1, { quietMs: 150 });
    return activity;
  }

  beforeAll(async () => {
    [azurite, serviceUrl] = await Promise.all([startAzurite(), channel.start()]);
  });
  afterAll(async () => {
    await Promise.all(running.map((server) => server.kill()));
    await channel.stop();
    await azurite?.stop();
  });

  it('resumes at the same step after the process is killed with SIGKILL, and later shares the conversation with a second process', async () => {
    const conversation = 'survives-sigkill';
    const first = await start();
    expect(first.logs()).toMatch(/conversation state in Azure Blob Storage/);
    await say(first, conversation, DESCRIBE);
    const answered = await say(first, conversation, STILL);
    expect(channel.steps(conversation)).toEqual([1, 2]);

    await first.kill('SIGKILL');
    const second = await start();

    // The channel redelivers the last message (it never heard back, say): still handled once.
    const repliesBefore = channel.to(conversation).length;
    expect((await post(second.url, answered)).status).toBe(200);
    await pause(300);
    expect(channel.to(conversation)).toHaveLength(repliesBefore);

    // The user carries on from step 2, as if nothing happened.
    await say(second, conversation, STILL);
    expect(channel.steps(conversation)).toEqual([1, 2, 3]);

    // A second instance joins; the conversation goes back and forth between them.
    const third = await start();
    await say(third, conversation, STILL);
    await say(second, conversation, STILL);
    await say(third, conversation, STILL);
    expect(channel.steps(conversation)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
