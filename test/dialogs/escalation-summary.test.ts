import type { Storage } from 'botbuilder';
import { Chat, CHANNELS } from '../support/chat';
import { summaryKey } from '../../src/support/SupportDesk';

async function storedSummary(storage: Storage, id: string) {
  const key = summaryKey(id);
  return (await storage.read([key]))[key];
}

describe.each(CHANNELS)('on %s: nothing helps, so support gets a full summary', (channel) => {
  it('walks every step, collects the details and shows and stores the summary', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');
    const total = chat.step.total;
    expect(total).toBe(8);

    for (let index = 1; index <= 6; index++) {
      expect(chat.step).toMatchObject({ index, total });
      await chat.says(index === 3 ? 'Already tried this' : 'Still blinking red');
    }

    expect(chat.step).toEqual({ id: 'contact-support', index: 7, total: 8 });
    expect(chat.heard).toMatch(/still red/i);
    expect(chat.heard).toMatch(/Which model is it/);

    await chat.says('C200');
    expect(chat.heard).toMatch(/serial number/i);
    await chat.says('Y21C4A001234');
    expect(chat.heard).toMatch(/firmware version/i);
    await chat.says('1.3.9 Build 230315 Rel.59017n');
    expect(chat.heard).toMatch(/photo/i);

    await chat.sendsPhoto('red-light.jpg');
    const summary = chat.heard;
    expect(summary).toMatch(/Support summary [0-9A-F]{8}/);
    expect(summary).toMatch(/Plug-in camera C200/);
    expect(summary).toMatch(/Y21C4A001234/);
    expect(summary).toMatch(/1\.3\.9 Build 230315/);
    expect(summary).toMatch(/Fast blinking|Rapid|fast/i);
    expect(summary).toMatch(/Power cut/);
    expect(summary).toMatch(/already tried before/);
    const summaryText = chat.replies.map((r) => r.text ?? '').join('\n');
    expect(summaryText.match(/still blinking red \(2026-11-23 \d\d:\d\d UTC\)/g)).toHaveLength(5);
    expect(summary).toMatch(/red-light\.jpg/);
    if (channel !== 'test') {
      expect(chat.replies.some((r) => r.attachments?.[0]?.contentType === 'application/vnd.microsoft.card.adaptive')).toBe(true);
    }
    expect(chat.step).toEqual({ id: 'plan-redundancy', index: 8, total: 8 });

    const kase = await chat.case();
    const id = kase!.escalation!.summaryId!;
    const stored = await storedSummary(chat.storage, id);
    expect(stored.summary).toMatchObject({
      id,
      reason: 'steps-exhausted',
      device: { model: 'C200', serial: 'Y21C4A001234' },
    });
    expect(stored.summary.steps).toHaveLength(6);
  });

  it('asks for a person at any time and skips what it already knows', async () => {
    const chat = new Chat(channel);
    await chat.says('my H100 hub is blinking red slowly');
    await chat.says('I want to talk to a human');
    expect(chat.step).toMatchObject({ id: 'contact-support' });
    expect(chat.heard).not.toMatch(/Which model is it/);
    expect(chat.heard).toMatch(/serial number/i);
  });

  it("keeps a vague first message as the customer's words, not the answer to the pattern question", async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red');
    await chat.says('fast, and nothing changed recently');
    await chat.says('talk to a person');
    for (const answer of ['C200', 'Not sure', 'Not sure', 'Skip']) await chat.says(answer);
    expect(chat.heard).toMatch(/Customer's words: "my camera blinks red"/);
    expect(chat.heard).toMatch(/Light pattern: Rapid red blinking/);
  });

  it('asked for a person again after the summary went out, points to it instead of filing a second', async () => {
    const chat = new Chat(channel);
    await chat.says('talk to a person');
    for (const answer of ['Not sure', 'Not sure', 'Not sure', 'Not sure', 'Skip']) await chat.says(answer);
    const first = (await chat.case())?.escalation?.summaryId;
    expect(first).toMatch(/^[0-9A-F]{8}$/);

    await chat.says('talk to a person');
    expect(chat.heard).toContain(first!);
    expect(chat.heard).toMatch(/already with TP-Link support/);
    expect((await chat.case())?.escalation?.summaryId).toBe(first);
  });
});
