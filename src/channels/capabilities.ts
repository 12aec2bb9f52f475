export interface ChannelCapabilities {
  suggestedActions: boolean;
  heroCard: boolean;
  /** Highest Adaptive Card version rendered natively, or null when cards become images or text. */
  adaptiveCard: '1.5' | '1.6' | null;
  /** Longest text one message may carry, or null when there is no practical limit. */
  maxTextLength: number | null;
}

const WEB: ChannelCapabilities = { suggestedActions: true, heroCard: true, adaptiveCard: '1.5', maxTextLength: null };

const BY_CHANNEL: Record<string, ChannelCapabilities> = {
  webchat: WEB,
  directline: WEB,
  emulator: WEB,
  test: WEB,
  // Teams shows suggested actions only in some places; cards with buttons work everywhere.
  msteams: { suggestedActions: false, heroCard: true, adaptiveCard: '1.5', maxTextLength: 28_000 },
  // Slack turns Adaptive Cards into images and suggested actions into nothing.
  slack: { suggestedActions: false, heroCard: true, adaptiveCard: null, maxTextLength: 3_000 },
  telegram: { suggestedActions: true, heroCard: true, adaptiveCard: null, maxTextLength: 4_096 },
};

/** What nothing else is known about: plain numbered text. */
const PLAIN: ChannelCapabilities = { suggestedActions: false, heroCard: false, adaptiveCard: null, maxTextLength: 4_000 };

export function capabilitiesOf(channelId: string | undefined): ChannelCapabilities {
  return BY_CHANNEL[channelId ?? ''] ?? PLAIN;
}
