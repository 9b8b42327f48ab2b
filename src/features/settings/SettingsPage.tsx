import { useState } from 'react';
import { downloadText } from '../../lib/download';
import { useClock, useStores } from '../../store/stores-context';
import { AnkiExport } from './AnkiExport';
import { ImportProgress } from './ImportProgress';
import { ResetProgress } from './ResetProgress';
import { SchedulingForm } from './SchedulingForm';
import { ThemeChoice } from './ThemeChoice';
import { describeSummary, progressFileName, progressFileText, summarizeProgress } from './progress-file';
import './settings.css';

/** /settings: scheduling, theme, and the learner's data (export, import, reset, Anki). */
export function SettingsPage() {
  const stores = useStores();
  const clock = useClock();
  const [exported, setExported] = useState('');

  const exportProgress = () => {
    const now = clock.now();
    const progress = stores.progress.getState().progress;
    const name = progressFileName(now, clock.tzOffsetMinutes(now));
    downloadText(name, progressFileText(progress, now));
    setExported(`Downloaded ${name}: ${describeSummary(summarizeProgress(progress))}.`);
  };

  return (
    <div className="settings-page">
      <header>
        <h1 tabIndex={-1}>Settings</h1>
        <p className="lead">How reviews are scheduled, how the app looks, and your data. Everything stays in this browser.</p>
      </header>
      <section className="settings-section" aria-labelledby="settings-scheduling">
        <h2 id="settings-scheduling">Review scheduling</h2>
        <SchedulingForm />
      </section>
      <section className="settings-section" aria-labelledby="settings-appearance">
        <h2 id="settings-appearance">Appearance</h2>
        <ThemeChoice />
      </section>
      <section className="settings-section" aria-labelledby="settings-data">
        <h2 id="settings-data">Your data</h2>
        <p>
          Your progress lives only in this browser. Export it now and then as a backup, or to carry it to another device and import it
          there.
        </p>
        <h3>Export</h3>
        <div className="settings-actions">
          <button type="button" className="button button--primary" onClick={exportProgress}>
            Export progress
          </button>
        </div>
        <p role="status" className="settings-form__status">
          {exported}
        </p>
        <h3>Import</h3>
        <ImportProgress onExportCurrent={exportProgress} />
        <h3>Reset</h3>
        <ResetProgress onExportCurrent={exportProgress} />
      </section>
      <section className="settings-section" aria-labelledby="settings-anki">
        <h2 id="settings-anki">Questions for Anki</h2>
        <AnkiExport />
      </section>
    </div>
  );
}
