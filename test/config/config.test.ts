import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';
import { DEFAULT_CONTENT_DIR } from '../../src/content/load';
import { runServerUntilExit, startServerProcess } from '../http/serverProcess';

const APP_ID = '5f1c0e0b-8a4e-4c6e-9a57-2f3f5c1d9e01';
const PASSWORD = 'never-echo-this-password-42';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('one validated config object', () => {
  it('has working defaults for a local try-out', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3978,
      host: '127.0.0.1',
      localMode: true,
      storage: { kind: 'memory' },
      contentDir: DEFAULT_CONTENT_DIR,
      rateLimits: { perIp: 300, perConversation: 120, exemptLoopback: true },
      trustProxy: false,
    });
    // An empty value in a .env file means "not set", not port 0 or an invalid choice.
    expect(loadConfig({ PORT: '', STORAGE: '', LOG_LEVEL: ' ' })).toMatchObject({ port: 3978, storage: { kind: 'memory' }, logLevel: 'info' });
  });

  it('listens on every interface only when registered or told so by HOST', () => {
    expect(loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: PASSWORD }).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '0.0.0.0' })).toMatchObject({ host: '0.0.0.0', localMode: true });
  });

  it.each([
    [{ PORT: 'eighty' }, /^PORT /],
    [{ PORT: '65536' }, /^PORT /],
    [{ STORAGE: 'disk' }, /^STORAGE /],
    [{ STORAGE: 'blob' }, /^AZURE_STORAGE_CONNECTION_STRING is required/],
    [{ STORAGE: 'blob', AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true;', AZURE_STORAGE_CONTAINER: 'Bad_Name' }, /^AZURE_STORAGE_CONTAINER /],
    [{ MicrosoftAppId: 'not-a-guid', MicrosoftAppPassword: PASSWORD }, /^MicrosoftAppId /],
    [{ MicrosoftAppId: APP_ID }, /^MicrosoftAppPassword is required/],
    [{ RATE_LIMIT_PER_IP: '-5' }, /^RATE_LIMIT_PER_IP /],
    [{ RATE_LIMIT_PER_CONVERSATION: 'lots' }, /^RATE_LIMIT_PER_CONVERSATION /],
    [{ RATE_LIMIT_EXEMPT_LOOPBACK: 'perhaps' }, /^RATE_LIMIT_EXEMPT_LOOPBACK must be true or false/],
    [{ TRUST_PROXY: '2' }, /^TRUST_PROXY /],
    [{ HOST: 'two words' }, /^HOST /],
    [{ SUPPORT_WEBHOOK_URL: 'ftp://helpdesk.example.com' }, /^SUPPORT_WEBHOOK_URL /],
  ])('names the setting that is wrong: %j', (env, message) => {
    const found = problems(env as Record<string, string>);
    expect(found.some((p) => message.test(p))).toBe(true);
    expect(found.join('\n')).not.toContain(PASSWORD);
  });
});

describe('a bad setting stops the start with a message naming it', () => {
  let brokenContent: string;
  beforeAll(() => {
    brokenContent = mkdtempSync(path.join(os.tmpdir(), 'content-'));
    cpSync(DEFAULT_CONTENT_DIR, brokenContent, { recursive: true });
    const flow = JSON.parse(readFileSync(path.join(brokenContent, 'flow.json'), 'utf8'));
    flow.steps[1].title = 42;
    writeFileSync(path.join(brokenContent, 'flow.json'), JSON.stringify(flow));
  });
  afterAll(() => rmSync(brokenContent, { recursive: true, force: true }));

  it('exits with status 1 and names the setting, the file or the port on stderr', async () => {
    const missing = path.join(os.tmpdir(), 'no-such-content-dir-for-the-bot');
    const [port, blob, guid, limit, content, nowhere] = await Promise.all([
      runServerUntilExit({ PORT: 'eighty' }),
      runServerUntilExit({ STORAGE: 'blob' }),
      runServerUntilExit({ MicrosoftAppId: 'not-a-guid', MicrosoftAppPassword: PASSWORD }),
      runServerUntilExit({ RATE_LIMIT_PER_CONVERSATION: '-1' }),
      runServerUntilExit({ CONTENT_DIR: brokenContent }),
      runServerUntilExit({ CONTENT_DIR: missing }),
    ]);
    for (const exit of [port, blob, guid, limit, content, nowhere]) expect(exit.code).toBe(1);
    expect(port.stderr).toMatch(/Invalid settings:\n\s+- PORT /);
    expect(blob.stderr).toMatch(/AZURE_STORAGE_CONNECTION_STRING is required when STORAGE=blob/);
    expect(blob.stderr).toMatch(/AZURE_STORAGE_CONTAINER is required when STORAGE=blob/);
    expect(guid.stderr).toMatch(/MicrosoftAppId must be/);
    expect(guid.stderr + guid.stdout).not.toContain(PASSWORD);
    expect(limit.stderr).toMatch(/RATE_LIMIT_PER_CONVERSATION /);
    expect(content.stderr).toContain(path.join(brokenContent, 'flow.json'));
    expect(content.stderr).toMatch(/steps\[1\]\.title: /);
    expect(nowhere.stderr).toContain(path.join(missing, 'flow.json'));
    expect(nowhere.stderr).toMatch(/cannot be read: ENOENT/);
    for (const exit of [port, blob, guid, limit, content, nowhere]) expect(exit.stderr).not.toMatch(/\n\s+at /);
  });

  it('says so when the port is taken', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = holder.address() as { port: number };
      const exit = await runServerUntilExit({ PORT: String(port) });
      expect(exit.code).toBe(1);
      expect(exit.stderr).toMatch(new RegExp(`Cannot listen on 127\\.0\\.0\\.1:${port}: EADDRINUSE`));
    } finally {
      holder.close();
    }
  });
});

describe('local mode', () => {
  it('listens on 127.0.0.1 unless HOST says otherwise, and warns either way', async () => {
    const [loopback, everywhere] = await Promise.all([startServerProcess({}), startServerProcess({ HOST: '0.0.0.0' })]);
    try {
      expect(loopback.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(loopback.logs()).toMatch(/running in local mode without Bot Framework authentication/);
      expect(loopback.logs()).not.toMatch(/non-loopback/);
      expect(everywhere.url).toMatch(/^http:\/\/0\.0\.0\.0:\d+$/);
      expect(everywhere.logs()).toMatch(/local mode on a non-loopback address/);
    } finally {
      await Promise.all([loopback.kill(), everywhere.kill()]);
    }
  });
});
