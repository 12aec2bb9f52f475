import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { Config } from './config';
import type { Logger } from './logger';

/** Who sent a request, as Bot Framework authentication established it. */
export type Authenticated = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;

/**
 * CloudAdapter with its two halves apart: authenticate a request first (so that the server can
 * answer 401 or 503 itself, before anything about the request is remembered), then run the turn.
 * `CloudAdapter.process` does both and answers 500 to whatever it does not expect.
 */
export class SupportAdapter extends CloudAdapter {
  authenticate(activity: Activity, authHeader: string): Promise<Authenticated> {
    return this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
  }

  runAuthenticated(
    who: Authenticated,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(who, activity, logic);
  }
}

/**
 * The Bot Framework adapter. A failed turn is logged and apologised for; the conversation state is
 * not saved for that turn, so the user stays on the step they were on.
 */
export function createAdapter(config: Config, log: Logger, apology: string): SupportAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication(config.botAuth as Record<string, string>);
  const adapter = new SupportAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    log.error({ err: error, conversation: context.activity.conversation?.id }, 'turn failed');
    try {
      await context.sendActivity(apology);
    } catch (sendError) {
      log.warn({ err: (sendError as Error).message, conversation: context.activity.conversation?.id }, 'could not apologise for the failed turn');
    }
  };
  return adapter;
}
