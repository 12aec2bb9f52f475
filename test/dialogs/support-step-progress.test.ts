import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Chat, CHANNELS } from '../support/chat';

describe.each(CHANNELS)('on %s: handing over to support before the steps run out', (channel) => {
  it('after a safety stop on step 1, shows support as the next step, not "step 7 of 8"', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');
    expect(chat.step).toEqual({ id: 'power-cycle', index: 1, total: 8 });

    await chat.says('there is smoke coming from the adapter');
    expect(chat.heard).not.toMatch(/Step \d of \d/);
    expect(chat.heard).toMatch(/Contact TP-Link support/);
    // The plan is now the step tried, support, and covering the gap.
    expect(chat.step).toEqual({ id: 'contact-support', index: 2, total: 3 });
  });

  it('on "talk to a person" says it hands over, instead of telling the user to contact support', async () => {
    const chat = new Chat(channel);
    await chat.says('my camera blinks red fast after a power cut');
    await chat.says('talk to a person');
    expect(chat.heard).toMatch(/hand this over to TP-Link support/);
    expect(chat.heard).not.toMatch(/Get in touch with TP-Link support/);
    expect(chat.heard).toMatch(/Which model is it/);
    expect(chat.step).toEqual({ id: 'contact-support', index: 2, total: 3 });

    await chat.says('C200');
    await chat.says('Not sure');
    await chat.says('Not sure');
    await chat.says('Skip');
    // No helpdesk is set up here: the summary is kept, and the user is told how to reach a person.
    expect(chat.heard).toMatch(/saved this summary under its reference number/);
    expect(chat.heard).not.toMatch(/passed it to support/);
    expect(chat.heard).toMatch(/Cover the gap/);
    expect(chat.heard).not.toMatch(/Step \d of \d/);
    expect(chat.step).toEqual({ id: 'plan-redundancy', index: 3, total: 3 });
  });

  it('says "not asked" for recent changes when the question never came up', async () => {
    const chat = new Chat(channel);
    await chat.says('talk to a person');
    await chat.says('C200');
    await chat.says('Not sure');
    await chat.says('Not sure');
    await chat.says('Not sure');
    await chat.says('Skip');
    const summary = chat.replies.map((r) => r.text ?? '').join('\n');
    expect(summary).toMatch(/Recent changes: not asked/);
    expect(summary).toMatch(/Created: 2026-11-23 \d\d:\d\d UTC/);
  });

  it('with a helpdesk set up, says the summary has gone to support', async () => {
    const received: string[] = [];
    const helpdesk = createServer((req, res) => {
      req.on('data', (chunk: Buffer) => received.push(chunk.toString()));
      req.on('end', () => {
        res.statusCode = 200;
        res.end();
      });
    });
    await new Promise<void>((resolve) => helpdesk.listen(0, '127.0.0.1', resolve));
    try {
      const chat = new Chat(channel, undefined, `http://127.0.0.1:${(helpdesk.address() as AddressInfo).port}/summaries`);
      await chat.says('talk to a person');
      for (const answer of ['C200', 'Not sure', 'Not sure', 'Not sure', 'Skip']) await chat.says(answer);
      expect(chat.heard).toMatch(/passed it to support/);
      await chat.support.drain();
      expect(received.join('')).toContain('"model":"C200"');
    } finally {
      await new Promise((resolve) => helpdesk.close(resolve));
    }
  });
});
