import { renderAsk, renderFactSheet, renderText, splitText } from '../../src/channels/render';
import type { Choice } from '../../src/channels/message';
import { buttonsIn } from './fullConversation';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const choices = (n: number): Choice[] => Array.from({ length: n }, (_, i) => ({ id: `c${i}`, title: `Choice ${i + 1}` }));
const step = { id: 'power-cycle', index: 1, total: 8 };

describe('splitText', () => {
  it('cuts at a paragraph break, then a line break, then between words, and loses no words', () => {
    const text = `${'a'.repeat(60)}\n\n${'b'.repeat(30)}\n${'c'.repeat(30)}`;
    expect(splitText(text, 100)).toEqual(['a'.repeat(60), `${'b'.repeat(30)}\n${'c'.repeat(30)}`]);
    const long = words(2_000);
    const parts = splitText(long, 4_096);
    expect(parts.every((p) => p.length <= 4_096)).toBe(true);
    expect(parts.join(' ')).toBe(long);
  });

  it('never cuts an emoji in half', () => {
    const parts = splitText('🔴'.repeat(10), 5);
    expect(parts.every((p) => p.length <= 5)).toBe(true);
    expect(parts.join('')).toBe('🔴'.repeat(10));
    expect(parts.every((p) => !/[\ud800-\udbff]$/.test(p))).toBe(true);
  });
});

describe('renderText', () => {
  it('splits a long text for Telegram into messages of at most 4096 characters; the step mark goes on the first', () => {
    const messages = renderText('telegram', words(1_500), step);
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.every((m) => (m.text ?? '').length <= 4_096)).toBe(true);
    expect(messages.map((m) => m.channelData?.step)).toEqual([step, ...messages.slice(1).map(() => undefined)]);
  });

  it('keeps a long text whole on Web Chat', () => {
    expect(renderText('webchat', words(1_500))).toHaveLength(1);
  });
});

describe('renderAsk', () => {
  it('uses suggested actions on Web Chat and Telegram', () => {
    for (const channel of ['webchat', 'directline', 'telegram']) {
      const [message] = renderAsk(channel, { text: 'How did that go?', choices: choices(3), step });
      expect(message.suggestedActions?.actions.map((a) => a.title)).toEqual(['Choice 1', 'Choice 2', 'Choice 3']);
      expect(message.inputHint).toBe('expectingInput');
      expect(message.channelData?.step).toEqual(step);
    }
  });

  it('puts more than six choices on Teams onto several hero cards, six at most on each, filled evenly', () => {
    const [message] = renderAsk('msteams', { text: 'Pick one', choices: choices(8) });
    expect(message.suggestedActions).toBeUndefined();
    expect(message.attachments?.map((a) => (a.content as { buttons: unknown[] }).buttons.length)).toEqual([4, 4]);
    const [seven] = renderAsk('msteams', { text: 'Pick one', choices: choices(7) });
    expect(seven.attachments?.map((a) => (a.content as { buttons: unknown[] }).buttons.length)).toEqual([4, 3]);
    const [thirteen] = renderAsk('msteams', { text: 'Pick one', choices: choices(13) });
    expect(thirteen.attachments?.map((a) => (a.content as { buttons: unknown[] }).buttons.length)).toEqual([5, 5, 3]);
    expect(buttonsIn(message as never).map((b) => b.title)).toEqual(choices(8).map((c) => c.title));
  });

  it('shows at most five buttons per card on Slack', () => {
    const [message] = renderAsk('slack', { text: 'Pick one', choices: choices(7) });
    expect(message.attachments?.map((a) => (a.content as { buttons: unknown[] }).buttons.length)).toEqual([4, 3]);
    const [five] = renderAsk('slack', { text: 'Pick one', choices: choices(5) });
    expect(five.attachments?.map((a) => (a.content as { buttons: unknown[] }).buttons.length)).toEqual([5]);
  });

  it('numbers the choices instead of drawing buttons when a label is longer than 20 characters', () => {
    for (const channel of ['webchat', 'msteams', 'telegram']) {
      const [message] = renderAsk(channel, { text: 'Pick one', choices: [...choices(1), { id: 'x', title: 'A label that is far too long' }] });
      expect(message.suggestedActions).toBeUndefined();
      expect(message.attachments).toBeUndefined();
      expect(message.text).toBe('Pick one\n\n1. Choice 1\n2. A label that is far too long');
    }
  });

  it('numbers the choices where a channel has no buttons', () => {
    const [message] = renderAsk('sms', { text: 'Pick one', choices: choices(2) });
    expect(message.text).toBe('Pick one\n\n1. Choice 1\n2. Choice 2');
    expect(message.attachments).toBeUndefined();
  });

  it('splits a long question on Slack before the buttons, which stay on the last message', () => {
    const messages = renderAsk('slack', { text: words(800), choices: choices(2), step });
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.every((m) => (m.text ?? '').length <= 3_000)).toBe(true);
    expect(messages.slice(0, -1).every((m) => !m.attachments && !m.inputHint)).toBe(true);
    expect(messages.at(-1)?.attachments).toHaveLength(1);
    expect(messages[0].channelData?.step).toEqual(step);
  });
});

describe('renderFactSheet', () => {
  const sheet = {
    title: 'Support summary 1A2B3C4D',
    facts: [
      { label: 'Device', value: 'Plug-in camera C200' },
      { label: 'Steps tried', value: 'Restart the power: still red\nReseat cables: still red' },
      { label: 'Photo', value: 'none' },
    ],
    footer: 'Quote the reference number.',
  };

  it('sends plain text and an Adaptive Card 1.5 on Teams and Web Chat', () => {
    for (const channel of ['msteams', 'webchat']) {
      const [text, card] = renderFactSheet(channel, sheet);
      expect(text.textFormat).toBe('plain');
      expect(text.text).toBe(
        'Support summary 1A2B3C4D\n\nDevice: Plug-in camera C200\nSteps tried:\n- Restart the power: still red\n- Reseat cables: still red\nPhoto: none\n\nQuote the reference number.',
      );
      const content = card.attachments?.[0].content as { version: string; body: { type: string; text?: string }[] };
      expect(content.version).toBe('1.5');
      expect(card.summary).toBe(sheet.title);
      // Each step tried on a line of its own, between the one-line facts.
      expect(content.body.map((b) => b.type)).toEqual(['TextBlock', 'FactSet', 'TextBlock', 'TextBlock', 'TextBlock', 'FactSet', 'TextBlock']);
      expect(content.body[3].text).toBe('• Restart the power: still red');
    }
  });

  it('sends text only on Slack and Telegram', () => {
    for (const channel of ['slack', 'telegram']) {
      const messages = renderFactSheet(channel, sheet);
      expect(messages).toHaveLength(1);
      expect(messages[0].attachments).toBeUndefined();
    }
  });
});
