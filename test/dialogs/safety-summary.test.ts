import { summaryKey } from '../../src/support/SupportDesk';
import { Chat, CHANNELS } from '../support/chat';

/** Skips every detail support asks for, up to and including the photo. */
async function skipDetails(chat: Chat) {
  for (let turn = 0; turn < 6 && !/Support summary/.test(chat.heard); turn++) {
    await chat.says(chat.buttons.includes('Skip') ? 'Skip' : 'Not sure');
  }
  expect(chat.heard).toMatch(/Support summary/);
}

const summaryOf = (chat: Chat) => chat.replies.map((r) => r.text ?? '').join('\n');

describe.each(CHANNELS)('on %s: a safety stop on a step', (channel) => {
  it('names the hazard in the user\'s words and records the step they were on', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');
    expect(chat.step).toMatchObject({ id: 'power-cycle', index: 1 });

    await chat.says('the adapter is really hot and i can smell burning plastic');
    expect(chat.heard).toMatch(/unplug/i);
    await skipDetails(chat);

    const summary = summaryOf(chat);
    expect(summary).toMatch(/Why: Possible safety hazard reported: "the adapter is really hot and i can smell burning plastic"/);
    expect(summary).toMatch(/Customer's words:[\s\S]*my camera blinks red fast after a power cut[\s\S]*burning plastic/);
    expect(summary).toMatch(/Restart the power: stopped here, handed to support \(2026-11-23 \d\d:\d\d UTC\)/);

    const kase = await chat.case();
    expect(kase?.history).toEqual([expect.objectContaining({ step: 'power-cycle', outcome: 'escalated' })]);
    expect(kase?.escalation).toMatchObject({ reason: 'safety', words: 'the adapter is really hot and i can smell burning plastic' });
    const key = summaryKey(kase!.escalation!.summaryId!);
    const stored = (await chat.storage.read([key]))[key];
    expect(stored.summary).toMatchObject({ safety: true, words: expect.stringMatching(/burning plastic/) });
  });

  it('tells support after which words the user was asked to check for a hazard', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');
    await chat.says('by the way the adapter feels a little warm');
    expect(chat.heard).toMatch(/safety check/i);
    await chat.says('talk to a person');
    await skipDetails(chat);

    const summary = summaryOf(chat);
    expect(summary).toMatch(/Asked to check for a hazard after: "by the way the adapter feels a little warm"/);
    expect(summary).toMatch(/Why: Customer asked for a person/);
  });

  it('keeps a danger mentioned while the details are gathered in the summary', async () => {
    const chat = new Chat(channel);
    await chat.says('talk to a person');
    await chat.says('C200');
    await chat.says('oh and now it is smoking');
    expect(chat.heard).toMatch(/unplug/i);
    await skipDetails(chat);

    const summary = summaryOf(chat);
    expect(summary).toMatch(/Safety concerns raised later: "oh and now it is smoking"/);
    expect(summary).toMatch(/Why: Customer asked for a person/);
  });
});
