import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import questions from 'virtual:content/questions';
import type { LessonId, QuestionId } from '../../../src/engine/content/types';
import { createEmptyProgress, markLessonRead } from '../../../src/engine/progress/create';
import { createExport, parseImport } from '../../../src/engine/progress/export-import';
import { DEFAULT_SETTINGS, PROGRESS_VERSION, type Progress } from '../../../src/engine/progress/types';
import { applyRating } from '../../../src/engine/srs/apply-rating';
import { TEST_NOW } from '../../helpers/render-app';
import { captureDownloads, openWith, pickedFile } from './helpers';

const DAY = 86_400_000;
const questionA = questions[0]!.id;
const questionB = questions[1]!.id;

function learner(lesson: string, id: QuestionId, at: number): Progress {
  let progress = createEmptyProgress(at);
  progress = markLessonRead(progress, lesson as LessonId, at);
  progress = applyRating(progress, id, 3, at + 1000, 5000, 'r');
  return applyRating(progress, id, 3, at + 600_000, 4000, 'r');
}

function exportText(progress: Progress, at = TEST_NOW - DAY): string {
  return JSON.stringify(createExport(progress, '0.1.0', at));
}

async function openSettings(progress?: Progress) {
  const context = openWith('/settings', progress);
  await screen.findByRole('heading', { level: 1, name: 'Settings' }, { timeout: 5000 });
  return context;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('scheduling settings', () => {
  it('shows the defaults and saves valid changes through the progress store', async () => {
    const { stores } = await openSettings();
    const retention = screen.getByLabelText('Desired retention');
    expect(retention).toHaveValue('0.90');
    expect(screen.getByLabelText('New questions per day')).toHaveValue('20');
    expect(screen.getByLabelText('Maximum interval')).toHaveValue('365');
    expect(screen.getByLabelText('Next day starts at')).toHaveValue('4');
    await userEvent.clear(retention);
    await userEvent.type(retention, '85%');
    await userEvent.clear(screen.getByLabelText('New questions per day'));
    await userEvent.type(screen.getByLabelText('New questions per day'), '10');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(stores.progress.getState().progress.settings).toEqual({ ...DEFAULT_SETTINGS, desiredRetention: 0.85, newPerDay: 10 });
    expect(screen.getByText(/Settings saved/)).toBeInTheDocument();
    expect(retention).toHaveValue('0.85');
  });

  it('refuses values out of range with a message per field and saves nothing', async () => {
    const { stores } = await openSettings();
    const fields: [string, string][] = [
      ['Desired retention', '1.5'],
      ['New questions per day', '-3'],
      ['Maximum interval', '2.5'],
      ['Next day starts at', '24'],
    ];
    for (const [label, value] of fields) {
      await userEvent.clear(screen.getByLabelText(label));
      if (value) await userEvent.type(screen.getByLabelText(label), value);
    }
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(screen.getByRole('alert')).toHaveTextContent('4 settings need fixing; nothing was saved.');
    const retention = screen.getByLabelText('Desired retention');
    expect(retention).toHaveAttribute('aria-invalid', 'true');
    expect(retention).toHaveAccessibleDescription(/Desired retention must be between 0\.70 and 0\.99/);
    expect(retention).toHaveFocus();
    expect(screen.getByLabelText('New questions per day')).toHaveAccessibleDescription(/whole number from 0 to 1000/);
    expect(screen.getByLabelText('Maximum interval')).toHaveAccessibleDescription(/whole number of days from 1 to 36500/);
    expect(screen.getByLabelText('Next day starts at')).toHaveAccessibleDescription(/whole hour from 0 to 23/);
    expect(stores.progress.getState().progress.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('says a missing value is missing', async () => {
    await openSettings();
    await userEvent.clear(screen.getByLabelText('Desired retention'));
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(screen.getByLabelText('Desired retention')).toHaveAccessibleDescription(/^Enter a desired retention\./);
  });

  it('switches the theme', async () => {
    const { stores } = await openSettings();
    await userEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(stores.preferences.getState().theme).toBe('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
  });
});

describe('exporting progress', () => {
  it('downloads a file with the schema version, app version and date that imports back to the same progress', async () => {
    const files = captureDownloads();
    const progress = learner('cpu-flags', questionA, TEST_NOW - 3 * DAY);
    await openSettings(progress);
    await userEvent.click(screen.getByRole('button', { name: 'Export progress' }));
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toBe('lpic3-351.1-progress-2026-03-02.json');
    const text = await files[0]!.text;
    const envelope = JSON.parse(text);
    expect(envelope.schemaVersion).toBe(PROGRESS_VERSION);
    expect(envelope.appVersion).toBe('0.1.0');
    expect(envelope.exportedAt).toBe('2026-03-02T10:00:00.000Z');
    const back = parseImport(text);
    expect(back.ok && back.progress.cards).toEqual(progress.cards);
    expect(screen.getByText(/Downloaded lpic3-351\.1-progress-2026-03-02\.json: 1 question with progress, 2 answers, 1 lesson read/)).toBeInTheDocument();
  });

  it('downloads the question bank for Anki as tab-separated notes', async () => {
    const files = captureDownloads();
    await openSettings();
    await userEvent.click(await screen.findByRole('button', { name: 'Export questions for Anki' }, { timeout: 5000 }));
    expect(files[0]!.name).toBe('lpic3-351.1-questions-anki.txt');
    expect(files[0]!.type).toMatch(/^text\/tab-separated-values/);
    const lines = (await files[0]!.text).trimEnd().split('\n');
    expect(lines[0]).toBe('#separator:tab');
    expect(lines[1]).toBe('#html:true');
    expect(lines.filter((line) => !line.startsWith('#'))).toHaveLength(questions.length);
  });
});

describe('importing progress', () => {
  async function upload(text: string, name = 'progress.json') {
    await userEvent.upload(screen.getByLabelText('Import a progress file (.json)'), pickedFile(text, name));
  }

  it('refuses a file that is not JSON, says why and leaves progress untouched', async () => {
    const progress = learner('cpu-flags', questionA, TEST_NOW - 3 * DAY);
    const { stores } = await openSettings(progress);
    const before = stores.progress.getState().progress;
    await upload('this is not JSON', 'notes.txt');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('notes.txt was not imported');
    expect(alert).toHaveTextContent(/not valid JSON/);
    expect(alert).toHaveTextContent('Your progress has not changed.');
    expect(stores.progress.getState().progress).toBe(before);
  });

  it('refuses JSON that is not a progress export', async () => {
    const { stores } = await openSettings();
    const before = stores.progress.getState().progress;
    await upload(JSON.stringify({ format: 'anki-deck', cards: [] }), 'deck.json');
    expect(await screen.findByRole('alert')).toHaveTextContent(/not an lpic3-virt-progress export \("format" is "anki-deck"\)/);
    expect(stores.progress.getState().progress).toBe(before);
  });

  it('refuses a file made by a newer version of the app', async () => {
    const { stores } = await openSettings();
    const before = stores.progress.getState().progress;
    const newer = { ...createExport(learner('p2v-v2v', questionB, TEST_NOW - DAY), '9.0.0', TEST_NOW), schemaVersion: PROGRESS_VERSION + 1 };
    await upload(JSON.stringify(newer));
    expect(await screen.findByRole('alert')).toHaveTextContent(/made by a newer version of the app \(schema \d+\); this app reads up to schema \d+/);
    expect(stores.progress.getState().progress).toBe(before);
  });

  it('shows what the file contains, then merges it: the union of both', async () => {
    const { stores } = await openSettings(learner('cpu-flags', questionA, TEST_NOW - 3 * DAY));
    await upload(exportText(learner('p2v-v2v', questionB, TEST_NOW - 2 * DAY)), 'laptop.json');
    const summary = (await screen.findByRole('heading', { level: 3, name: 'Ready to import laptop.json' })).closest('section')!;
    expect(summary).toHaveTextContent('Exported on 1 Mar 2026, 10:00 by version 0.1.0');
    expect(summary).toHaveTextContent('It contains 1 question with progress, 2 answers, 1 lesson read, 0 lab tasks done, 0 mock exams.');
    expect(Object.keys(stores.progress.getState().progress.lessonsRead)).toEqual(['cpu-flags']);
    await userEvent.click(within(summary).getByRole('button', { name: 'Merge with my progress' }));
    const after = stores.progress.getState().progress;
    expect(Object.keys(after.lessonsRead).sort()).toEqual(['cpu-flags', 'p2v-v2v']);
    expect(Object.keys(after.cards).sort()).toEqual([questionA, questionB].sort());
    expect(after.logs).toHaveLength(4);
    expect(screen.getByText('Merged. You now have 2 questions with progress, 4 answers, 2 lessons read, 0 lab tasks done, 0 mock exams.')).toBeInTheDocument();
  });

  it('replaces progress only after a confirmation', async () => {
    const { stores } = await openSettings(learner('cpu-flags', questionA, TEST_NOW - 3 * DAY));
    await upload(exportText(learner('p2v-v2v', questionB, TEST_NOW - 2 * DAY)));
    await userEvent.click(await screen.findByRole('button', { name: 'Replace my progress…' }));
    const dialog = screen.getByRole('dialog', { name: 'Replace your progress?' });
    expect(within(dialog).getByRole('button', { name: 'Export my current progress first' })).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(Object.keys(stores.progress.getState().progress.lessonsRead)).toEqual(['cpu-flags']);
    await userEvent.click(screen.getByRole('button', { name: 'Replace my progress…' }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Replace my progress' }));
    const after = stores.progress.getState().progress;
    expect(Object.keys(after.lessonsRead)).toEqual(['p2v-v2v']);
    expect(Object.keys(after.cards)).toEqual([questionB]);
    expect(screen.getByText(/^Replaced\. You now have 1 question with progress, 2 answers/)).toBeInTheDocument();
  });
});

describe('resetting progress', () => {
  it('asks first, offers an export in the same dialog, then starts over and keeps the settings', async () => {
    const files = captureDownloads();
    const progress = { ...learner('cpu-flags', questionA, TEST_NOW - 3 * DAY), settings: { ...DEFAULT_SETTINGS, newPerDay: 7 } };
    const { stores } = await openSettings(progress);
    await userEvent.click(screen.getByRole('button', { name: 'Reset progress…' }));
    const dialog = screen.getByRole('dialog', { name: 'Reset all progress?' });
    expect(dialog).toHaveTextContent('This deletes 1 question with progress, 2 answers, 1 lesson read');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Export my progress first' }));
    expect(files).toHaveLength(1);
    expect(stores.progress.getState().progress.logs).toHaveLength(2);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reset progress' }));
    const after = stores.progress.getState().progress;
    expect(after.logs).toEqual([]);
    expect(after.cards).toEqual({});
    expect(after.lessonsRead).toEqual({});
    expect(after.settings.newPerDay).toBe(7);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByText('Your progress was reset. Your settings were kept.')).toBeInTheDocument();
  });
});
