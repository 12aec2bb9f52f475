export interface ChannelCapabilities {
  /** Quick-reply buttons that disappear once used (Web Chat, Telegram's reply keyboard). */
  suggestedActions: boolean;
  heroCard: boolean;
  /** Highest Adaptive Card version rendered natively, or null when cards become images or text. */
  adaptiveCard: '1.5' | '1.6' | null;
  /** Longest text one message may carry, or null when there is no practical limit. */
  maxTextLength: number | null;
  /** Most buttons one card shows; more choices go on further cards. */
  maxCardButtons: number;
  /** The channel is the bot's own chat page, which draws the plan's progress from channel data. */
  progressBar?: boolean;
}

/** Longest button label every channel shows whole (longer ones are cut or turned into a list). */
export const MAX_BUTTON_TITLE = 20;

/**
 * Web Chat and Direct Line draw Adaptive Cards up to 1.6, but one card for every channel that draws
 * cards keeps them alike; 1.5 is what Teams draws.
 */
const WEB: ChannelCapabilities = {
  suggestedActions: true,
  heroCard: true,
  adaptiveCard: '1.5',
  maxTextLength: null,
  maxCardButtons: 100,
  progressBar: true,
};

const BY_CHANNEL: Record<string, ChannelCapabilities> = {
  webchat: WEB,
  directline: WEB,
  emulator: WEB,
  test: WEB,
  // Teams shows suggested actions only in some places; cards with buttons work in every scope.
  // A hero card shows at most six buttons; a message may carry about 28 KB.
  msteams: { suggestedActions: false, heroCard: true, adaptiveCard: '1.5', maxTextLength: 28_000, maxCardButtons: 6 },
  // Slack turns Adaptive Cards into images and drops suggested actions; a hero card becomes a
  // message attachment with buttons (five per attachment). A text block holds 3000 characters.
  slack: { suggestedActions: false, heroCard: true, adaptiveCard: null, maxTextLength: 3_000, maxCardButtons: 5 },
  // Telegram shows suggested actions as a reply keyboard; Adaptive Cards arrive as images.
  telegram: { suggestedActions: true, heroCard: true, adaptiveCard: null, maxTextLength: 4_096, maxCardButtons: 100 },
};

/** What nothing else is known about (SMS, e-mail, ...): plain numbered text. */
const PLAIN: ChannelCapabilities = {
  suggestedActions: false,
  heroCard: false,
  adaptiveCard: null,
  maxTextLength: 4_000,
  maxCardButtons: 0,
};

export function capabilitiesOf(channelId: string | undefined): ChannelCapabilities {
  return BY_CHANNEL[channelId ?? ''] ?? PLAIN;
}

/**
 * Whether the user can send a file from where they are: every channel lets them, except a chat
 * page without an upload button (the local Direct Line), which says so in each message's
 * `channelData.uploads`.
 */
export function canSendFiles(activity: { channelData?: unknown }): boolean {
  const data = activity.channelData as { uploads?: unknown } | undefined;
  return data?.uploads !== false;
}
