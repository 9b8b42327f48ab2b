import { describe, expect, it } from 'vitest';
import { dayKey, formatDayKey, startOfDayKey, startOfStudyDay } from '../../../src/engine/srs/study-day';

const BERLIN_WINTER = -60; // getTimezoneOffset() in Berlin in January
const NEW_YORK_WINTER = 300;

describe('study days start at 4 AM local time', () => {
  it('in Berlin, 03:59 local still belongs to the previous study day and 04:00 starts a new one', () => {
    const before = Date.parse('2026-01-06T02:59:00Z'); // 03:59 in Berlin
    const after = Date.parse('2026-01-06T03:00:00Z'); // 04:00 in Berlin
    expect(formatDayKey(dayKey(before, 4, BERLIN_WINTER))).toBe('2026-01-05');
    expect(formatDayKey(dayKey(after, 4, BERLIN_WINTER))).toBe('2026-01-06');
  });

  it('in New York, 23:30 local on the 5th is still the 5th although UTC has reached the 6th', () => {
    const lateEvening = Date.parse('2026-01-06T04:30:00Z'); // 23:30 on the 5th in New York
    expect(formatDayKey(dayKey(lateEvening, 4, NEW_YORK_WINTER))).toBe('2026-01-05');
  });

  it('the start of the study day is 04:00 local, expressed in UTC', () => {
    const noon = Date.parse('2026-01-06T11:00:00Z');
    expect(new Date(startOfStudyDay(noon, 4, BERLIN_WINTER)).toISOString()).toBe('2026-01-06T03:00:00.000Z');
    expect(new Date(startOfStudyDay(noon, 4, NEW_YORK_WINTER)).toISOString()).toBe('2026-01-06T09:00:00.000Z');
  });

  it('startOfDayKey and dayKey agree at every hour of a day', () => {
    for (let hour = 0; hour < 24; hour += 1) {
      const moment = Date.parse('2026-03-10T00:00:00Z') + hour * 3_600_000;
      const day = dayKey(moment, 4, BERLIN_WINTER);
      const start = startOfDayKey(day, 4, BERLIN_WINTER);
      expect(moment >= start && moment < start + 86_400_000).toBe(true);
    }
  });

  it('with a midnight start and UTC the study day is the UTC date', () => {
    expect(formatDayKey(dayKey(Date.parse('2026-02-28T23:59:59Z'), 0, 0))).toBe('2026-02-28');
  });
});
