/* Prints counts of the question bank per area, type and difficulty, and the lessons' sizes. */
import { loadContent } from './load-content';
import { AREA_IDS } from '../src/engine/content/types';
import { formatContentError } from '../src/engine/content/errors';

const content = loadContent(process.cwd());
const pad = (text: string | number, width: number) => String(text).padEnd(width);
const num = (value: number, width = 8) => String(value).padStart(width);

console.log('Lessons');
for (const lesson of content.lessons) {
  const { meta, callouts } = lesson;
  console.log(`  ${num(meta.order, 2)}. ${pad(meta.id, 28)} ${num(meta.words, 5)} words  ${num(meta.readingMinutes, 3)} min  tips ${callouts.examTips}  mistakes ${callouts.mistakes}  exercises ${callouts.answers}`);
}

console.log('\nQuestions per area');
console.log(`  ${pad('area', 20)}${num(0).replace('0', 'total')}  single multiple     fill   d1   d2   d3`);
const rows = AREA_IDS.map((area) => {
  const list = content.questions.filter((question) => question.area === area);
  const by = (test: (q: (typeof list)[number]) => boolean) => list.filter(test).length;
  return { area, total: list.length, single: by((q) => q.type === 'single'), multiple: by((q) => q.type === 'multiple'), fill: by((q) => q.type === 'fill'), d1: by((q) => q.difficulty === 1), d2: by((q) => q.difficulty === 2), d3: by((q) => q.difficulty === 3) };
});
for (const row of rows) {
  console.log(`  ${pad(row.area, 20)}${num(row.total)}${num(row.single)}${num(row.multiple, 9)}${num(row.fill, 9)}${num(row.d1, 5)}${num(row.d2, 5)}${num(row.d3, 5)}`);
}
const total = content.questions.length;
const share = (count: number) => `${((count / Math.max(1, total)) * 100).toFixed(0)}%`;
const sum = (key: 'single' | 'multiple' | 'fill') => rows.reduce((acc, row) => acc + row[key], 0);
console.log(`  ${pad('all', 20)}${num(total)}${num(sum('single'))}${num(sum('multiple'), 9)}${num(sum('fill'), 9)}`);
console.log(`\nFormats: single ${share(sum('single'))}, multiple ${share(sum('multiple'))}, fill ${share(sum('fill'))}`);
console.log(`Glossary: ${content.glossary.length} terms`);
for (const warning of content.warnings) console.log(`warning: ${formatContentError(warning)}`);
if (content.errors.length > 0) {
  for (const error of content.errors) console.error(formatContentError(error));
  process.exit(1);
}
