import { capabilitiesOf } from './capabilities';

/** The parts of an outgoing activity that decide whether it can be folded into the next one. */
export interface Foldable {
  type?: string;
  text?: string;
  textFormat?: string;
  attachments?: unknown[];
  suggestedActions?: unknown;
  channelData?: unknown;
}

/** Words and nothing else: no buttons, cards or channel data that would be lost or moved. */
function onlyWords(message: Foldable): boolean {
  return (
    message.type === 'message' &&
    typeof message.text === 'string' &&
    !message.attachments?.length &&
    message.suggestedActions === undefined &&
    message.channelData === undefined
  );
}

/**
 * A turn's replies with each message of words alone folded into the message after it ("here is
 * what I understood" goes out with the first step, a quick answer with the step it returns to),
 * where both are text of the same format and the channel's length limit allows. Every reply is an
 * HTTP call to the channel, and one message reads as well as two.
 */
export function coalesce<T extends Foldable>(channelId: string | undefined, messages: T[]): T[] {
  const limit = capabilitiesOf(channelId).maxTextLength ?? Infinity;
  const out: T[] = [];
  for (const message of messages) {
    const previous = out[out.length - 1];
    const foldable =
      previous !== undefined &&
      onlyWords(previous) &&
      message.type === 'message' &&
      typeof message.text === 'string' &&
      message.text !== '' &&
      previous.textFormat === message.textFormat;
    if (foldable) {
      const text = `${previous.text}\n\n${message.text}`;
      if (text.length <= limit) {
        out[out.length - 1] = { ...message, text };
        continue;
      }
    }
    out.push(message);
  }
  return out;
}
