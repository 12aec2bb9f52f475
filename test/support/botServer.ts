import type { Storage } from 'botbuilder';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { VersionedMemoryStorage } from '../../src/storage';
import type { Logger } from '../../src/logger';
import { analyzer, content } from './content';
import { quietLog } from './quietLog';

export interface RunningBot {
  url: string;
  app: ReturnType<typeof createApp>;
  stop(): Promise<void>;
}

/** The real HTTP server with the real bot, on a free loopback port. */
export async function startBot(
  settings: Record<string, string> = {},
  storage: Storage = new VersionedMemoryStorage(),
  log: Logger = quietLog,
  /** A port of its own (a restart on the same address); a free one by default. */
  port = 0,
): Promise<RunningBot> {
  const config = loadConfig({ PORT: '0', ...settings });
  const app = createApp({ config, content: content(), analyzer: analyzer(), storage, log });
  await new Promise<void>((resolve) => app.server.listen(port, '127.0.0.1', resolve));
  const listening = (app.server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${listening}`,
    app,
    stop: () =>
      new Promise<void>((resolve) => {
        app.server.close(() => resolve());
        // A browser's idle keep-alive connections would hold the close up.
        app.server.server.closeIdleConnections();
      }),
  };
}

let sequence = 0;

/** A message activity as a channel would post it to /api/messages. */
export function messageActivity(serviceUrl: string, conversationId: string, text: string, extra: object = {}) {
  sequence += 1;
  return {
    type: 'message',
    id: `activity-${sequence}`,
    channelId: 'webchat',
    serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: 'user-1', name: 'User' },
    recipient: { id: 'bot', name: 'Bot' },
    conversation: { id: conversationId },
    text,
    ...extra,
  };
}

export async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
