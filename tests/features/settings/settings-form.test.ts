import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/engine/progress/types';
import { parseSettingsForm, toFormValues, type SettingsFormValues } from '../../../src/features/settings/settings-form';
import { describeSummary, progressFileName } from '../../../src/features/settings/progress-file';

const defaults = toFormValues(DEFAULT_SETTINGS);
const withValue = (patch: Partial<SettingsFormValues>) => parseSettingsForm({ ...defaults, ...patch });

describe('the settings form', () => {
  it('reads the defaults back as the defaults', () => {
    expect(parseSettingsForm(defaults)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it('reads retention as a decimal, a percentage or with a decimal comma', () => {
    for (const text of ['0.9', '90', '90%', ' 0,90 ']) {
      expect(withValue({ desiredRetention: text })).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
    }
  });

  it('refuses retention outside 0.70 to 0.99 and text that is not a number', () => {
    for (const text of ['0.69', '1', '100%', 'high', '0.9.1', '']) {
      const result = withValue({ desiredRetention: text });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.errors.desiredRetention).toMatch(/between 0\.70 and 0\.99/);
    }
  });

  it('accepts zero new questions a day but not a fraction or more than 1000', () => {
    expect(withValue({ newPerDay: '0' })).toMatchObject({ ok: true, settings: { newPerDay: 0 } });
    expect(withValue({ newPerDay: '2.5' })).toMatchObject({ ok: false, errors: { newPerDay: expect.stringMatching(/whole number/) } });
    expect(withValue({ newPerDay: '1001' }).ok).toBe(false);
  });

  it('keeps the hour a day starts between 0 and 23 and the maximum interval at least a day', () => {
    expect(withValue({ dayStartHour: '0' }).ok).toBe(true);
    expect(withValue({ dayStartHour: '23' }).ok).toBe(true);
    expect(withValue({ dayStartHour: '24' }).ok).toBe(false);
    expect(withValue({ maximumIntervalDays: '0' }).ok).toBe(false);
    expect(withValue({ maximumIntervalDays: '36500' }).ok).toBe(true);
  });

  it('reports every wrong field at once', () => {
    const result = parseSettingsForm({ desiredRetention: 'x', newPerDay: 'y', maximumIntervalDays: 'z', dayStartHour: 'w' });
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual(['dayStartHour', 'desiredRetention', 'maximumIntervalDays', 'newPerDay']);
  });
});

describe('progress files', () => {
  it('names the export after the local date', () => {
    const lateEvening = Date.UTC(2026, 2, 2, 23, 30);
    expect(progressFileName(lateEvening, 0)).toBe('lpic3-351.1-progress-2026-03-02.json');
    expect(progressFileName(lateEvening, 60)).toBe('lpic3-351.1-progress-2026-03-03.json');
  });

  it('describes a summary in words with singular and plural', () => {
    expect(describeSummary({ questions: 1, answers: 2, lessonsRead: 0, labTasks: 1, exams: 3 })).toBe(
      '1 question with progress, 2 answers, 0 lessons read, 1 lab task done, 3 mock exams',
    );
  });
});
