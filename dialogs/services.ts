import type { StatePropertyAccessor } from 'botbuilder';
import type { Content } from '../src/content/load';
import type { Case } from '../src/diagnosis/case';
import type { Analyzer } from '../src/nlp/types';
import type { SupportDesk } from '../src/support/SupportDesk';

/** Everything the dialogs need from outside, handed in by the composition root. */
export interface DialogServices {
  content: Content;
  analyzer: Analyzer;
  caseState: StatePropertyAccessor<Case | undefined>;
  support: SupportDesk;
  now: () => Date;
}
