import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod/v4';
import { faqSchema, type Faq } from './schemas/faq';
import { flowSchema, type Flow } from './schemas/flow';
import { messagesSchema, type Messages } from './schemas/messages';
import { nluSchema, type Nlu } from './schemas/nlu';
import { checkCrossReferences } from './crossReferences';
import { ContentError } from './ContentError';

export { ContentError };

export interface Content {
  flow: Flow;
  faq: Faq;
  nlu: Nlu;
  messages: Messages;
}

export const DEFAULT_CONTENT_DIR = path.resolve(__dirname, '..', '..', ...(__dirname.includes(`${path.sep}dist${path.sep}`) ? ['..'] : []), 'content');

function readJson(dir: string, name: string): unknown {
  const file = path.join(dir, name);
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ContentError(file, [`cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`]);
  }
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new ContentError(file, [`is not JSON: ${(error as Error).message}`]);
  }
}

export function formatPath(pathParts: readonly PropertyKey[]): string {
  if (pathParts.length === 0) return '(top level)';
  return pathParts
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

function parse<T>(dir: string, name: string, schema: z.ZodType<T>): T {
  const result = schema.safeParse(readJson(dir, name));
  if (result.success) return result.data;
  throw new ContentError(
    path.join(dir, name),
    result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`),
  );
}

/** Reads and validates every file in content/; throws a ContentError naming the first broken file. */
export function loadContent(dir: string = DEFAULT_CONTENT_DIR): Content {
  const content: Content = {
    flow: parse(dir, 'flow.json', flowSchema),
    faq: parse(dir, 'faq.json', faqSchema),
    nlu: parse(dir, 'nlu.json', nluSchema),
    messages: parse(dir, 'messages.json', messagesSchema),
  };
  checkCrossReferences(dir, content);
  return content;
}
