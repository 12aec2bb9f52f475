/**
 * How the on-topic threshold (Thresholds.topic) was chosen: cross-validation of the relevance
 * model on the training texts only. The product's texts (quick-answer phrasings, descriptions,
 * commands) and the out-of-scope lines are split into folds; each fold is scored by a relevance
 * model trained on the others. The threshold kept is the one with the best balanced accuracy
 * among those that keep at least `minInDomain` of the product's texts on topic (calling a real
 * description off topic costs more than the reverse).
 */
import type { AnalyzerInput } from './analyzer';
import { TapoAnalyzer } from './analyzer';
import { trainFaqEngines, type FaqPhrasing } from './faq';

export interface TopicCalibration {
  rows: { threshold: number; inDomainKept: number; outOfScopeRejected: number; balanced: number }[];
  chosen: number;
}

export function calibrateTopic(input: AnalyzerInput, options: { folds?: number; repeats?: number; minInDomain?: number } = {}): TopicCalibration {
  const folds = options.folds ?? 5;
  const repeats = options.repeats ?? 2;
  const minInDomain = options.minInDomain ?? 0.95;
  const { nlu } = input;
  const pre = new TapoAnalyzer({ ...input, weights: false }).pre;
  const tok = (s: string) => pre.process(s).tokens;
  const phrasings: FaqPhrasing[] = [];
  for (const f of input.faq) for (const text of [f.question, ...f.paraphrases, ...(nlu.faq?.[f.id] ?? [])]) phrasings.push({ id: f.id, text });
  const inDomain = [...Object.values(nlu.causes), ...Object.values(nlu.patterns), ...Object.values(nlu.events), nlu.noEvidence ?? [], ...Object.values(nlu.commands)].flat();
  const outOfScope = [...nlu.outOfScope, ...(nlu.offTopic ?? [])];
  const pos: number[] = [];
  const neg: number[] = [];
  for (let rep = 0; rep < repeats; rep++) {
    for (let k = 0; k < folds; k++) {
      const held = (i: number) => (i * 7 + rep * 3) % folds === k;
      const { relevance } = trainFaqEngines(
        pre,
        phrasings.filter((_, i) => !held(i)),
        inDomain.filter((_, i) => !held(i)).map(tok),
        outOfScope.filter((_, i) => !held(i)).map(tok),
      );
      phrasings.forEach((p, i) => held(i) && pos.push(relevance.scores(tok(p.text))[0]));
      inDomain.forEach((t, i) => held(i) && pos.push(relevance.scores(tok(t))[0]));
      outOfScope.forEach((t, i) => held(i) && neg.push(relevance.scores(tok(t))[0]));
    }
  }
  const rows: TopicCalibration['rows'] = [];
  let chosen = 0.5;
  let best = -1;
  for (let step = 6; step <= 19; step++) {
    const threshold = step / 20;
    const inDomainKept = pos.filter((x) => x >= threshold).length / pos.length;
    const outOfScopeRejected = neg.filter((x) => x < threshold).length / neg.length;
    const balanced = (inDomainKept + outOfScopeRejected) / 2;
    rows.push({ threshold, inDomainKept, outOfScopeRejected, balanced });
    if (inDomainKept >= minInDomain && balanced > best) {
      best = balanced;
      chosen = threshold;
    }
  }
  return { rows, chosen };
}
