import { coalesce } from '../../src/channels/coalesce';
import { Chat } from '../support/chat';

const words = (text: string) => ({ type: 'message', text });

describe('a turn is sent in as few messages as read well', () => {
  it('folds words into the message after them, keeping that message\'s buttons and step', () => {
    const step = { type: 'message', text: 'Step 1 of 7', channelData: { step: { id: 'power-cycle', index: 1, total: 7 } }, suggestedActions: { actions: [] } };
    expect(coalesce('webchat', [words('Here is what I have so far.'), step])).toEqual([
      { ...step, text: 'Here is what I have so far.\n\nStep 1 of 7' },
    ]);
  });

  it('never folds a message that carries buttons, a card or a step mark', () => {
    const asking = { type: 'message', text: 'Pick one', suggestedActions: { actions: [] } };
    const card = { type: 'message', text: 'Summary', attachments: [{}] };
    const marked = { type: 'message', text: 'Step 8 of 8', channelData: { step: { id: 'plan-redundancy', index: 8, total: 8 } } };
    for (const first of [asking, card, marked]) expect(coalesce('webchat', [first, words('next')])).toHaveLength(2);
  });

  it('keeps plain text apart from markdown, and a card without words apart', () => {
    expect(coalesce('webchat', [{ ...words('a'), textFormat: 'plain' }, words('b')])).toHaveLength(2);
    expect(coalesce('webchat', [words('a'), { type: 'message', attachments: [{}] }])).toHaveLength(2);
  });

  it('stays within Telegram\'s 4096 characters', () => {
    const long = words('x'.repeat(3000));
    const sent = coalesce('telegram', [long, words('y'.repeat(2000)), words('short')]);
    expect(sent.map((m) => m.text!.length)).toEqual([3000, 2007]);
  });

  it('sends a description\'s answer, what was understood and step 1, as one message', async () => {
    const chat = new Chat('webchat');
    const replies = await chat.says('my camera blinks red fast after a power cut');
    expect(replies).toHaveLength(1);
    expect(chat.heard).toMatch(/power/i);
    expect(chat.step).toMatchObject({ id: 'power-cycle', index: 1 });
  });
});
