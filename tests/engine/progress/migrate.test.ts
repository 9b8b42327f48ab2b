import { createEmptyCard, fsrs, generatorParameters, Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { logQuestionId } from '../../../src/engine/progress/cards';
import { createEmptyProgress } from '../../../src/engine/progress/create';
import { migrateProgress } from '../../../src/engine/progress/migrate';
import { parseProgress } from '../../../src/engine/progress/parse';
import { DEFAULT_SETTINGS, type Progress } from '../../../src/engine/progress/types';
import { applyRating } from '../../../src/engine/srs/apply-rating';
import fixtureJson from './fixtures/progress-v1.json';
import { qid } from './sample';

const fixture: unknown = fixtureJson;

function migrated(): Progress {
  const result = parseProgress(structuredClone(fixture));
  if (!result.ok) throw new Error(result.error);
  return result.progress;
}

describe('migrating version 1 progress', () => {
  it('reads as version 1 and becomes current progress', () => {
    const result = parseProgress(structuredClone(fixture));
    expect(result.ok && result.fromVersion).toBe(1);
    expect(result.ok && result.progress.version).toBe(2);
  });

  it('replays every answer in time order: right answers as Good, wrong ones as Again', () => {
    const progress = migrated();
    expect(progress.logs.map((entry) => [logQuestionId(progress, entry), entry[1], new Date(entry[2]).toISOString()])).toEqual([
      ['cpu-flags-001', 3, '2025-11-03T18:20:00.000Z'],
      ['cpu-flags-002', 1, '2025-11-03T18:21:30.000Z'],
      ['p2v-003', 3, '2025-11-04T07:45:10.000Z'],
      ['cpu-flags-001', 3, '2025-11-05T19:02:00.000Z'],
      ['cpu-flags-002', 3, '2025-11-05T19:03:00.000Z'],
      ['retired-question-009', 1, '2025-11-06T08:00:00.000Z'],
    ]);
  });

  it('builds the same cards as answering those questions in the current app', () => {
    let expected = createEmptyProgress(0, { ...DEFAULT_SETTINGS, newPerDay: 15 });
    const answers: [string, 1 | 3, string][] = [
      ['cpu-flags-001', 3, '2025-11-03T18:20:00.000Z'],
      ['cpu-flags-002', 1, '2025-11-03T18:21:30.000Z'],
      ['p2v-003', 3, '2025-11-04T07:45:10.000Z'],
      ['cpu-flags-001', 3, '2025-11-05T19:02:00.000Z'],
      ['cpu-flags-002', 3, '2025-11-05T19:03:00.000Z'],
      ['retired-question-009', 1, '2025-11-06T08:00:00.000Z'],
    ];
    for (const [id, rating, at] of answers) expected = applyRating(expected, qid(id), rating, Date.parse(at), 0, 'p');
    expect(migrated().cards).toEqual(expected.cards);
  });

  it('the card of a question answered twice matches ts-fsrs called directly', () => {
    const f = fsrs(generatorParameters({ request_retention: 0.9, maximum_interval: 365, learning_steps: ['1m', '10m'], relearning_steps: ['10m'] }));
    const first = f.next(createEmptyCard(new Date('2025-11-03T18:20:00.000Z')), new Date('2025-11-03T18:20:00.000Z'), Rating.Good).card;
    const second = f.next(first, new Date('2025-11-05T19:02:00.000Z'), Rating.Good).card;
    const card = migrated().cards['cpu-flags-001'];
    expect(card?.due).toBe(second.due.getTime());
    expect(card?.stability).toBe(second.stability);
    expect(card?.state).toBe(2);
    expect(card?.reps).toBe(2);
  });

  it('keeps lessons read, the new-per-day setting, and the retired question', () => {
    const progress = migrated();
    expect(progress.lessonsRead).toEqual({ 'cpu-flags': Date.parse('2025-11-03T18:00:00.000Z'), 'p2v-v2v': Date.parse('2025-11-04T07:30:00.000Z') });
    expect(progress.settings).toEqual({ ...DEFAULT_SETTINGS, newPerDay: 15 });
    expect(progress.cards['retired-question-009']?.state).toBe(1);
    expect(progress.updatedAt).toBe(Date.parse('2025-11-06T08:00:00.000Z'));
    expect([progress.labTasksDone, progress.examHistory, progress.undo]).toEqual([{}, [], []]);
  });

  it('a broken version 1 file is refused with the field that is wrong', () => {
    const broken = structuredClone(fixture) as { answers: Record<string, unknown>[] };
    (broken.answers[2] as Record<string, unknown>).correct = 'yes';
    const result = parseProgress(broken);
    expect(result).toEqual({ ok: false, error: 'progress.answers[2].correct: expected boolean, received string' });
  });

  it('an unknown old version is refused', () => {
    expect(migrateProgress({ version: 0 }, 0)).toEqual({ ok: false, error: 'progress.version: cannot migrate from version 0; expected 1 to 2' });
  });
});
