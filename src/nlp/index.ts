/**
 * Natural-language understanding for the Tapo red-light bot. Pure TypeScript: natural (tokenizer,
 * stemmer), fuse.js and recognizers-text; never botbuilder.
 *
 *   import { createAnalyzer } from '../src/nlp';
 *   const analyzer = createAnalyzer(analyzerInputFrom(content));
 *   analyzer.analyze('my c200 blinks fast since the power cut'); // -> Analysis (see types.ts)
 *
 * createAnalyzer(input: AnalyzerInput): Analyzer
 *   input.nlu            content/nlu.json (Nlu)
 *   input.faq            content/faq.json entries: { id, question, paraphrases }
 *   input.safetyTriggers flow.safety.triggers
 *   input.thresholds?    overrides of DEFAULT_THRESHOLDS
 *   input.now?           clock for relative dates ("since yesterday")
 *   input.weights?       stored weights to start from (default dist/nlp-weights.bin when compiled,
 *                        written by `nlu train` after each build); false: always train
 *
 * Built once at start-up: from stored weights in about 0.1 s when they match the content and the
 * code, otherwise trained (about a second). The date-time recognisers are built when a text first
 * needs them, or by analyzer.warmUp(). analyze() then only reads (well under a millisecond a
 * message) and never throws on any string input.
 */
import { TapoAnalyzer, type AnalyzerInput } from './analyzer';
import type { Analyzer } from './types';

export type { AnalyzerInput, FaqInput, Thresholds } from './analyzer';
export { DEFAULT_THRESHOLDS } from './analyzer';
export type { Analysis, Analyzer, Entities, Scored } from './types';
export { IntentEngine } from './engine';
export type { EngineOptions, TrainingExample } from './engine';
export { runBenchmark, parseBraunCorpus, trainIntentEngine } from './benchmark';
export type { BenchmarkResult, BraunSentence } from './benchmark';

export function createAnalyzer(input: AnalyzerInput): Analyzer {
  return new TapoAnalyzer(input);
}

/** The analyzer's inputs taken from the loaded content: nlu.json, faq.json and what flow.json says of safety and patterns. */
export function analyzerInputFrom(content: {
  nlu: AnalyzerInput['nlu'];
  faq: AnalyzerInput['faq'];
  flow: { safety: { triggers: AnalyzerInput['safetyTriggers'] }; patterns: NonNullable<AnalyzerInput['patternCauses']> };
}): AnalyzerInput {
  return { nlu: content.nlu, faq: content.faq, safetyTriggers: content.flow.safety.triggers, patternCauses: content.flow.patterns };
}
