import type { Analysis } from '../nlp/types';
import type { Evidence } from './case';

const MAX_DESCRIPTION = 300;

/** Adds what one message says to the evidence; later words about the pattern replace earlier ones. */
export function absorb(evidence: Evidence, analysis: Analysis): Evidence {
  const causes = { ...evidence.causes };
  for (const { id, score } of analysis.causes) causes[id] = Math.max(causes[id] ?? 0, score);
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
    description:
      evidence.description ?? (described ? analysis.text.slice(0, MAX_DESCRIPTION) : undefined),
  };
}
