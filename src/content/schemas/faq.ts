import { z } from 'zod/v4';
import { faqId, text } from './ids';

export const faqSchema = z
  .array(
    z
      .object({
        id: faqId,
        question: text,
        /** Short label for a button (at most 20 characters). */
        button: text.max(20, 'a button label must fit in 20 characters'),
        paraphrases: z.array(text).min(2),
        answer: text,
      })
      .strict(),
  )
  .min(5);

export type Faq = z.infer<typeof faqSchema>;
export type FaqEntry = Faq[number];
