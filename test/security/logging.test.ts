import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config';
import { accountKeyOf, createLogger, scrubber } from '../../src/logger';
import { AZURITE_KEY, azuriteConnectionString } from '../support/azurite';

const PASSWORD = 'Sup3r~Secret.App-Passw0rd';
const DL_SECRET = 'dl-secret-AbCdEf0123456789.xyz';
const CONNECTION = azuriteConnectionString(10000);
const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIn0.c2lnbmF0dXJl';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const log = createLogger('trace', { destination, secrets: [PASSWORD, DL_SECRET, CONNECTION, accountKeyOf(CONNECTION)] });
  return { log, text: () => lines.join('') };
}

describe('secrets never reach the logs', () => {
  it('redacts secret settings and headers wherever they are logged', () => {
    const { log, text } = capture();
    const config = loadConfig({
      MicrosoftAppId: '5f1c0e0b-8a4e-4c6e-9a57-2f3f5c1d9e01',
      MicrosoftAppPassword: PASSWORD,
      DIRECT_LINE_SECRET: DL_SECRET,
      STORAGE: 'blob',
      AZURE_STORAGE_CONNECTION_STRING: CONNECTION,
      AZURE_STORAGE_CONTAINER: 'state',
    });
    log.info({ config }, 'settings');
    log.info({ req: { headers: { authorization: `Bearer ${JWT}`, cookie: 'session=abc' } } }, 'request');
    log.warn({ headers: { authorization: `Bearer ${JWT}` }, token: JWT, secret: DL_SECRET, password: PASSWORD }, 'flat');
    log.info({ botAuth: config.botAuth, storage: config.storage, directLine: config.directLine }, 'parts');

    const written = text();
    for (const secret of [PASSWORD, DL_SECRET, AZURITE_KEY, JWT]) expect(written).not.toContain(secret);
    expect(written).toContain('[redacted]');
    expect(written).toContain('5f1c0e0b-8a4e-4c6e-9a57-2f3f5c1d9e01');
  });

  it('scrubs secrets out of messages, error messages and stacks', () => {
    const { log, text } = capture();
    const error = new Error(`request failed with Authorization: Bearer ${JWT} against ${CONNECTION}`);
    log.error({ err: error }, `could not use ${CONNECTION}`);
    log.error({ err: { message: `password=${PASSWORD}&x=1`, stack: `Error: ${DL_SECRET}\n    at somewhere` } }, 'plain object error');
    log.warn(`app password ${PASSWORD} rejected; sig=abcdef0123456789 in a SAS`);

    const written = text();
    for (const secret of [PASSWORD, DL_SECRET, AZURITE_KEY, JWT, 'abcdef0123456789']) expect(written).not.toContain(secret);
    expect(written).toMatch(/Bearer \[redacted\]/);
  });

  it('scrubs by pattern even without knowing the value', () => {
    const scrub = scrubber();
    expect(scrub(`Authorization: Bearer ${JWT}`)).toBe('Authorization: Bearer [redacted]');
    expect(scrub('AccountName=a;AccountKey=abc/def+==;EndpointSuffix=x')).toBe('AccountName=a;AccountKey=[redacted];EndpointSuffix=x');
    expect(scrub('https://x.blob.core.windows.net/c?sv=2020&sig=Zm9v%2Bbar')).toBe('https://x.blob.core.windows.net/c?sv=2020&sig=[redacted]');
  });
});
