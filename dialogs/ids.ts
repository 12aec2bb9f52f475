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
