import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import type { LessonId, QuestionId } from '../../../src/engine/content/types';
import { createEmptyProgress, markLessonRead } from '../../../src/engine/progress/create';
import { EXPORT_FORMAT } from '../../../src/engine/progress/export-import';
import { PROGRESS_VERSION } from '../../../src/engine/progress/types';
import { applyRating } from '../../../src/engine/srs/apply-rating';
import { TEST_NOW } from '../../helpers/render-app';
import { openWith, pickedFile } from './helpers';

/** Text that is anything at all, JSON of any shape, or JSON that looks nearly like an export. */
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.json({ maxDepth: 4 }),
  fc
    .record({
      format: fc.oneof(fc.constant(EXPORT_FORMAT), fc.string()),
      schemaVersion: fc.oneof(fc.constant(PROGRESS_VERSION), fc.integer(), fc.string()),
      appVersion: fc.oneof(fc.constant('0.1.0'), fc.anything()),
      exportedAt: fc.oneof(fc.constant('2026-03-01T10:00:00.000Z'), fc.string()),
      progress: fc.anything({ maxDepth: 3 }),
    })
    .map((value) => JSON.stringify(value)),
);

describe('importing whatever file a learner picks', () => {
  let context: ReturnType<typeof openWith>;
  beforeAll(async () => {
    let progress = markLessonRead(createEmptyProgress(TEST_NOW - 1000), 'cpu-flags' as LessonId, TEST_NOW - 1000);
    progress = applyRating(progress, 'cpu-flags-001' as QuestionId, 3, TEST_NOW - 500, 3000, 'r');
    context = openWith('/settings', progress);
    await screen.findByRole('heading', { level: 1, name: 'Settings' }, { timeout: 5000 });
  });
  afterAll(() => cleanup());

  it('never crashes the page and never changes progress', async () => {
    const before = context.stores.progress.getState().progress;
    const storedBefore = context.storage.data.get('lpic3.progress');
    let run = 0;
    await fc.assert(
      fc.asyncProperty(hostileText, async (text) => {
        run += 1;
        const name = `pick-${run}.json`;
        await userEvent.upload(screen.getByLabelText('Import a progress file (.json)'), pickedFile(text, name));
        const outcome = await screen.findByText(new RegExp(`^(${name.replace('.', '\\.')} was not imported|Ready to import ${name.replace('.', '\\.')})$`));
        expect(outcome).toBeInTheDocument();
        expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
        expect(context.stores.progress.getState().progress).toBe(before);
        expect(context.storage.data.get('lpic3.progress')).toBe(storedBefore);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
