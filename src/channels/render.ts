import { capabilitiesOf } from './capabilities';
import type { Choice, FactSheet, OutgoingMessage, StepMark } from './message';

export interface AskMessage {
  text: string;
  choices: Choice[];
  step?: StepMark;
}

function withStep(message: OutgoingMessage, step?: StepMark): OutgoingMessage {
  return step ? { ...message, channelData: { ...message.channelData, step } } : message;
}

/** Splits text at paragraph, line or word boundaries so that no part is longer than `limit`. */
export function splitText(text: string, limit: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    const cut = Math.max(window.lastIndexOf('\n\n'), window.lastIndexOf('\n'), window.lastIndexOf(' '));
    const at = cut > limit / 2 ? cut : limit;
    parts.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest.length > 0) parts.push(rest);
  return parts;
}

/** Plain text for a channel; long texts become several messages where the channel caps length. */
export function renderText(channelId: string | undefined, text: string, step?: StepMark): OutgoingMessage[] {
  const limit = capabilitiesOf(channelId).maxTextLength;
  const parts = limit ? splitText(text, limit) : [text];
  return parts.map((part, i) => withStep({ type: 'message', text: part }, i === 0 ? step : undefined));
}

/** A question with choices, drawn the way the channel shows buttons best. */
export function renderAsk(channelId: string | undefined, ask: AskMessage): OutgoingMessage[] {
  const caps = capabilitiesOf(channelId);
  const { text, choices, step } = ask;
  if (choices.length === 0) return renderText(channelId, text, step).map((m) => ({ ...m, inputHint: 'expectingInput' }));

  if (caps.suggestedActions) {
    const [first, ...more] = renderText(channelId, text, step);
    const last = more.pop() ?? first;
    const asked: OutgoingMessage = {
      ...last,
      inputHint: 'expectingInput',
      suggestedActions: { actions: choices.map((c) => ({ type: 'imBack', title: c.title, value: c.title })) },
    };
    return more.length === 0 && last === first ? [asked] : [first, ...more, asked];
  }
  if (caps.heroCard) {
    return [
      withStep(
        {
          type: 'message',
          text,
          inputHint: 'expectingInput',
          attachments: [
            {
              contentType: 'application/vnd.microsoft.card.hero',
              content: { buttons: choices.map((c) => ({ type: 'imBack', title: c.title, value: c.title })) },
            },
          ],
        },
        step,
      ),
    ];
  }
  const list = choices.map((c, i) => `${i + 1}. ${c.title}`).join('\n');
  return renderText(channelId, `${text}\n\n${list}`, step).map((m) => ({ ...m, inputHint: 'expectingInput' }));
}

function factSheetText(sheet: FactSheet): string {
  const lines = sheet.facts.map((f) => `${f.label}: ${f.value}`);
  return [sheet.title, '', ...lines, ...(sheet.footer ? ['', sheet.footer] : [])].join('\n');
}

function adaptiveCard(sheet: FactSheet, version: string) {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version,
    body: [
      { type: 'TextBlock', text: sheet.title, weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'FactSet', facts: sheet.facts.map((f) => ({ title: f.label, value: f.value })) },
      ...(sheet.footer ? [{ type: 'TextBlock', text: sheet.footer, wrap: true, isSubtle: true }] : []),
    ],
  };
}

/** A summary as text everywhere, plus an Adaptive Card where the channel draws one natively. */
export function renderFactSheet(channelId: string | undefined, sheet: FactSheet): OutgoingMessage[] {
  const caps = capabilitiesOf(channelId);
  const text = renderText(channelId, factSheetText(sheet));
  if (!caps.adaptiveCard) return text;
  return [
    ...text,
    {
      type: 'message',
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: adaptiveCard(sheet, caps.adaptiveCard) }],
    },
  ];
}
