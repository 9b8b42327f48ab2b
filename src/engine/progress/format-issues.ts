import type { z } from '../validation/zod';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const NOISE_PREFIX = /^(Invalid input|Invalid option|Too small|Too big): /;
const MAX_ISSUES = 3;

/**
 * Formats a location the way JavaScript would index it: progress.cards["cpu-flags-001"].due.
 * @param base the name of the root value, e.g. "progress"
 * @param path keys and indexes below the root
 */
export function formatPath(base: string, path: readonly PropertyKey[]): string {
  let text = base;
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) text += `.${key}`;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text;
}

function describeInput(input: unknown): string | undefined {
  if (input === null || typeof input === 'number' || typeof input === 'boolean') return String(input);
  if (typeof input === 'string') return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}...` : input);
  return undefined;
}

/**
 * Turns zod issues into one line per issue, "path: what was expected, got what", at most 3.
 * @param error the failed parse (parse with `{ reportInput: true }` to get the "got" part)
 * @param base the name of the root value, e.g. "progress"
 * @param prefix path from `base` to the value that zod parsed; default none
 * @param tupleFields names of the positions when the parsed value is a tuple, so the path
 *   reads 'cards["x"][2] (stability)'; default none
 */
export function formatZodError(
  error: z.core.$ZodError,
  base: string,
  prefix: readonly PropertyKey[] = [],
  tupleFields: readonly string[] = [],
): string {
  const lines = error.issues.slice(0, MAX_ISSUES).map((issue) => {
    const message = issue.message.replace(NOISE_PREFIX, '');
    const got = 'input' in issue && !message.includes('received') ? describeInput(issue.input) : undefined;
    const position = issue.path[0];
    const field = typeof position === 'number' ? tupleFields[position] : undefined;
    const path = formatPath(base, [...prefix, ...issue.path]);
    const where = field === undefined ? path : `${path} (${field})`;
    return got === undefined ? `${where}: ${message}` : `${where}: ${message}, got ${got}`;
  });
  const more = error.issues.length - MAX_ISSUES;
  return more > 0 ? `${lines.join('; ')}; and ${more} more` : lines.join('; ');
}
