import { MAX_UNDERSTOOD_LENGTH } from '../../dialogs/turn';
import { ACTIVITY_LIMITS, BadActivity, cleanText, inspectShape, parseActivity } from '../../src/http/activity';
import { messageActivity } from '../support/botServer';

const activity = (extra: object = {}) => ({ ...messageActivity('https://smba.example.com/emea/', 'c-1', 'hello'), ...extra });

describe('what an incoming activity may be', () => {
  it('takes a channel activity, keeping fields it does not know and turning dates into Dates', () => {
    const parsed = parseActivity(activity({ channelData: { tenant: { id: 't' } }, timestamp: '2026-11-23T09:00:00.000Z', somethingNew: [1] }));
    expect(parsed.channelData).toEqual({ tenant: { id: 't' } });
    expect(parsed.timestamp).toBeInstanceOf(Date);
    expect((parsed as unknown as { rawTimestamp: string }).rawTimestamp).toBe('2026-11-23T09:00:00.000Z');
    expect((parsed as unknown as { somethingNew: number[] }).somethingNew).toEqual([1]);
  });

  it('cuts the text before anything reads it, server-side, beyond what understanding reads anyway', () => {
    const parsed = parseActivity(activity({ text: 'x'.repeat(200_000) }));
    expect(parsed.text).toHaveLength(ACTIVITY_LIMITS.maxTextLength);
    expect(ACTIVITY_LIMITS.maxTextLength).toBeGreaterThanOrEqual(MAX_UNDERSTOOD_LENGTH);
  });

  it('drops control characters and replaces lone surrogates', () => {
    expect(cleanText('a\u0000b\u0007c\u001b[0m\u007f\u0085d\n\te')).toBe('abc[0md\n\te');
    expect(cleanText('x\ud800y\udfffz😀')).toBe('x\ufffdy\ufffdz😀');
    // A cut through a surrogate pair leaves no half behind.
    expect(cleanText('ab😀', 3)).toBe('ab\ufffd');
  });

  it('refuses deep nesting, too many values and prototype-polluting keys without recursing', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(() => inspectShape({ value: deep })).toThrow(BadActivity);
    expect(() => inspectShape({ many: Array.from({ length: ACTIVITY_LIMITS.maxNodes }, (_, i) => i) })).toThrow(/more than/);
    expect(() => inspectShape(JSON.parse('{"a":{"__proto__":{"x":1}}}'))).toThrow(/__proto__/);
    expect(() => inspectShape({ constructor: { prototype: { x: 1 } } })).toThrow(/constructor/);
    expect(() => inspectShape({ constructor: 'a string is harmless' })).not.toThrow();
  });

  it.each([
    ['no type', { type: undefined }, /^type:/],
    ['a serviceUrl with credentials', { serviceUrl: 'https://user:pw@x.example/' }, /^serviceUrl:/],
    ['a file: serviceUrl', { serviceUrl: 'file:///etc/passwd' }, /^serviceUrl:/],
    ['thousands of attachments', { attachments: Array.from({ length: 2_000 }, () => ({ contentType: 'image/png' })) }, /^attachments:/],
    ['a conversation id that is a number', { conversation: { id: 42 } }, /^conversation\.id:/],
    ['a date that is not one', { timestamp: 'soon' }, /^timestamp: must be a date/],
    ['a mention that names nobody', { entities: [{ type: 'mention', text: '<at>x</at>' }] }, /^entities\.0\.mentioned\.id:/],
    ['a photo whose address is not text', { attachments: [{ contentType: 'image/png', contentUrl: { evil: 1 } }] }, /^attachments\.0\.contentUrl:/],
    ['an attachment name that is not text', { attachments: [{ contentType: 'image/png', name: 42 }] }, /^attachments\.0\.name:/],
  ])('says what is wrong with %s', (_name, change, message) => {
    expect(() => parseActivity(activity(change))).toThrow(message);
  });

  it('takes a Teams mention that names the bot', () => {
    const mention = { type: 'mention', text: '<at>Tapo</at>', mentioned: { id: 'bot', name: 'Tapo' } };
    expect(parseActivity(activity({ entities: [mention, { type: 'clientInfo', locale: 'en-GB' }] })).entities).toHaveLength(2);
  });

  it('refuses a body that is not an object', () => {
    for (const body of [null, 1, 'x', [], true, undefined]) expect(() => parseActivity(body)).toThrow('the body must be a JSON object');
  });
});
