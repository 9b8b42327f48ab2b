import type { StudySettings } from '../../engine/progress/types';

/** The scheduling settings as typed into the form. */
export interface SettingsFormValues {
  readonly desiredRetention: string;
  readonly newPerDay: string;
  readonly maximumIntervalDays: string;
  readonly dayStartHour: string;
}

export type SettingsField = keyof SettingsFormValues;
export type SettingsErrors = Partial<Record<SettingsField, string>>;

export type SettingsParseResult = { readonly ok: true; readonly settings: StudySettings } | { readonly ok: false; readonly errors: SettingsErrors };

/** Bounds of each setting: those of the progress schema, so a saved value always loads again. */
export const SETTINGS_BOUNDS = {
  desiredRetention: { min: 0.7, max: 0.99 },
  newPerDay: { min: 0, max: 1000 },
  maximumIntervalDays: { min: 1, max: 36500 },
  dayStartHour: { min: 0, max: 23 },
} as const;

/**
 * The form's starting text for saved settings.
 * @param settings the learner's settings
 */
export function toFormValues(settings: StudySettings): SettingsFormValues {
  return {
    desiredRetention: settings.desiredRetention.toFixed(2),
    newPerDay: String(settings.newPerDay),
    maximumIntervalDays: String(settings.maximumIntervalDays),
    dayStartHour: String(settings.dayStartHour),
  };
}

function readNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(trimmed)) return null;
  return Number(trimmed);
}

function readRetention(text: string): { value: number } | { error: string } {
  const { min, max } = SETTINGS_BOUNDS.desiredRetention;
  const wanted = `Desired retention must be between ${min.toFixed(2)} and ${max.toFixed(2)} (for example 0.90, a 90% chance of remembering a question when it comes back).`;
  const raw = text.trim();
  const percent = raw.endsWith('%');
  const number = readNumber(percent ? raw.slice(0, -1) : raw);
  if (number === null) return { error: raw === '' ? `Enter a desired retention. ${wanted}` : wanted };
  // "90" or "90%" is read as a percentage: people say retention both ways.
  const value = percent || number > 1 ? number / 100 : number;
  const rounded = Math.round(value * 100) / 100;
  return rounded >= min && rounded <= max ? { value: rounded } : { error: wanted };
}

function readWhole(text: string, field: 'newPerDay' | 'maximumIntervalDays' | 'dayStartHour', wanted: string): { value: number } | { error: string } {
  const { min, max } = SETTINGS_BOUNDS[field];
  const number = readNumber(text);
  if (number === null || !Number.isInteger(number) || number < min || number > max) return { error: wanted };
  return { value: number };
}

/**
 * Checks the form and turns it into settings, or says for each wrong field what is expected.
 * Retention may be typed as 0.9, 90 or 90%; a comma works as the decimal point.
 * @param values the form's text
 */
export function parseSettingsForm(values: SettingsFormValues): SettingsParseResult {
  const retention = readRetention(values.desiredRetention);
  const newPerDay = readWhole(values.newPerDay, 'newPerDay', 'New questions per day must be a whole number from 0 to 1000 (0 pauses new questions).');
  const maximum = readWhole(values.maximumIntervalDays, 'maximumIntervalDays', 'Maximum interval must be a whole number of days from 1 to 36500.');
  const dayStart = readWhole(values.dayStartHour, 'dayStartHour', 'The hour a new day starts must be a whole hour from 0 to 23 (4 means 04:00).');
  const errors: SettingsErrors = {
    ...('error' in retention ? { desiredRetention: retention.error } : {}),
    ...('error' in newPerDay ? { newPerDay: newPerDay.error } : {}),
    ...('error' in maximum ? { maximumIntervalDays: maximum.error } : {}),
    ...('error' in dayStart ? { dayStartHour: dayStart.error } : {}),
  };
  if ('error' in retention || 'error' in newPerDay || 'error' in maximum || 'error' in dayStart) return { ok: false, errors };
  return {
    ok: true,
    settings: { desiredRetention: retention.value, newPerDay: newPerDay.value, maximumIntervalDays: maximum.value, dayStartHour: dayStart.value },
  };
}
