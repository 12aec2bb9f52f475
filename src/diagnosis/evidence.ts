import type { Analysis } from '../nlp/types';
import type { Evidence } from './case';
import { userWords } from './userWords';

/** Adds what one message says to the evidence; later words about the pattern replace earlier ones. */
export function absorb(evidence: Evidence, analysis: Analysis): Evidence {
  const causes = { ...evidence.causes };
  // A pattern's usual causes are counted from the pattern itself when the steps are ranked.
  if (!analysis.causesFromPattern) for (const { id, score } of analysis.causes) causes[id] = Math.max(causes[id] ?? 0, score);
  const { entities } = analysis;
  const described = analysis.causes.length > 0 || analysis.pattern !== null || analysis.events.length > 0; // same test as the dialogs' describesProblem
  return {
    ...evidence,
    causes,
    pattern: analysis.pattern ?? evidence.pattern,
    events: [...new Set([...evidence.events, ...analysis.events])],
    device: entities.device ?? evidence.device,
    model: entities.model ?? evidence.model,
    firmware: entities.firmware ?? evidence.firmware,
    description: evidence.description ?? (described ? userWords(analysis.text) : undefined),
    // "Nothing changed" said unasked answers the question about recent changes.
    askedEvents: evidence.askedEvents || analysis.noChange === true || undefined,
  };
}
