import type { Storage } from 'botbuilder';
import { MainDialog } from '../dialogs/MainDialog';
import type { DialogServices } from '../dialogs/services';
import { createAdapter } from './adapter';
import { registerWebChat } from './directline';
import { SupportBot } from './bot';
import type { Config } from './config';
import type { Content } from './content/load';
import type { Case } from './diagnosis/case';
import type { Logger } from './logger';
import { analyzerInputFrom, createAnalyzer, type Analyzer } from './nlp';
import { createServer } from './server';
import { GuardedConversationState } from './state';
import { WebhookSupportDesk } from './support/SupportDesk';

export function analyzerFor(content: Content): Analyzer {
  return createAnalyzer(analyzerInputFrom(content));
}

export interface BotParts {
  content: Content;
  storage: Storage;
  log: Logger;
  supportWebhookUrl?: string;
  resumeAfterMs: number;
  now?: () => Date;
  /** Understanding trained elsewhere (tests share one); by default trained here from content. */
  analyzer?: Analyzer;
}

/** Content, understanding, dialogs and the bot, wired together; no network. */
export function createBot({ content, storage, log, supportWebhookUrl, resumeAfterMs, now = () => new Date(), ...parts }: BotParts) {
  const analyzer = parts.analyzer ?? analyzerFor(content);
  const conversationState = new GuardedConversationState(storage);
  const support = new WebhookSupportDesk(storage, log, { url: supportWebhookUrl });
  const services: DialogServices = {
    content,
    analyzer,
    caseState: conversationState.createProperty<Case | undefined>('case'),
    support,
    now,
  };
  const mainDialog = new MainDialog(services);
  const bot = new SupportBot(conversationState, services.caseState, mainDialog, {
    resumeAfterMs,
    now: () => now().getTime(),
    log,
  });
  return { bot, mainDialog, support, analyzer, services };
}

export interface AppParts {
  config: Config;
  content: Content;
  storage: Storage;
  log: Logger;
  now?: () => Date;
  /** Understanding trained elsewhere (tests share one); by default trained from content. */
  analyzer?: Analyzer;
}

/** The bot behind its adapter and HTTP server; starts nothing. */
export function createApp({ config, content, storage, log, now, analyzer }: AppParts) {
  const parts = createBot({
    content,
    storage,
    log,
    now,
    analyzer,
    supportWebhookUrl: config.supportWebhookUrl,
    resumeAfterMs: config.resumeAfterMs,
  });
  const adapter = createAdapter(config, log, content.messages.turnFailed);
  const server = createServer({ adapter, bot: parts.bot, log, config });
  const steps = content.flow.steps.map(({ id, title }) => ({ id, title }));
  registerWebChat(server, { config, adapter, bot: parts.bot, log, steps });
  return { ...parts, adapter, server };
}
