import { AsyncLocalStorage } from 'node:async_hooks';

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

const current = new AsyncLocalStorage<TurnEffects>();

/** Runs one attempt at a turn; `afterCommit` calls inside it are collected by `effects`. */
export function collectEffects<T>(effects: TurnEffects, attempt: () => Promise<T>): Promise<T> {
  return current.run(effects, attempt);
}

/**
 * Runs `effect` once the current turn counts; at once outside a turn (a script, a test).
 * `abandoned` is told when the turn does not count.
 */
export function afterCommit(effect: () => void, abandoned?: () => void): void {
  const effects = current.getStore();
  if (effects) effects.add({ run: effect, abandoned });
  else effect();
}
