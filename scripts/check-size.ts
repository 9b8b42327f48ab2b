/*
 * Checks the JavaScript budget from the build output:
 *   the first page (entry chunk and everything it imports statically) <= 120 KB gzipped;
 *   a lesson page adds (lesson route, Markdown renderer, the largest lesson) <= 60 KB more.
 * Prints the figures; exits 1 when a budget is exceeded.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

const DIST = join(process.cwd(), 'dist');
const FIRST_PAGE_BUDGET = 120 * 1024;
const LESSON_PAGE_BUDGET = 60 * 1024;

const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;

function gzipped(file: string): number {
  return gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
}

/** A chunk's key plus every chunk it imports statically, transitively. */
function staticClosure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const child of manifest[key]?.imports ?? []) staticClosure(child, seen);
  return seen;
}

function total(keys: Iterable<string>): number {
  let sum = 0;
  for (const key of keys) if (manifest[key]?.file.endsWith('.js')) sum += gzipped(manifest[key]!.file);
  return sum;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const entryKey = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
if (!entryKey) throw new Error('dist/.vite/manifest.json has no entry chunk; run npm run build first');
const firstPage = staticClosure(entryKey);
const firstPageBytes = total(firstPage);

const lessonRouteKey = Object.keys(manifest).find((key) => key.endsWith('features/lessons/LessonPage.tsx'));
if (!lessonRouteKey) throw new Error('no LessonPage chunk in the manifest');
const lessonRoute = [...staticClosure(lessonRouteKey)].filter((key) => !firstPage.has(key));
const lessonChunks = Object.keys(manifest).filter((key) => key.includes('virtual:content/lesson/'));
const largestLesson = lessonChunks.map((key) => ({ key, bytes: total([key]) })).sort((a, b) => b.bytes - a.bytes)[0];
const lessonPageBytes = total(lessonRoute) + (largestLesson?.bytes ?? 0);

console.log(`first page JavaScript: ${kb(firstPageBytes)} gzipped (budget ${kb(FIRST_PAGE_BUDGET)}) in ${firstPage.size} chunk(s)`);
console.log(
  `lesson page adds: ${kb(lessonPageBytes)} gzipped (budget ${kb(LESSON_PAGE_BUDGET)}): route and renderer ${kb(total(lessonRoute))}, largest lesson ${kb(largestLesson?.bytes ?? 0)}`,
);
let failed = false;
if (firstPageBytes > FIRST_PAGE_BUDGET) {
  console.error(`FAIL: the first page is ${kb(firstPageBytes - FIRST_PAGE_BUDGET)} over budget`);
  failed = true;
}
if (lessonPageBytes > LESSON_PAGE_BUDGET) {
  console.error(`FAIL: a lesson page is ${kb(lessonPageBytes - LESSON_PAGE_BUDGET)} over budget`);
  failed = true;
}
process.exit(failed ? 1 : 0);
