/*
 * Runs every benchmark (bench/*.bench.ts[x]) and prints the median of each, in milliseconds.
 * Medians, not means: these machines are shared and noisy.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface BenchResult {
  name: string;
  median: number;
  p75: number;
  sampleCount: number;
}
interface BenchOutput {
  files: { filepath: string; groups: { fullName: string; benchmarks: BenchResult[] }[] }[];
}

const output = join(mkdtempSync(join(tmpdir(), 'bench-')), 'bench.json');
const run = spawnSync('npx', ['vitest', 'bench', '--run', '--configLoader', 'runner', '--outputJson', output, ...process.argv.slice(2)], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, NO_COLOR: '1' },
});
if (run.status !== 0) process.exit(run.status ?? 1);

const results = JSON.parse(readFileSync(output, 'utf8')) as BenchOutput;
const format = (ms: number) => (ms >= 1 ? `${ms.toFixed(1)} ms` : `${(ms * 1000).toFixed(1)} µs`);
console.log('median     p75        samples  benchmark');
for (const file of results.files) {
  for (const group of file.groups) {
    for (const bench of group.benchmarks) {
      console.log(`${format(bench.median).padEnd(10)} ${format(bench.p75).padEnd(10)} ${String(bench.sampleCount).padStart(7)}  ${group.fullName.replace(/^.*?> /, '')} › ${bench.name}`);
    }
  }
}
