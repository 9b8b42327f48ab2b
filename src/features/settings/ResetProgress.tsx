import { useState } from 'react';
import { createEmptyProgress } from '../../engine/progress/create';
import { useClock, useProgressStore, useStores } from '../../store/stores-context';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { describeSummary, summarizeProgress } from './progress-file';

/**
 * Starts over after a confirmation that offers a backup first. The scheduling settings stay:
 * they describe how the learner wants to study, not what they have done.
 * @param onExportCurrent downloads a backup of the current progress
 */
export function ResetProgress({ onExportCurrent }: { onExportCurrent: () => void }) {
  const stores = useStores();
  const clock = useClock();
  const progress = useProgressStore((state) => state.progress);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');

  const reset = () => {
    const current = stores.progress.getState().progress;
    stores.progress.getState().replaceProgress(createEmptyProgress(clock.now(), current.settings));
    setOpen(false);
    setStatus('Your progress was reset. Your settings were kept.');
  };

  return (
    <div className="settings-reset">
      <p>Start again from nothing: every answer, schedule, lesson read, lab task and mock exam is deleted. Settings and theme stay.</p>
      <button type="button" className="button button--danger" onClick={() => setOpen(true)}>
        Reset progress…
      </button>
      <p role="status" className="settings-form__status">
        {status}
      </p>
      <ConfirmDialog open={open} title="Reset all progress?" confirmLabel="Reset progress" danger onConfirm={reset} onCancel={() => setOpen(false)}>
        <p>This deletes {describeSummary(summarizeProgress(progress))}. It cannot be undone.</p>
        <p>
          <button type="button" className="button" onClick={onExportCurrent}>
            Export my progress first
          </button>
        </p>
      </ConfirmDialog>
    </div>
  );
}
