import { exactChoice, recognizeChoice } from '../../dialogs/recognizeChoice';
import type { Analysis } from '../../src/nlp/types';

const choices = [
  { id: 'fixed', title: 'Fixed it', commands: ['fixed' as const] },
  { id: 'still-blinking', title: 'Still blinking red', commands: ['still-blinking' as const] },
];
const understood = (command: Analysis['command']): Analysis => ({
  text: '',
  causes: [],
  pattern: null,
  events: [],
  safety: false,
  faq: null,
  command,
  question: false,
  entities: {},
  unsure: null,
});

describe('recognising an answer to a question with buttons', () => {
  it('takes the button words whatever the case and trailing punctuation', () => {
    expect(exactChoice(choices, '  still BLINKING red!! ', undefined)?.id).toBe('still-blinking');
  });

  it('takes the number of a listed choice', () => {
    expect(exactChoice(choices, '2', undefined)?.id).toBe('still-blinking');
    expect(exactChoice(choices, '3', undefined)).toBeUndefined();
  });

  it('takes an Adaptive Card submit that carries no text', () => {
    expect(exactChoice(choices, '', { choice: 'fixed' })?.id).toBe('fixed');
  });

  it('falls back to what the words mean', () => {
    expect(recognizeChoice(choices, 'yay it works now', undefined, () => understood({ id: 'fixed', score: 0.9 }))?.id).toBe('fixed');
    expect(recognizeChoice(choices, 'no idea', undefined, () => understood(null))).toBeUndefined();
  });
});
