/** Dialog ids, one place so that dialogs can start each other without importing each other. */
export const DIALOG = {
  main: 'main',
  diagnosis: 'diagnosis',
  steps: 'steps',
  escalation: 'escalation',
  feedback: 'feedback',
  quickAnswers: 'quickAnswers',
  clarify: 'clarify',
  ask: 'ask',
  waterfall: 'waterfall',
} as const;

/**
 * What a dialog ends with when the user's message turned out to be a problem to work on ("my
 * camera blinks red fast", "oh no, it's red again"): the router starts a diagnosis from it.
 */
export type DiagnoseThis = { next: 'diagnose' };

export function isDiagnoseThis(result: unknown): result is DiagnoseThis {
  return (result as Partial<DiagnoseThis> | undefined)?.next === 'diagnose';
}
