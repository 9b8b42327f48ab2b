import { useRef, useState, type FormEvent } from 'react';
import { DEFAULT_SETTINGS } from '../../engine/progress/types';
import { updateSettings } from '../../engine/progress/create';
import { useProgressActions, useProgressStore } from '../../store/stores-context';
import { parseSettingsForm, toFormValues, type SettingsErrors, type SettingsField, type SettingsFormValues } from './settings-form';

interface FieldSpec {
  readonly name: SettingsField;
  readonly label: string;
  readonly hint: string;
  readonly inputMode: 'decimal' | 'numeric';
  readonly unit?: string;
}

const FIELDS: readonly FieldSpec[] = [
  {
    name: 'desiredRetention',
    label: 'Desired retention',
    hint: 'The chance of still remembering a question when it comes back, 0.70 to 0.99. Higher means more reviews; 0.90 is Anki’s default.',
    inputMode: 'decimal',
  },
  { name: 'newPerDay', label: 'New questions per day', hint: 'How many unseen questions a review brings in each day, 0 to 1000.', inputMode: 'numeric' },
  {
    name: 'maximumIntervalDays',
    label: 'Maximum interval',
    hint: 'The longest a question can stay away, 1 to 36500 days. 365 keeps every question coming back at least once a year.',
    inputMode: 'numeric',
    unit: 'days',
  },
  {
    name: 'dayStartHour',
    label: 'Next day starts at',
    hint: 'The hour (0 to 23) at which a new study day begins, as in Anki: with 4, a review at 02:00 still counts for the day before.',
    inputMode: 'numeric',
    unit: 'o’clock',
  },
];

/** Desired retention, new questions per day, maximum interval and day start, checked before saving. */
export function SchedulingForm() {
  const settings = useProgressStore((state) => state.progress.settings);
  const { update } = useProgressActions();
  const [values, setValues] = useState<SettingsFormValues>(() => toFormValues(settings));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [status, setStatus] = useState('');
  const form = useRef<HTMLFormElement>(null);

  const save = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseSettingsForm(values);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      setStatus('');
      const first = FIELDS.find((field) => parsed.errors[field.name]);
      if (first) form.current?.querySelector<HTMLInputElement>(`#setting-${first.name}`)?.focus();
      return;
    }
    setErrors({});
    update((progress, now) => updateSettings(progress, parsed.settings, now));
    setValues(toFormValues(parsed.settings));
    setStatus('Settings saved. They apply from the next question you rate.');
  };

  const errorCount = Object.keys(errors).length;
  return (
    <form ref={form} className="settings-form" onSubmit={save} noValidate aria-labelledby="settings-scheduling">
      {errorCount > 0 ? (
        <div className="settings-form__errors" role="alert">
          <p>
            {errorCount === 1 ? 'One setting needs' : `${errorCount} settings need`} fixing; nothing was saved.
          </p>
        </div>
      ) : null}
      {FIELDS.map((field) => {
        const error = errors[field.name];
        const hintId = `setting-${field.name}-hint`;
        const errorId = `setting-${field.name}-error`;
        return (
          <div key={field.name} className="field settings-field">
            <label htmlFor={`setting-${field.name}`}>{field.label}</label>
            <div className="settings-field__input">
              <input
                id={`setting-${field.name}`}
                type="text"
                inputMode={field.inputMode}
                autoComplete="off"
                value={values[field.name]}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${errorId} ${hintId}` : hintId}
                onChange={(event) => {
                  setValues({ ...values, [field.name]: event.target.value });
                  setStatus('');
                }}
              />
              {field.unit ? <span aria-hidden="true">{field.unit}</span> : null}
            </div>
            {error ? (
              <p id={errorId} className="error-text settings-field__error">
                {error}
              </p>
            ) : null}
            <p id={hintId} className="settings-field__hint">
              {field.hint}
            </p>
          </div>
        );
      })}
      <div className="settings-form__actions">
        <button type="submit" className="button button--primary">
          Save settings
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setValues(toFormValues(DEFAULT_SETTINGS));
            setErrors({});
            setStatus('Defaults filled in; save to keep them.');
          }}
        >
          Fill in the defaults
        </button>
      </div>
      <p role="status" className="settings-form__status">
        {status}
      </p>
    </form>
  );
}
