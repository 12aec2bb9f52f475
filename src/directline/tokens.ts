import { randomBytes } from 'node:crypto';
import { z } from 'zod/v4';

/** What Direct Line answers to a token request, and all the page receives. */
export interface DirectLineToken {
  conversationId: string;
  token: string;
  expires_in: number;
}

const tokenResponse = z.object({
  conversationId: z.string().min(1).max(200),
  token: z.string().min(1).max(8_000),
  expires_in: z.number().int().positive(),
});

/** Direct Line refused or could not be reached; `status` is Direct Line's answer, if there was one. */
export class TokenExchangeError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'TokenExchangeError';
  }
}

export interface TokenRequest {
  /** Direct Line's service URL, e.g. https://directline.botframework.com/v3/directline. */
  domain: string;
  secret: string;
  trustedOrigins: string[];
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** A Direct Line user id: `dl_` and random, so that nobody can pose as another user. */
export function newDirectLineUserId(): string {
  return `dl_${randomBytes(16).toString('hex')}`;
}

/**
 * Exchanges the Direct Line secret for a token bound to a new random user (and to the trusted
 * origins, when there are any). The secret goes to Direct Line only.
 */
export async function generateToken({ domain, secret, trustedOrigins, timeoutMs = 10_000, ...options }: TokenRequest): Promise<DirectLineToken> {
  const body = { user: { id: newDirectLineUserId() }, ...(trustedOrigins.length > 0 ? { trustedOrigins } : {}) };
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(`${domain}/tokens/generate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new TokenExchangeError(`Direct Line could not be reached: ${(error as Error).message}`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new TokenExchangeError(`Direct Line refused the token request with ${response.status}`, response.status);
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new TokenExchangeError('Direct Line answered the token request with something other than JSON');
  }
  const parsed = tokenResponse.safeParse(json);
  if (!parsed.success) throw new TokenExchangeError('Direct Line answered the token request without a token');
  return { conversationId: parsed.data.conversationId, token: parsed.data.token, expires_in: parsed.data.expires_in };
}
