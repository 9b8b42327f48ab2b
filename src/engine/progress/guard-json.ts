import { formatPath } from './format-issues';

/** Deepest nesting accepted; real progress data is at most 6 levels deep. */
export const MAX_JSON_DEPTH = 16;

// A key that, assigned with obj[key] = value, replaces the object's prototype.
const FORBIDDEN_KEY = '__proto__';

type Problem = { readonly path: PropertyKey[]; readonly kind: 'depth' | 'proto' };

function findProblem(value: object, depth: number): Problem | null {
  if (depth > MAX_JSON_DEPTH) return { path: [], kind: 'depth' };
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      if (typeof item !== 'object' || item === null) continue;
      const problem = findProblem(item, depth + 1);
      if (problem !== null) return { path: [index, ...problem.path], kind: problem.kind };
    }
    return null;
  }
  for (const key of Object.keys(value)) {
    if (key === FORBIDDEN_KEY) return { path: [key], kind: 'proto' };
    const item: unknown = (value as Record<string, unknown>)[key];
    if (typeof item !== 'object' || item === null) continue;
    const problem = findProblem(item, depth + 1);
    if (problem !== null) return { path: [key, ...problem.path], kind: problem.kind };
  }
  return null;
}

/**
 * Looks for structure no valid progress file has: a "__proto__" key (which could pollute
 * prototypes when copied) or nesting deeper than MAX_JSON_DEPTH (16). Recursion is bounded
 * by that depth, so hostile input cannot overflow the stack.
 * @param value parsed JSON
 * @param base name of the root in messages, e.g. "file"
 * @returns null when safe, else a message naming where the problem is
 */
export function findUnsafeStructure(value: unknown, base: string): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const problem = findProblem(value, 1);
  if (problem === null) return null;
  const where = formatPath(base, problem.path);
  return problem.kind === 'proto'
    ? `${where}: the key "__proto__" is not allowed`
    : `${where}: nested deeper than ${MAX_JSON_DEPTH} levels; expected progress data`;
}
