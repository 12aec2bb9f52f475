import pino from 'pino';

/** A real logger that writes nowhere, for tests that do not look at logs. */
export const quietLog = pino({ level: 'silent' });
