import { useState, type ChangeEvent } from 'react';
import { parseImport } from '../../engine/progress/export-import';
import { mergeProgress } from '../../engine/progress/merge';
import type { Progress } from '../../engine/progress/types';
import { readPickedFile } from '../../lib/download';
import { useClock, useProgressActions, useProgressStore, useStores } from '../../store/stores-context';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { describeSummary, formatExportDate, summarizeProgress } from './progress-file';

type ImportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly fileName: string }
  | { readonly kind: 'refused'; readonly fileName: string; readonly error: string }
  | { readonly kind: 'ready'; readonly fileName: string; readonly progress: Progress; readonly exportedAt: number; readonly appVersion: string }
  | { readonly kind: 'done'; readonly message: string };

// Messages from the parser start with "file: " when they are about the file as a whole.
function readable(error: string): string {
  return error.replace(/^file: /, '');
}

/**
 * Import a progress file: it is checked and summarised first, then merged into the current
 * progress or put in its place (after a confirmation). A refused file changes nothing.
 * @param onExportCurrent downloads a backup of the current progress
 */
export function ImportProgress({ onExportCurrent }: { onExportCurrent: () => void }) {
  const stores = useStores();
  const clock = useClock();
  const { update } = useProgressActions();
  const current = useProgressStore((state) => state.progress);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const [confirming, setConfirming] = useState(false);

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setState({ kind: 'reading', fileName: file.name });
    const read = await readPickedFile(file);
    if (!read.ok) return setState({ kind: 'refused', fileName: file.name, error: read.error });
    const parsed = parseImport(read.text);
    if (!parsed.ok) return setState({ kind: 'refused', fileName: file.name, error: readable(parsed.error) });
    setState({ kind: 'ready', fileName: file.name, progress: parsed.progress, exportedAt: parsed.exportedAt, appVersion: parsed.appVersion });
  };

  const merge = (imported: Progress) => {
    update((progress) => mergeProgress(progress, imported));
    const after = summarizeProgress(stores.progress.getState().progress);
    setState({ kind: 'done', message: `Merged. You now have ${describeSummary(after)}.` });
  };

  const replace = (imported: Progress) => {
    stores.progress.getState().replaceProgress(imported);
    setConfirming(false);
    setState({ kind: 'done', message: `Replaced. You now have ${describeSummary(summarizeProgress(imported))}.` });
  };

  return (
    <div className="settings-import">
      <div className="field">
        <label htmlFor="import-file">Import a progress file (.json)</label>
        <input id="import-file" type="file" accept=".json,application/json" onChange={(event) => void pick(event)} aria-describedby="import-file-hint" />
        <p id="import-file-hint" className="settings-field__hint">
          A file exported here, on this or another device. You will see what it contains before anything changes.
        </p>
      </div>
      <div role="status" className="settings-import__status">
        {state.kind === 'reading' ? <p>Reading {state.fileName}…</p> : null}
        {state.kind === 'done' ? <p className="settings-import__done">{state.message}</p> : null}
      </div>
      {state.kind === 'refused' ? (
        <div className="settings-import__refused" role="alert">
          <p className="settings-import__title">{state.fileName} was not imported</p>
          <p>{state.error}</p>
          <p>Your progress has not changed.</p>
        </div>
      ) : null}
      {state.kind === 'ready' ? (
        <section className="settings-import__summary" aria-labelledby="import-summary-title">
          <h3 id="import-summary-title">Ready to import {state.fileName}</h3>
          <p>
            Exported on {formatExportDate(state.exportedAt, clock.tzOffsetMinutes(state.exportedAt))} by version {state.appVersion}. It
            contains {describeSummary(summarizeProgress(state.progress))}.
          </p>
          <p>You have {describeSummary(summarizeProgress(current))}.</p>
          <ul className="settings-import__choices">
            <li>
              <strong>Merge</strong> keeps the newer state of each question and every answer from both.
            </li>
            <li>
              <strong>Replace</strong> throws your current progress away and uses the file’s.
            </li>
          </ul>
          <div className="settings-actions">
            <button type="button" className="button button--primary" onClick={() => merge(state.progress)}>
              Merge with my progress
            </button>
            <button type="button" className="button" onClick={() => setConfirming(true)}>
              Replace my progress…
            </button>
            <button type="button" className="button" onClick={() => setState({ kind: 'idle' })}>
              Cancel
            </button>
          </div>
          <ConfirmDialog
            open={confirming}
            title="Replace your progress?"
            confirmLabel="Replace my progress"
            danger
            onConfirm={() => replace(state.progress)}
            onCancel={() => setConfirming(false)}
          >
            <p>
              Your current progress ({describeSummary(summarizeProgress(current))}) will be replaced by the file’s. This cannot be undone.
            </p>
            <p>
              <button type="button" className="button" onClick={onExportCurrent}>
                Export my current progress first
              </button>
            </p>
          </ConfirmDialog>
        </section>
      ) : null}
    </div>
  );
}
