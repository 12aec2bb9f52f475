import path from 'node:path';
import { CAUSE_IDS, EVENT_IDS, PATTERN_IDS, STEP_IDS } from './schemas/ids';
import { ContentError } from './ContentError';
import type { Content } from './load';

/** Quick answers other parts of the product link to by id. */
export const REQUIRED_FAQ_IDS = [
  'red-light-meaning',
  'firmware-fix',
  'factory-reset-safe',
  'after-power-outage',
  'contact-support',
] as const;

function exactlyOnce(where: string, found: readonly string[], expected: readonly string[]): string[] {
  const problems: string[] = [];
  for (const id of expected) {
    const count = found.filter((f) => f === id).length;
    if (count !== 1) problems.push(`${where}: "${id}" must appear exactly once (found ${count})`);
  }
  return problems;
}

function unique(where: string, ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.flatMap((id) => {
    if (seen.has(id)) return [`${where}: id "${id}" is used twice`];
    seen.add(id);
    return [];
  });
}

/** Checks what a schema cannot: every contract id present once, and references that resolve. */
export function checkCrossReferences(dir: string, { flow, faq, nlu }: Content): void {
  const flowProblems = [
    ...exactlyOnce('causes', flow.causes.map((c) => c.id), CAUSE_IDS),
    ...exactlyOnce('steps', flow.steps.map((s) => s.id), STEP_IDS),
    ...exactlyOnce('patterns', flow.patterns.map((p) => p.id), PATTERN_IDS),
    ...exactlyOnce('events', flow.events.map((e) => e.id), EVENT_IDS),
    ...unique('fixes', flow.fixes.map((f) => f.id)),
    ...unique('devices', flow.devices.map((d) => d.id)),
  ];
  if (flowProblems.length > 0) throw new ContentError(path.join(dir, 'flow.json'), flowProblems);

  const faqProblems = [
    ...unique('faq', faq.map((f) => f.id)),
    ...REQUIRED_FAQ_IDS.filter((id) => !faq.some((f) => f.id === id)).map((id) => `faq: "${id}" is missing`),
  ];
  if (faqProblems.length > 0) throw new ContentError(path.join(dir, 'faq.json'), faqProblems);

  const faqIds = new Set(faq.map((f) => f.id));
  const nluProblems = [
    ...Object.keys(nlu.faq ?? {}).filter((id) => !faqIds.has(id)).map((id) => `faq.${id}: no quick answer "${id}" in faq.json`),
    ...Object.entries(nlu.eventAnswers ?? {}).filter(([, id]) => id !== undefined && !faqIds.has(id)).map(([event, id]) => `eventAnswers.${event}: no quick answer "${id}" in faq.json`),
    ...Object.entries(nlu.patternAnswers ?? {}).filter(([, id]) => id !== undefined && !faqIds.has(id)).map(([pattern, id]) => `patternAnswers.${pattern}: no quick answer "${id}" in faq.json`),
    ...(nlu.otherLights?.entries ?? []).filter((id) => !faqIds.has(id)).map((id) => `otherLights.entries: no quick answer "${id}" in faq.json`),
    ...(nlu.faqNarrowing ?? []).flatMap((n, i) => [n.from, n.to].filter((id) => !faqIds.has(id)).map((id) => `faqNarrowing[${i}]: no quick answer "${id}" in faq.json`)),
  ];
  if (nluProblems.length > 0) throw new ContentError(path.join(dir, 'nlu.json'), nluProblems);
}
