import { capabilitiesOf, MAX_BUTTON_TITLE } from './capabilities';
import type { Attachment, CardAction, Choice, FactSheet, OutgoingMessage, StepMark } from './message';

export const HERO_CARD = 'application/vnd.microsoft.card.hero';
export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

export interface AskMessage {
  text: string;
  choices: Choice[];
  step?: StepMark;
}

function withStep(message: OutgoingMessage, step?: StepMark): OutgoingMessage {
  return step ? { ...message, channelData: { ...message.channelData, step } } : message;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * Splits text so that no part is longer than `limit`: at a paragraph break if one is in the second
 * half of the window, else at a line break, else between words, else anywhere but inside a character.
 */
export function splitText(text: string, limit: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    // One character past the limit, so that a break right after a full part is found too.
    const window = rest.slice(0, limit + 1);
    let at = -1;
    for (const separator of ['\n\n', '\n', ' ']) {
      const found = window.lastIndexOf(separator);
      if (found > limit / 2) {
        at = found;
        break;
      }
    }
    if (at < 0) at = isHighSurrogate(rest.charCodeAt(limit - 1)) ? limit - 1 : limit;
    const part = rest.slice(0, at).trimEnd();
    if (part.length > 0) parts.push(part);
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

/** Every label fits on a button of every channel (Bot Framework's ChoiceFactory uses the same bound). */
function fitButtons(choices: Choice[]): boolean {
  return choices.every((c) => [...c.title].length <= MAX_BUTTON_TITLE);
}

function choiceActions(choices: Choice[]): CardAction[] {
  return choices.map((c) => ({ type: 'imBack', title: c.title, value: c.title }));
}

/** As few cards as the limit allows, filled evenly (seven choices on Teams: four and three, not six and one). */
function heroCards(actions: CardAction[], maxPerCard: number): Attachment[] {
  const perCard = Math.ceil(actions.length / Math.ceil(actions.length / maxPerCard));
  const cards: Attachment[] = [];
  for (let i = 0; i < actions.length; i += perCard) {
    cards.push({ contentType: HERO_CARD, content: { buttons: actions.slice(i, i + perCard) } });
  }
  return cards;
}

/** Messages before the last carry text only; the last one asks and holds the buttons. */
function askWith(parts: OutgoingMessage[], extra: Partial<OutgoingMessage>): OutgoingMessage[] {
  if (parts.length === 0) return [];
  const last = parts[parts.length - 1];
  return [...parts.slice(0, -1), { ...last, inputHint: 'expectingInput', ...extra }];
}

/**
 * A question with choices, drawn the way the channel shows buttons best: suggested actions where they
 * exist, hero cards with buttons where they do not (never suggested actions alone, which Teams and
 * Slack may not show), a numbered list everywhere else and whenever a label is too long for a button
 * (a cut label would no longer say what it does, and Telegram sends the label itself). A long
 * question is split before the buttons.
 */
export function renderAsk(channelId: string | undefined, ask: AskMessage): OutgoingMessage[] {
  const caps = capabilitiesOf(channelId);
  const { text, choices, step } = ask;
  if (choices.length === 0) return askWith(renderText(channelId, text, step), {});

  const actions = choiceActions(choices);
  const buttons = fitButtons(choices);
  if (buttons && caps.suggestedActions) return askWith(renderText(channelId, text, step), { suggestedActions: { actions } });
  if (buttons && caps.heroCard) {
    const cards = heroCards(actions, Math.max(1, caps.maxCardButtons));
    return askWith(renderText(channelId, text, step), {
      attachments: cards,
      ...(cards.length > 1 ? { attachmentLayout: 'list' as const } : {}),
    });
  }
  const list = choices.map((c, i) => `${i + 1}. ${c.title}`).join('\n');
  return askWith(renderText(channelId, `${text}\n\n${list}`, step), {});
}

const linesOf = (value: string) =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

function factSheetText(sheet: FactSheet): string {
  const lines = [sheet.title, ''];
  for (const { label, value } of sheet.facts) {
    const values = linesOf(value);
    if (values.length <= 1) lines.push(`${label}: ${value.trim()}`);
    else lines.push(`${label}:`, ...values.map((v) => `- ${v}`));
  }
  if (sheet.footer) lines.push('', sheet.footer);
  return lines.join('\n');
}

/** An Adaptive Card: one-line facts in fact sets, a many-line fact as its label over one line each. */
export function factSheetCard(sheet: FactSheet, version: string) {
  const body: object[] = [{ type: 'TextBlock', text: sheet.title, weight: 'Bolder', size: 'Medium', wrap: true }];
  let facts: { title: string; value: string }[] = [];
  const flush = () => {
    if (facts.length > 0) body.push({ type: 'FactSet', facts, spacing: 'Medium' });
    facts = [];
  };
  for (const { label, value } of sheet.facts) {
    const values = linesOf(value);
    if (values.length <= 1) {
      facts.push({ title: label, value: value.trim() });
      continue;
    }
    flush();
    body.push({ type: 'TextBlock', text: label, weight: 'Bolder', wrap: true, spacing: 'Medium' });
    body.push(...values.map((line) => ({ type: 'TextBlock', text: `• ${line}`, wrap: true, spacing: 'None' })));
  }
  flush();
  if (sheet.footer) body.push({ type: 'TextBlock', text: sheet.footer, wrap: true, isSubtle: true, spacing: 'Medium' });
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version,
    fallbackText: sheet.title,
    body,
  };
}

/**
 * A summary as text everywhere (plain, so that what the user typed, now part of it, is never read as
 * markup; split to the channel's length), plus an Adaptive Card where the channel draws one natively:
 * the text reads well in notifications, transcripts and screen readers, the card at a glance.
 */
export function renderFactSheet(channelId: string | undefined, sheet: FactSheet): OutgoingMessage[] {
  const caps = capabilitiesOf(channelId);
  const text = renderText(channelId, factSheetText(sheet)).map((m) => ({ ...m, textFormat: 'plain' as const }));
  if (!caps.adaptiveCard) return text;
  return [
    ...text,
    {
      type: 'message',
      summary: sheet.title,
      attachments: [{ contentType: ADAPTIVE_CARD, content: factSheetCard(sheet, caps.adaptiveCard) }],
    },
  ];
}
