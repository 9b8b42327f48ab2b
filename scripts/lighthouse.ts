/*
 * Lighthouse against the built app in Debian's Chromium: home and a lesson, mobile and
 * desktop, three runs each; prints the median of every category. Run `npm run build` first.
 * Scores swing on a loaded machine, so this reports and never fails a build.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const PORT = 4180;
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const OUT = join(process.cwd(), '.lighthouse');
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'lesson', path: '/lessons/hypervisor-types' },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

async function waitForServer(url: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the preview server did not start on ${url}`);
}

mkdirSync(OUT, { recursive: true });
const server = spawn('./node_modules/.bin/vite', ['preview', '--configLoader', 'runner', '--host', '127.0.0.1', '--strictPort', '--port', String(PORT)], { stdio: 'ignore' });
try {
  await waitForServer(`http://127.0.0.1:${PORT}/`);
  console.log(`median of ${RUNS} runs`);
  console.log(`${'page'.padEnd(8)} ${'form'.padEnd(8)} ${CATEGORIES.map((category) => category.padStart(15)).join('')}  TBT ms  LCP ms`);
  for (const page of PAGES) {
    for (const form of ['mobile', 'desktop'] as const) {
      const scores: Record<string, number[]> = {};
      const tbt: number[] = [];
      const lcp: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const report = join(OUT, `${page.name}-${form}-${run}.json`);
        const args = [
          'lighthouse',
          `http://127.0.0.1:${PORT}${page.path}`,
          '--quiet',
          '--output=json',
          `--output-path=${report}`,
          `--only-categories=${CATEGORIES.join(',')}`,
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
          ...(form === 'desktop' ? ['--preset=desktop'] : []),
        ];
        const result = spawnSync('npx', args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: CHROME } });
        if (result.status !== 0) throw new Error(`lighthouse failed for ${page.path} (${form})`);
        const json = JSON.parse(readFileSync(report, 'utf8')) as {
          categories: Record<string, { score: number }>;
          audits: Record<string, { numericValue?: number }>;
        };
        for (const category of CATEGORIES) (scores[category] ??= []).push(Math.round((json.categories[category]?.score ?? 0) * 100));
        tbt.push(json.audits['total-blocking-time']?.numericValue ?? NaN);
        lcp.push(json.audits['largest-contentful-paint']?.numericValue ?? NaN);
      }
      const row = CATEGORIES.map((category) => String(median(scores[category] ?? [])).padStart(15)).join('');
      console.log(`${page.name.padEnd(8)} ${form.padEnd(8)} ${row}  ${String(Math.round(median(tbt))).padStart(6)}  ${String(Math.round(median(lcp))).padStart(6)}`);
    }
  }
} finally {
  server.kill();
}
