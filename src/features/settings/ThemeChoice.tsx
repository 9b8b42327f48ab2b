import type { ThemeChoice as Theme } from '../../store/preferences-store';
import { usePreferences } from '../../store/stores-context';

const CHOICES: readonly { value: Theme; label: string }[] = [
  { value: 'system', label: 'Same as the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Light, dark, or whatever the operating system prefers. */
export function ThemeChoice() {
  const theme = usePreferences((state) => state.theme);
  const setTheme = usePreferences((state) => state.setTheme);
  return (
    <fieldset className="settings-theme">
      <legend>Theme</legend>
      {CHOICES.map((choice) => (
        <label key={choice.value} className="settings-choice">
          <input type="radio" name="theme" value={choice.value} checked={theme === choice.value} onChange={() => setTheme(choice.value)} /> {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
