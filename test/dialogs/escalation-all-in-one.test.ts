import type { Storage } from 'botbuilder';
import { summaryKey } from '../../src/support/SupportDesk';
import { Chat, CHANNELS } from '../support/chat';

async function storedSummary(storage: Storage, id: string) {
  const key = summaryKey(id);
  return (await storage.read([key]))[key];
}

describe.each(CHANNELS)('on %s: one answer gives every detail support asks for', (channel) => {
  it('takes the model, serial and firmware from it and asks none of them again', async () => {
    const chat = new Chat(channel);
    await chat.says('talk to a person');
    expect(chat.heard).toMatch(/Which model is it/);

    await chat.says("It's a C310, serial 2231456789012, firmware 1.1.16 Build 230520");
    expect(chat.heard).not.toMatch(/serial number\?|firmware version\?/i);
    expect(chat.heard).toMatch(/describe the light/i);

    await chat.says('Fast blinking');
    expect(chat.heard).toMatch(/photo/i);
    await chat.says('Skip');

    const summary = chat.replies.map((r) => r.text ?? '').join('\n');
    expect(summary).toMatch(/Device: Plug-in camera C310/);
    expect(summary).toMatch(/Serial number: 2231456789012/);
    expect(summary).toMatch(/Firmware: 1\.1\.16 Build 230520/);
    expect(summary).toMatch(/Light pattern: Rapid red blinking/);

    const kase = await chat.case();
    const stored = await storedSummary(chat.storage, kase!.escalation!.summaryId!);
    expect(stored.summary.device).toEqual({
      kind: 'Plug-in camera',
      model: 'C310',
      serial: '2231456789012',
      firmware: '1.1.16 Build 230520',
    });
  });

  it('takes a serial number given with the firmware answer instead of asking for it later', async () => {
    const chat = new Chat(channel);
    await chat.says('my C200 blinks red slowly');
    await chat.says('talk to a person');
    expect(chat.heard).toMatch(/serial number/i);

    await chat.says('not sure of that, but the firmware is 1.3.9 Build 230315 and the S/N is Y21C4A001234');
    expect(chat.heard).not.toMatch(/firmware version/i);
    expect(chat.heard).toMatch(/photo/i);
    const kase = await chat.case();
    expect(kase?.evidence).toMatchObject({ model: 'C200', serial: 'Y21C4A001234', firmware: '1.3.9 Build 230315' });
  });
});

describe('on webchat: a chat page without an upload button', () => {
  const fromThePage = { channelData: { uploads: false } };

  it('is not asked for a photo: the summary follows the last detail', async () => {
    const chat = new Chat('webchat');
    await chat.says('talk to a person', fromThePage);
    await chat.says("It's a C310, serial 2231456789012, firmware 1.1.16 Build 230520", fromThePage);
    expect(chat.heard).toMatch(/describe the light/i);

    await chat.says('Fast blinking', fromThePage);
    expect(chat.heard).not.toMatch(/send a photo/i);
    expect(chat.heard).toMatch(/Light pattern: Rapid red blinking/);
    expect((await chat.case())?.escalation?.summaryId).toBeDefined();
  });

  it('still hears why support is next when every detail was known before the photo', async () => {
    const chat = new Chat('webchat');
    await chat.says('my C310 blinks red fast and smells of burning, serial 2231456789012, firmware 1.1.16 Build 230520', fromThePage);
    expect(chat.heard).toMatch(/unplug it at the wall/);
    expect(chat.heard).toMatch(/Next: Contact TP-Link support/);
    expect(chat.heard).not.toMatch(/send a photo/i);
    expect(chat.heard).toMatch(/Support summary/);
    expect((await chat.case())?.escalation?.summaryId).toBeDefined();
  });
});
