import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProgress } from '../../../src/engine/progress/parse';
import { persistedCardSchema, persistedLogSchema, type PersistedProgress } from '../../../src/engine/progress/schema';
import { serializeProgress } from '../../../src/engine/progress/serialize';
import { isPersistedCard, isPersistedLog } from '../../../src/engine/progress/validate-bulk';
import { sampleProgress } from './sample';

function persisted(): PersistedProgress {
  return JSON.parse(JSON.stringify(serializeProgress(sampleProgress()))) as PersistedProgress;
}

function errorOf(raw: unknown): string {
  const result = parseProgress(raw);
  return result.ok ? 'ok' : result.error;
}

describe('parseProgress error messages name the field and what was expected', () => {
  it('a card field of the wrong type', () => {
    const data = persisted() as unknown as { cards: Record<string, unknown[]> };
    (data.cards['cpu-flags-002'] as unknown[])[2] = '3.2';
    expect(errorOf(data)).toBe('progress.cards["cpu-flags-002"][2] (stability): expected number, received string');
  });

  it('a due date that is not ISO 8601', () => {
    const data = persisted() as unknown as { cards: Record<string, unknown[]> };
    (data.cards['open-vswitch-004'] as unknown[])[0] = '05/01/2026';
    expect(errorOf(data)).toBe(
      'progress.cards["open-vswitch-004"][0] (due): expected an ISO 8601 UTC date-time such as 2026-01-31T09:00:00.000Z, got "05/01/2026"',
    );
  });

  it('a log with an impossible rating', () => {
    const data = persisted() as unknown as { logs: unknown[][] };
    (data.logs[3] as unknown[])[1] = 7;
    expect(errorOf(data)).toBe('progress.logs[3][1] (rating): expected one of 1|2|3|4, got 7');
  });

  it('a log pointing past the id table', () => {
    const data = persisted() as unknown as { logs: unknown[][] };
    (data.logs[2] as unknown[])[0] = 99;
    expect(errorOf(data)).toBe('progress.logs[2][0] (questionIndex): expected an index into logQuestionIds (below 4), got 99');
  });

  it('a setting out of range', () => {
    const data = persisted() as unknown as { settings: Record<string, unknown> };
    data.settings.dayStartHour = 24;
    expect(errorOf(data)).toBe('progress.settings.dayStartHour: expected number to be <=23, got 24');
  });

  it('a missing field', () => {
    const data = persisted() as unknown as Record<string, unknown>;
    delete data.examHistory;
    expect(errorOf(data)).toBe('progress.examHistory: expected array, received undefined');
  });

  it('not an object at all', () => {
    expect(errorOf([1, 2])).toBe('progress: expected an object, received array');
    expect(errorOf(null)).toBe('progress: expected an object, received null');
  });

  it('a newer version is refused with a reason', () => {
    expect(errorOf({ ...persisted(), version: 3 })).toBe(
      'progress.version: saved by a newer version of the app (version 3); this app reads up to version 2',
    );
  });

  it('a version that is not a whole number', () => {
    expect(errorOf({ ...persisted(), version: '2' })).toBe('progress.version: expected a whole number from 1 to 2, got "2"');
  });
});

describe('parseProgress refuses structure no progress has', () => {
  it('a "__proto__" question id among the cards', () => {
    const text = JSON.stringify(persisted()).replace('"cards":{', '"cards":{"__proto__":["2026-01-05T09:00:00.000Z",null,1,5,2,0,1,0,1,0],');
    expect(errorOf(JSON.parse(text))).toBe('progress.cards.__proto__: the key "__proto__" is not allowed');
    expect(({} as Record<string, unknown>)[0]).toBeUndefined();
  });

  it('a "__proto__" key inside an exam summary', () => {
    const text = JSON.stringify(persisted()).replace('"perArea":{', '"perArea":{"__proto__":{"correct":1,"total":1},');
    expect(errorOf(JSON.parse(text))).toBe('progress.examHistory[0].perArea.__proto__: the key "__proto__" is not allowed');
  });

  it('junk nested 40 levels deep in an unknown field', () => {
    const data = { ...persisted(), junk: JSON.parse(`${'['.repeat(40)}${']'.repeat(40)}`) };
    expect(errorOf(data)).toMatch(/^progress\.junk(\[0\])+: nested deeper than 16 levels; expected progress data$/);
  });
});

describe('parseProgress keeps what it cannot place', () => {
  it('unknown extra fields are dropped, not carried into memory', () => {
    const data = persisted() as unknown as { settings: Record<string, unknown>; examHistory: Record<string, unknown>[]; junk: number };
    data.settings.theme = 'dark';
    (data.examHistory[0] as Record<string, unknown>).note = 'x'.repeat(1000);
    data.junk = 1;
    const result = parseProgress(data);
    expect(result.ok && [Object.keys(result.progress.settings), Object.keys(result.progress.examHistory[0] ?? {}).includes('note'), 'junk' in result.progress]).toEqual([
      ['desiredRetention', 'newPerDay', 'maximumIntervalDays', 'dayStartHour'],
      false,
      false,
    ]);
  });

  it('cards of questions that no longer exist stay in the data', () => {
    const data = persisted();
    const result = parseProgress(data);
    expect(result.ok && Object.keys(result.progress.cards)).toEqual(['cpu-flags-001', 'cpu-flags-002', 'open-vswitch-004', 'management-tools-012']);
  });
});

describe('the fast validators accept exactly what the zod schema accepts', () => {
  const iso = fc.oneof(
    fc.constantFrom('2026-01-05T09:00:00.000Z', '2024-02-29T23:59:59Z', '2026-02-30T00:00:00Z', '2026-13-01T00:00:00Z', '2026-01-05T09:00:00+01:00', ''),
    fc.date({ min: new Date(0), max: new Date(4102444800000), noInvalidDate: true }).map((date) => date.toISOString()),
  );
  const number = fc.oneof(fc.integer({ min: -3, max: 12 }), fc.double({ min: -1, max: 20, noNaN: false }), fc.constantFrom(Infinity, 2 ** 60));
  const anything = fc.oneof(number, iso, fc.constant(null), fc.boolean(), fc.constant(undefined));

  it('for cards', () => {
    const card = fc.oneof(
      fc.tuple(fc.oneof(iso, anything), fc.oneof(iso, fc.constant(null), anything), number, number, number, number, number, number, number, number),
      fc.array(fc.oneof(iso, number), { maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.oneof(card, anything), (value) => {
        expect(isPersistedCard(value)).toBe(persistedCardSchema.safeParse(value).success);
      }),
      { numRuns: 2000, seed: 351 },
    );
  });

  it('for logs', () => {
    const source = fc.constantFrom('p', 'r', 'e', 'x', 3);
    const log = fc.oneof(
      fc.tuple(number, number, number, number, number, number, source),
      fc.array(fc.oneof(number, source), { maxLength: 9 }),
    );
    fc.assert(
      fc.property(log, (value) => {
        expect(isPersistedLog(value, Number.MAX_SAFE_INTEGER)).toBe(persistedLogSchema.safeParse(value).success);
      }),
      { numRuns: 2000, seed: 351 },
    );
  });
});
