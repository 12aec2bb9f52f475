import { LocalConversations } from '../../src/directline/conversations';

describe('the local Direct Line keeps memory bounded', () => {
  it('keeps at most maxConversations, pushing out the one idle longest', () => {
    let now = 0;
    const store = new LocalConversations({ maxConversations: 3 }, () => now);
    const [a, b, c] = [store.create(), store.create(), store.create()];
    now += 1_000;
    expect(store.get(a.id)).toBe(a); // a is active again; b is now the longest idle
    const d = store.create();
    expect(store.size).toBe(3);
    expect(store.get(b.id)).toBeUndefined();
    for (const kept of [a, c, d]) expect(store.get(kept.id)).toBe(kept);
  });

  it('keeps the last maxActivities of a log, and watermarks keep counting', () => {
    const store = new LocalConversations({ maxActivities: 3 });
    const conversation = store.create();
    const ids = Array.from({ length: 5 }, (_, i) => store.append(conversation, { type: 'message', text: `m${i}` }).id);
    expect(new Set(ids).size).toBe(5);
    const all = store.since(conversation);
    expect(all.activities.map((a) => a.text)).toEqual(['m2', 'm3', 'm4']);
    expect(all.watermark).toBe('5');
    expect(store.since(conversation, 3).activities.map((a) => a.text)).toEqual(['m3', 'm4']);
    expect(store.since(conversation, 5).activities).toEqual([]);
    store.append(conversation, { type: 'message', text: 'm5' });
    expect(store.since(conversation, 5)).toEqual({ activities: [expect.objectContaining({ text: 'm5' })], watermark: '6' });
  });

  it('forgets a conversation nobody polled or wrote to for idleMs', () => {
    let now = 0;
    const store = new LocalConversations({ idleMs: 60_000 }, () => now);
    const quiet = store.create();
    const busy = store.create();
    now = 50_000;
    store.get(busy.id);
    now = 100_000;
    store.sweep();
    expect(store.size).toBe(1);
    expect(store.authorize(quiet.id, quiet.token)).toBe('unknown');
    expect(store.authorize(busy.id, busy.token)).toBe(busy);
  });

  it('opens a conversation only with its own token', () => {
    const store = new LocalConversations();
    const mine = store.create();
    const other = store.create();
    expect(store.authorize(mine.id, other.token)).toBe('forbidden');
    expect(store.authorize(mine.id, undefined)).toBe('forbidden');
    expect(store.authorize('../etc/passwd', mine.token)).toBe('unknown');
    expect(store.findByToken(mine.token)).toBe(mine);
    expect(store.findByToken('nope')).toBeUndefined();
  });
});
