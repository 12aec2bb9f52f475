import { z } from 'zod/v4';
import { causeId, causeWeights, deviceKind, eventId, patternId, stepId, text } from './ids';

const likelihood = z.enum(['high', 'medium', 'low']);
const difficulty = z.enum(['easy', 'medium', 'hard']);

export const flowSchema = z
  .object({
    causes: z
      .array(z.object({ id: causeId, name: text, likelihood, summary: text }).strict())
      .length(4),
    fixes: z
      .array(
        z
          .object({ id: text, name: text, difficulty, causes: z.array(causeId).min(1), steps: z.array(stepId).min(1) })
          .strict(),
      )
      .min(5),
    immediateChecks: z.array(text).min(2),
    steps: z
      .array(
        z
          .object({
            id: stepId,
            title: text,
            instruction: text,
            tip: text,
            safety: text.optional(),
            details: text,
            causes: z.array(causeId),
            /** Relative effort, 1 = cheapest; ties keep the seed's order. */
            effort: z.number().int().min(1).max(5),
            /** Which device kinds the step applies to; omitted = all. */
            devices: z.array(deviceKind).optional(),
            /** Words for one kind of device where they differ (a smart plug has no adapter). */
            forDevice: z
              .partialRecord(deviceKind, z.object({ instruction: text.optional(), tip: text.optional(), details: text.optional() }).strict())
              .optional(),
          })
          .strict(),
      )
      .length(8),
    patterns: z
      .array(
        z
          .object({
            id: patternId,
            name: text,
            button: text,
            meaning: text,
            /**
             * What the pattern means for one kind of device where the general words don't hold (they
             * are what a camera shows; other kinds' light meanings differ by model): used in place of
             * `meaning` for that kind.
             */
            forDevice: z.partialRecord(deviceKind, z.object({ meaning: text }).strict()).optional(),
            causes: causeWeights,
            /** Steps this pattern calls for first (after those of a reported event), in order. */
            firstSteps: z.array(stepId).optional(),
          })
          .strict(),
      )
      .length(5),
    /** In order of precedence: when several are reported, the first listed opens the plan. */
    events: z
      .array(
        z
          .object({
            id: eventId,
            name: text,
            button: text,
            causes: causeWeights,
            /** Steps that must open the plan when this event is reported, in order. */
            firstSteps: z.array(stepId),
            note: text.optional(),
          })
          .strict(),
      )
      .length(4),
    devices: z.array(z.object({ id: deviceKind, name: text, button: text }).strict()).min(3),
    safety: z
      .object({ triggers: z.array(text).min(8), message: text })
      .strict(),
    prevention: z.array(text).min(3),
  })
  .strict();

export type Flow = z.infer<typeof flowSchema>;
export type Step = Flow['steps'][number];
export type Pattern = Flow['patterns'][number];
