interface Effect {
  run: () => void;
  abandoned?: () => void;
}

/**
 * Side effects asked for during one attempt at a turn (a support summary sent to the helpdesk)
 * that must happen only if the attempt counts: its state was saved and its replies went out. An
 * attempt that is run again after a conflict, or that failed, drops them.
 */
export class TurnEffects {
  private effects: Effect[] = [];

  add(effect: Effect): void {
    this.effects.push(effect);
  }

  /** The attempt counts: start every effect it asked for. */
  commit(): void {
    for (const effect of this.take()) effect.run();
  }

  /** The attempt does not count: drop its effects. */
  abandon(): void {
    for (const effect of this.take()) effect.abandoned?.();
  }

  private take(): Effect[] {
    const taken = this.effects;
    this.effects = [];
    return taken;
  }
}

/** Where a turn keeps the effects of its current attempt (a key of the turn's own state). */
export const TURN_EFFECTS = Symbol('turnEffects');

/** The effects of the attempt under way, if the turn keeps any (a script or a test may not). */
export function effectsOf(turnState: { get(key: symbol): unknown }): TurnEffects | undefined {
  const effects = turnState.get(TURN_EFFECTS);
  return effects instanceof TurnEffects ? effects : undefined;
}
