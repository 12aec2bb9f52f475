/** A Bot Framework activity as plain data: what the dialogs hand to the channel, free of any SDK. */
export interface CardAction {
  type: 'imBack' | 'postBack' | 'messageBack' | 'openUrl';
  title: string;
  value: string;
}

export interface Attachment {
  contentType: string;
  content: unknown;
}

export interface StepMark {
  id: string;
  /** 1-based place of the step in the current plan. */
  index: number;
  total: number;
}

export interface OutgoingMessage {
  type: 'message';
  text?: string;
  textFormat?: 'plain' | 'markdown';
  inputHint?: 'acceptingInput' | 'expectingInput' | 'ignoringInput';
  suggestedActions?: { to?: string[]; actions: CardAction[] };
  attachments?: Attachment[];
  attachmentLayout?: 'list' | 'carousel';
  channelData?: { step?: StepMark; [key: string]: unknown };
  /** What a notification or feed shows for a message that is only a card. */
  summary?: string;
}

export interface Choice {
  /** Stable id the dialog acts on. */
  id: string;
  /** The label on the button and the words a user may type; at most 20 characters (longer ones are cut on the button). */
  title: string;
}

/** A titled list of facts, e.g. a support summary. */
export interface FactSheet {
  title: string;
  facts: { label: string; value: string }[];
  footer?: string;
}
