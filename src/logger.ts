import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

const CENSOR = '[redacted]';

/** Keys that hold secrets wherever they appear in a log line (two levels deep and in known places). */
const SECRET_KEYS = [
  'MicrosoftAppPassword',
  'password',
  'secret',
  'token',
  'authorization',
  'Authorization',
  'connectionString',
  'AZURE_STORAGE_CONNECTION_STRING',
  'DIRECT_LINE_SECRET',
];
const REDACT_PATHS = [
  ...SECRET_KEYS.flatMap((key) => [key, `*.${key}`]),
  'config.botAuth.MicrosoftAppPassword',
  'config.directLine.secret',
  'config.storage.connectionString',
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
];

/** Secrets spelled out inside free text: a Bearer token, a storage key or SAS signature, key=value pairs. */
const SECRET_PATTERNS: [RegExp, string][] = [
  [/\bBearer\s+[A-Za-z0-9\-._~+/]+=*/gi, `Bearer ${CENSOR}`],
  [/\b(AccountKey|SharedAccessSignature|SharedAccessKey|sig|password|pwd|secret|client_secret|token)=[^;&\s"']+/gi, `$1=${CENSOR}`],
];

export interface LoggerOptions {
  /** Where lines go (stdout by default); tests pass a stream to read them. */
  destination?: DestinationStream;
  /** Exact values (the app password, the Direct Line secret, the storage account key) scrubbed from any text. */
  secrets?: (string | undefined)[];
}

/** Replaces secrets found in free text (messages, error messages and stacks). */
export function scrubber(secrets: (string | undefined)[] = []): (text: string) => string {
  const known = secrets.filter((s): s is string => typeof s === 'string' && s.length >= 6);
  return (text: string) => {
    let out = text;
    for (const secret of known) out = out.split(secret).join(CENSOR);
    for (const [pattern, replacement] of SECRET_PATTERNS) out = out.replace(pattern, replacement);
    return out;
  };
}

/** The account key inside a storage connection string, so that it is scrubbed on its own too. */
export function accountKeyOf(connectionString: string | undefined): string | undefined {
  return /AccountKey=([^;]+)/i.exec(connectionString ?? '')?.[1];
}

/**
 * Structured logs; anything that can hold a secret is replaced before it is written: known keys
 * by path, known secret values and secret-looking text in messages and errors.
 */
export function createLogger(level: string, options: LoggerOptions = {}): Logger {
  const scrub = scrubber(options.secrets);
  const scrubError = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return typeof value === 'string' ? scrub(value) : value;
    const serialized = (value instanceof Error ? pino.stdSerializers.err(value) : { ...value }) as Record<string, unknown>;
    for (const field of ['message', 'stack']) {
      if (typeof serialized[field] === 'string') serialized[field] = scrub(serialized[field] as string);
    }
    return serialized;
  };
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: REDACT_PATHS, censor: CENSOR },
      serializers: { err: scrubError, error: scrubError },
      hooks: {
        logMethod(args, method) {
          const clean = args.map((arg: unknown) => (typeof arg === 'string' ? scrub(arg) : arg)) as Parameters<typeof method>;
          return method.apply(this, clean);
        },
      },
    },
    options.destination,
  );
}
