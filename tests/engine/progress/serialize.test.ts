import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeProgress } from '../../../src/engine/progress/merge';
import { applyRating, undoLast } from '../../../src/engine/srs/apply-rating';
import { parseProgress } from '../../../src/engine/progress/parse';
import { persistedProgressSchema } from '../../../src/engine/progress/schema';
import { parseIsoDateTime, reviveProgress, serializeProgress } from '../../../src/engine/progress/serialize';
import type { Progress, RatingValue, ReviewLogEntry } from '../../../src/engine/progress/types';
import { createEmptyProgress } from '../../../src/engine/progress/create';
import { qid, sampleProgress, T0 } from './sample';

describe('serializeProgress and reviveProgress', () => {
  it('round-trip through JSON without losing anything', () => {
    const progress = sampleProgress();
    const text = JSON.stringify(serializeProgress(progress));
    expect(reviveProgress(JSON.parse(text))).toEqual(progress);
  });

  it('saving after each step of a random session always reads back exactly (the save cache never goes stale)', () => {
    const ids = ['a', 'b', 'c', 'd'].map(qid);
    const step = fc.oneof(
      fc.record({ kind: fc.constant('rate' as const), id: fc.constantFrom(...ids), rating: fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<RatingValue>, minutes: fc.integer({ min: 0, max: 5000 }) }),
      fc.record({ kind: fc.constant('undo' as const) }),
      fc.record({ kind: fc.constant('merge' as const), minutes: fc.integer({ min: 0, max: 5000 }) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        let progress = sampleProgress();
        let clock = T0;
        for (const item of steps) {
          if (item.kind === 'rate') {
            clock += item.minutes * 60_000;
            progress = applyRating(progress, item.id, item.rating, clock, 1500, 'p');
          } else if (item.kind === 'undo') {
            progress = undoLast(progress)?.progress ?? progress;
          } else {
            const other = applyRating(sampleProgress(), qid('e'), 3, T0 - item.minutes * 60_000, 900, 'e');
            progress = mergeProgress(progress, other);
          }
          expect(reviveProgress(JSON.parse(JSON.stringify(serializeProgress(progress))))).toEqual(progress);
        }
      }),
      { numRuns: 150, seed: 351 },
    );
  });

  it('the persisted form passes the zod schema', () => {
    expect(persistedProgressSchema.safeParse(serializeProgress(sampleProgress())).success).toBe(true);
  });

  it('writes card dates as ISO strings and logs as tuples of an id index and epoch milliseconds', () => {
    const persisted = serializeProgress(sampleProgress());
    expect(persisted.cards['cpu-flags-001']?.[1]).toBe('2025-12-30T09:00:00.000Z');
    expect(persisted.logQuestionIds).toEqual(['cpu-flags-001', 'cpu-flags-002', 'open-vswitch-004', 'management-tools-012']);
    expect(persisted.logs[0]).toEqual([0, 3, T0 - 9 * 86_400_000, 3200 + ((T0 - 9 * 86_400_000) % 997), 0, 1, 'r']);
    expect(persisted.lessonsRead).toEqual({ 'cpu-flags': '2025-12-27T08:30:00.000Z' });
  });

  it('reads ISO dates exactly like Date.parse', () => {
    for (const text of ['2026-01-05T09:00:00.000Z', '1970-01-01T00:00:00.000Z', '2024-02-29T23:59:59.999Z', '0099-12-31T23:59:59.000Z', '2026-01-05T09:00:00Z', '2026-01-05T09:00:00.5Z']) {
      expect(parseIsoDateTime(text)).toBe(Date.parse(text));
    }
  });

  it('a log takes at most 40 bytes of JSON, its share of the id table included, with long ids answered 10 times each', () => {
    const logs: ReviewLogEntry[] = [];
    const logQuestionIds = Array.from({ length: 300 }, (_, index) => qid(`management-tools-${String(index).padStart(3, '0')}`));
    for (let index = 0; index < 3000; index += 1) logs.push([index % 300, 3, T0 + index * 61_000, 12_345, 2, 2, 'r']);
    const progress: Progress = { ...createEmptyProgress(T0), logQuestionIds, logs };
    const persisted = serializeProgress(progress);
    const bytes = JSON.stringify(persisted.logs).length + JSON.stringify(persisted.logQuestionIds).length;
    expect(bytes / logs.length).toBeLessThanOrEqual(40);
  });

  it('a "__proto__" key in data that skipped validation is dropped, not turned into a prototype', () => {
    const persisted = serializeProgress(sampleProgress());
    const hostile = JSON.parse(JSON.stringify(persisted).replace('"cpu-flags":', '"__proto__":'));
    const revived = reviveProgress(hostile);
    expect(Object.getPrototypeOf(revived.lessonsRead)).toBe(Object.prototype);
    expect(Object.keys(revived.lessonsRead)).toEqual([]);
    expect(({} as Record<string, unknown>)['cpu-flags']).toBeUndefined();
  });

  it('parseProgress reads what serializeProgress wrote and reports it as current', () => {
    const progress = sampleProgress();
    expect(parseProgress(JSON.parse(JSON.stringify(serializeProgress(progress))))).toEqual({ ok: true, progress, fromVersion: 2 });
  });
});
