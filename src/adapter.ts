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
type ConnectorFactory = NonNullable<Authenticated['connectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;
type ClaimsIdentity = Authenticated['claimsIdentity'];
type UserTokenClient = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>>;

/** Clients kept at most; past that the least recently used goes, so strangers' URLs cannot pile up. */
const MAX_CLIENTS = 64;

/** A small least-recently-used map of clients being made or made; a failed make is forgotten. */
class ClientCache<T> {
  private readonly clients = new Map<string, Promise<T>>();

  get(key: string, make: () => Promise<T>): Promise<T> {
    let client = this.clients.get(key);
    if (client) {
      this.clients.delete(key);
    } else {
      client = make();
      client.catch(() => {
        if (this.clients.get(key) === client) this.clients.delete(key);
      });
    }
    this.clients.set(key, client);
    if (this.clients.size > MAX_CLIENTS) this.clients.delete(this.clients.keys().next().value!);
    return client;
  }
}

/** The claims that decide which app's credentials a client carries (v1 tokens: appid, v2: azp). */
function identityKey(identity: ClaimsIdentity): string {
  return ['ver', 'appid', 'azp'].map((type) => identity.getClaimValue(type) ?? '').join('|');
}

/**
 * Bot Framework authentication that reuses its outgoing clients. The SDK builds a new
 * ConnectorClient and UserTokenClient, each with its own HTTP pipeline, for every turn: that costs
 * more than sending the reply itself. Clients carry only the bot's own credentials (with their
 * token cache), so one per identity, service URL and audience serves every conversation there.
 */
class ReusingAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new ClientCache<ConnectorClient>();
  private readonly userTokens = new ClientCache<UserTokenClient>();

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<Authenticated> {
    const result = await super.authenticateRequest(activity, authHeader);
    return result.connectorFactory ? { ...result, connectorFactory: this.reusing(result.claimsIdentity, result.connectorFactory) } : result;
  }

  override createConnectorFactory(identity: ClaimsIdentity): ConnectorFactory {
    return this.reusing(identity, super.createConnectorFactory(identity));
  }

  override createUserTokenClient(identity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.userTokens.get(identityKey(identity), () => super.createUserTokenClient(identity));
  }

  private reusing(identity: ClaimsIdentity, factory: ConnectorFactory): ConnectorFactory {
    const who = identityKey(identity);
    return {
      create: (serviceUrl: string, audience?: string) =>
        this.connectors.get(`${who} ${serviceUrl} ${audience ?? ''}`, () => factory.create(serviceUrl, audience)),
    };
  }
}

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
  const auth = new ReusingAuthentication(config.botAuth as Record<string, string>);
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
