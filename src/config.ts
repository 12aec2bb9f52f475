import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod/v4';
import { DEFAULT_CONTENT_DIR, formatPath } from './content/load';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** An empty value counts as unset, so `PORT=` in a .env file means the default, not port 0. */
const unsetIfEmpty = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const flag = (fallback: boolean) =>
  z.preprocess(
    unsetIfEmpty,
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], { message: 'must be true or false' })
      .transform((v) => ['true', '1', 'yes', 'on'].includes(v))
      .default(fallback),
  );

const whole = (fallback: number, min: number, max: number) =>
  z.preprocess(unsetIfEmpty, z.coerce.number().int().min(min).max(max).default(fallback));

const url = (kinds: string[]) =>
  optionalText.refine((v) => v === undefined || isUrl(v, kinds), { message: `must be an ${kinds.join(' or ')} URL` });

function isUrl(value: string, protocols: string[]): boolean {
  try {
    return protocols.includes(new URL(value).protocol.replace(':', ''));
  } catch {
    return false;
  }
}

/** Direct Line's service URL: https, or http on the loopback interface (a stand-in service in tests). */
function isDirectLineDomain(value: string): boolean {
  if (isUrl(value, ['https'])) return true;
  return isUrl(value, ['http']) && ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(value).hostname);
}

const settingsSchema = z
  .object({
    PORT: whole(3978, 0, 65535),
    HOST: optionalText.refine((v) => v === undefined || /^[A-Za-z0-9.:[\]-]{1,253}$/.test(v), {
      message: 'must be a host name or an IP address',
    }),
    MicrosoftAppType: z.preprocess(unsetIfEmpty, z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant')),
    MicrosoftAppId: optionalText.refine((v) => v === undefined || /^[0-9a-f-]{36}$/i.test(v), {
      message: 'must be the bot registration\'s application id (a GUID)',
    }),
    MicrosoftAppPassword: optionalText,
    MicrosoftAppTenantId: optionalText,
    STORAGE: z.preprocess(unsetIfEmpty, z.enum(['memory', 'blob']).default('memory')),
    AZURE_STORAGE_CONNECTION_STRING: optionalText,
    AZURE_STORAGE_CONTAINER: optionalText.refine((v) => v === undefined || /^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/.test(v), {
      message: 'must be a valid blob container name (3-63 lower-case letters, digits and single hyphens)',
    }),
    SUPPORT_WEBHOOK_URL: url(['http', 'https']),
    DIRECT_LINE_SECRET: optionalText,
    DIRECT_LINE_TRUSTED_ORIGINS: optionalText,
    DIRECT_LINE_DOMAIN: optionalText
      .refine((v) => v === undefined || isDirectLineDomain(v), {
        message: 'must be an https URL such as https://europe.directline.botframework.com/v3/directline (http only on loopback)',
      })
      .transform((v) => (v ?? 'https://directline.botframework.com/v3/directline').replace(/\/+$/, '')),
    CONTENT_DIR: optionalText,
    RATE_LIMIT_PER_IP: whole(300, 0, 1_000_000),
    RATE_LIMIT_PER_CONVERSATION: whole(120, 0, 1_000_000),
    RATE_LIMIT_EXEMPT_LOOPBACK: flag(true),
    TRUST_PROXY: flag(false),
    RESUME_AFTER_MINUTES: z.preprocess(unsetIfEmpty, z.coerce.number().min(1).max(60 * 24 * 30).default(30)),
    LOG_LEVEL: z.preprocess(unsetIfEmpty, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  })
  .superRefine((s, ctx) => {
    if (s.STORAGE === 'blob') {
      if (!s.AZURE_STORAGE_CONNECTION_STRING)
        ctx.addIssue({ code: 'custom', path: ['AZURE_STORAGE_CONNECTION_STRING'], message: 'is required when STORAGE=blob' });
      if (!s.AZURE_STORAGE_CONTAINER)
        ctx.addIssue({ code: 'custom', path: ['AZURE_STORAGE_CONTAINER'], message: 'is required when STORAGE=blob' });
    }
    if (s.MicrosoftAppId && !s.MicrosoftAppPassword && s.MicrosoftAppType !== 'UserAssignedMSI')
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'is required when MicrosoftAppId is set' });
    if (s.MicrosoftAppType === 'SingleTenant' && !s.MicrosoftAppTenantId)
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: 'is required when MicrosoftAppType=SingleTenant' });
  });

