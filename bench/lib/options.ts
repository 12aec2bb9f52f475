import { parseArgs, type ParseArgsConfig } from 'node:util';

type Spec = NonNullable<ParseArgsConfig['options']>;

/** Command-line options (with `--help`); a bad one stops the script with its usage. */
export function readOptions<T extends Spec>(usage: string, spec: T, argv = process.argv.slice(2)) {
  try {
    const options = { ...spec, help: { type: 'boolean', short: 'h' } } as T & { help: { type: 'boolean'; short: 'h' } };
    const { values } = parseArgs({ args: argv, options, strict: true, allowPositionals: false });
    if ((values as { help?: boolean }).help) {
      process.stdout.write(`${usage}\n`);
      process.exit(0);
    }
    return values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}\n`);
    process.exit(2);
  }
}

/** A whole number from an option, an environment fallback or a default; a bad one stops the script. */
export function integer(name: string, ...candidates: (string | boolean | undefined)[]): number {
  const raw = candidates.find((c) => typeof c === 'string' && c !== '');
  const fallback = candidates[candidates.length - 1];
  const value = Number(raw ?? fallback);
  if (!Number.isInteger(value) || value < 0) {
    process.stderr.write(`${name} must be a whole number, not ${String(raw)}\n`);
    process.exit(2);
  }
  return value;
}

/** KEY=VALUE pairs (repeatable --env) as an object. */
export function envPairs(pairs: string[] | undefined): Record<string, string> {
  const env: Record<string, string> = {};
  for (const pair of pairs ?? []) {
    const at = pair.indexOf('=');
    if (at <= 0) {
      process.stderr.write(`--env takes KEY=VALUE, not ${pair}\n`);
      process.exit(2);
    }
    env[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return env;
}
