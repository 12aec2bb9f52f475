import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured logs; anything that can hold a secret is replaced before it is written. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: undefined,
    redact: {
      paths: [
        'MicrosoftAppPassword',
        '*.MicrosoftAppPassword',
        'config.botAuth.MicrosoftAppPassword',
        'config.directLine.secret',
        'config.storage.connectionString',
        'req.headers.authorization',
        'headers.authorization',
        'authorization',
        'token',
        '*.token',
        'secret',
        '*.secret',
        'connectionString',
        '*.connectionString',
      ],
      censor: '[redacted]',
    },
  });
}
