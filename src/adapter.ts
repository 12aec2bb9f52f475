import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import type { Config } from './config';
import type { Logger } from './logger';

/**
 * The Bot Framework adapter. A failed turn is logged and apologised for; the conversation state is
 * not saved for that turn, so the user stays on the step they were on.
 */
export function createAdapter(config: Config, log: Logger, apology: string): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication(config.botAuth as Record<string, string>);
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    log.error(
      { err: { message: error.message, stack: error.stack }, conversation: context.activity.conversation?.id },
      'turn failed',
    );
    try {
      await context.sendActivity(apology);
    } catch (sendError) {
      log.warn({ err: (sendError as Error).message }, 'could not apologise for the failed turn');
    }
  };
  return adapter;
}
