// @vitest-environment node
import { bench, describe } from 'vitest';
import { AREA_IDS, type LessonId, type QuestionId } from '../src/engine/content/types';
import { createEmptyProgress } from '../src/engine/progress/create';
import { createExport, parseImport } from '../src/engine/progress/export-import';
import { mergeProgress } from '../src/engine/progress/merge';
import { parseProgress } from '../src/engine/progress/parse';
import { reviveProgress, serializeProgress } from '../src/engine/progress/serialize';
import { DEFAULT_SETTINGS, type Progress, type RatingValue } from '../src/engine/progress/types';
import { applyRating } from '../src/engine/srs/apply-rating';
import type { BankEntry } from '../src/engine/srs/bank';
import { forecastReadiness } from '../src/engine/srs/readiness';
import { replayAnswers, type ReplayAnswer } from '../src/engine/srs/replay';
import { buildReviewQueue } from '../src/engine/srs/review-queue';
import { buildWeakAreas } from '../src/engine/srs/weak-areas';

const CARDS = 10_000;
const LOGS = 100_000;
const NOW = Date.UTC(2026, 5, 1, 9, 0, 0);
const DAY = 86_400_000;
const BERLIN_SUMMER = -120;

// mulberry32: a fixed seed makes every run build the same learner.
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function buildBank(): BankEntry[] {
  return Array.from({ length: CARDS }, (_, index) => {
    const area = AREA_IDS[index % AREA_IDS.length] as (typeof AREA_IDS)[number];
    const number = String(Math.floor(index / AREA_IDS.length)).padStart(4, '0');
    return { id: `${area}-${number}` as QuestionId, area, lesson: `${area}-lesson-${index % 3}` as LessonId };
  });
}

function buildProgress(bank: readonly BankEntry[]): Progress {
  const random = createRandom(305_300);
  const answers: ReplayAnswer[] = Array.from({ length: LOGS }, () => {
    const question = bank[Math.floor(random() * bank.length)] as BankEntry;
    const rating = (random() < 0.15 ? 1 : 2 + Math.floor(random() * 3)) as RatingValue;
    return { questionId: question.id, rating, reviewedAt: NOW - Math.floor(random() * 365 * DAY), responseMs: 2000 + Math.floor(random() * 20_000), source: 'r' };
  });
  const { cards, logQuestionIds, logs } = replayAnswers(DEFAULT_SETTINGS, answers);
  return { ...createEmptyProgress(NOW - DAY), cards, logQuestionIds, logs };
}

const bank = buildBank();
const bankIds = bank.map((question) => question.id);
const progress = buildProgress(bank);
const serialized = JSON.stringify(serializeProgress(progress));
const exportText = JSON.stringify(createExport(progress, '0.1.0', NOW));
const persisted = serializeProgress(progress);
const logBytes = JSON.stringify(persisted.logs).length + JSON.stringify(persisted.logQuestionIds).length;
// Benchmarks of a load that fails validation would measure the wrong thing.
const check = parseImport(exportText);
if (!check.ok) throw new Error(`bench data does not import: ${check.error}`);
console.log(
  `srs bench data: ${Object.keys(progress.cards).length} cards, ${progress.logs.length} logs; ` +
    `persisted JSON ${serialized.length} bytes (${(serialized.length / 1024 / 1024).toFixed(2)} MiB), ` +
    `logs ${(logBytes / progress.logs.length).toFixed(1)} bytes each (id table included)`,
);

describe('10,000 cards and 100,000 logs', () => {
  bench('buildReviewQueue', () => {
    buildReviewQueue(progress, bankIds, NOW, progress.settings, BERLIN_SUMMER);
  });

  bench('buildWeakAreas', () => {
    buildWeakAreas(progress, bank, NOW);
  });

  bench('reviveProgress(JSON.parse(serialized))', () => {
    reviveProgress(JSON.parse(serialized));
  });

  bench('parseProgress(JSON.parse(serialized)) (validated load)', () => {
    parseProgress(JSON.parse(serialized));
  });

  bench('JSON.stringify(serializeProgress(progress)) (save)', () => {
    JSON.stringify(serializeProgress(progress));
  });

  bench('applyRating', () => {
    applyRating(progress, bankIds[1234] as QuestionId, 3, NOW, 4000, 'r');
  });

  bench('forecastReadiness', () => {
    forecastReadiness(progress, bank, NOW + 30 * DAY, { now: NOW });
  });

  bench('mergeProgress of two copies', () => {
    mergeProgress(progress, progress);
  });

  bench('parseImport of an export file', () => {
    parseImport(exportText);
  });
});