export interface Config {
  port: number;
  /** Where the server listens: loopback unless HOST says otherwise or the bot is registered. */
  host: string;
  /** True without MicrosoftAppId: no Bot Framework authentication, local Direct Line on. */
  localMode: boolean;
  /** Settings passed unchanged to ConfigurationBotFrameworkAuthentication. */
  botAuth: {
    MicrosoftAppType: string;
    MicrosoftAppId?: string;
    MicrosoftAppPassword?: string;
    MicrosoftAppTenantId?: string;
  };
  storage: { kind: 'memory' } | { kind: 'blob'; connectionString: string; container: string };
  supportWebhookUrl?: string;
  /** Where the content files are read from (CONTENT_DIR; the repository's content/ by default). */
  contentDir: string;
  /**
   * Requests per minute (also the burst) before 429. perIp counts every request in local mode and
   * only refused ones with authentication on (genuine traffic then comes from the Bot Connector's
   * few shared addresses); perConversation counts accepted activities. 0 turns a limit off.
   */
  rateLimits: { perIp: number; perConversation: number; exemptLoopback: boolean };
  /** Take the client address from X-Forwarded-For (behind App Service or another proxy). */
  trustProxy: boolean;
  /** The production chat page's Direct Line: secret (never sent to a browser), allowed origins, service URL. */
  directLine: { secret?: string; trustedOrigins: string[]; domain: string };
  resumeAfterMs: number;
  logLevel: string;
}

/** A setting that cannot be used; the message names it. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The only reader of environment variables. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = settingsSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${formatPath(i.path)} ${i.message}`));
  }
  const s = parsed.data;
  const localMode = s.MicrosoftAppId === undefined;
  return {
    port: s.PORT,
    host: s.HOST ?? (localMode ? '127.0.0.1' : '0.0.0.0'),
    localMode,
    botAuth: {
      MicrosoftAppType: s.MicrosoftAppType,
      MicrosoftAppId: s.MicrosoftAppId,
      MicrosoftAppPassword: s.MicrosoftAppPassword,
      MicrosoftAppTenantId: s.MicrosoftAppTenantId,
    },
    storage:
      s.STORAGE === 'blob'
        ? { kind: 'blob', connectionString: s.AZURE_STORAGE_CONNECTION_STRING!, container: s.AZURE_STORAGE_CONTAINER! }
        : { kind: 'memory' },
    supportWebhookUrl: s.SUPPORT_WEBHOOK_URL,
    contentDir: s.CONTENT_DIR ? path.resolve(s.CONTENT_DIR) : DEFAULT_CONTENT_DIR,
    rateLimits: {
      perIp: s.RATE_LIMIT_PER_IP,
      perConversation: s.RATE_LIMIT_PER_CONVERSATION,
      exemptLoopback: s.RATE_LIMIT_EXEMPT_LOOPBACK,
    },
    trustProxy: s.TRUST_PROXY,
    directLine: {
      secret: s.DIRECT_LINE_SECRET,
      trustedOrigins: (s.DIRECT_LINE_TRUSTED_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
      domain: s.DIRECT_LINE_DOMAIN,
    },
    resumeAfterMs: s.RESUME_AFTER_MINUTES * 60_000,
    logLevel: s.LOG_LEVEL,
  };
}

/** Loads a .env file from the working directory into process.env, if there is one. */
export function loadDotEnv(file = path.resolve('.env')): void {
  if (existsSync(file)) process.loadEnvFile(file);
}
