import { describe, expect, it } from 'vitest';
import { createProgressStore } from '../../src/store/progress-store';
import { PROGRESS_KEY, DAMAGED_KEY } from '../../src/store/progress-persistence';
import { createMemoryStorage } from '../../src/lib/storage';
import { createFixedClock } from '../../src/lib/clock';
import type { LessonId } from '../../src/engine/content/types';
import { createEmptyProgress, markLessonRead as markRead } from '../../src/engine/progress/create';

const NOW = Date.UTC(2026, 0, 10, 9, 0, 0);
const lesson = (id: string) => id as LessonId;

function setup(initial: Record<string, string> = {}) {
  const storage = createMemoryStorage(initial);
  const clock = createFixedClock(NOW);
  return { storage, clock, store: createProgressStore({ storage, clock }) };
}

describe('progress store persistence', () => {
  it('starts empty when nothing is saved, and saves a lesson marked as read', () => {
    const { store, storage } = setup();
    expect(store.getState().progress.lessonsRead).toEqual({});
    store.getState().markLessonRead(lesson('cpu-flags'));
    const saved = JSON.parse(storage.data.get(PROGRESS_KEY)!);
    expect(saved.version).toBe(2);
    const reopened = createProgressStore({ storage, clock: createFixedClock(NOW + 1000) });
    expect(reopened.getState().progress.lessonsRead).toEqual({ 'cpu-flags': NOW });
  });

  it('marks a lesson unread again, and that survives a reload', () => {
    const { store, storage } = setup();
    store.getState().markLessonRead(lesson('p2v-v2v'));
    store.getState().markLessonUnread(lesson('p2v-v2v'));
    expect(createProgressStore({ storage, clock: createFixedClock(NOW) }).getState().progress.lessonsRead).toEqual({});
  });

  it('keeps unreadable saved data aside, says so, and still opens', () => {
    const { store, storage } = setup({ [PROGRESS_KEY]: '{"version": 2, "cards": [' });
    const issue = store.getState().issue;
    expect(issue?.kind).toBe('damaged');
    expect(issue?.kind === 'damaged' && issue.raw).toBe('{"version": 2, "cards": [');
    expect(issue?.message).toMatch(/could not be read: the saved data is not valid JSON/);
    expect(storage.data.get(DAMAGED_KEY)).toBe('{"version": 2, "cards": [');
    expect(store.getState().progress.lessonsRead).toEqual({});
  });

  it('reports data of a valid shape with a wrong field, naming the field', () => {
    const { store } = setup({ [PROGRESS_KEY]: JSON.stringify({ version: 2, updatedAt: 'yesterday' }) });
    expect(store.getState().issue?.message).toMatch(/progress\./);
  });

  it('does not overwrite damaged data that could not be backed up until the learner has seen it', () => {
    const storage = createMemoryStorage({ [PROGRESS_KEY]: 'not json' });
    const originalSet = storage.setItem;
    let full = true;
    storage.setItem = (name, value) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      return originalSet(name, value);
    };
    const store = createProgressStore({ storage, clock: createFixedClock(NOW) });
    full = false;
    store.getState().markLessonRead(lesson('cpu-flags'));
    expect(storage.data.get(PROGRESS_KEY)).toBe('not json');
    store.getState().dismissIssue();
    expect(Object.keys(JSON.parse(storage.data.get(PROGRESS_KEY)!).lessonsRead)).toEqual(['cpu-flags']);
  });

  it('keeps progress in memory and says so when the storage is full, then recovers', () => {
    const { store, storage } = setup();
    store.getState().markLessonRead(lesson('cpu-flags'));
    const before = storage.data.get(PROGRESS_KEY);
    const originalSet = storage.setItem;
    storage.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    store.getState().markLessonRead(lesson('open-vswitch'));
    expect(store.getState().issue).toMatchObject({ kind: 'save-failed' });
    expect(store.getState().issue?.message).toMatch(/storage for this site is full/);
    expect(store.getState().progress.lessonsRead).toHaveProperty('open-vswitch');
    expect(storage.data.get(PROGRESS_KEY)).toBe(before);
    storage.setItem = originalSet;
    store.getState().markLessonRead(lesson('p2v-v2v'));
    expect(store.getState().issue).toBeNull();
    expect(Object.keys(JSON.parse(storage.data.get(PROGRESS_KEY)!).lessonsRead).sort()).toEqual(['cpu-flags', 'open-vswitch', 'p2v-v2v']);
  });

  it('merges what another tab saved before writing, so neither tab loses a lesson', () => {
    const storage = createMemoryStorage();
    const tabA = createProgressStore({ storage, clock: createFixedClock(NOW) });
    const tabB = createProgressStore({ storage, clock: createFixedClock(NOW + 5) });
    tabA.getState().markLessonRead(lesson('cpu-flags'));
    tabB.getState().markLessonRead(lesson('open-vswitch'));
    const saved = JSON.parse(storage.data.get(PROGRESS_KEY)!);
    expect(Object.keys(saved.lessonsRead).sort()).toEqual(['cpu-flags', 'open-vswitch']);
    expect(Object.keys(tabB.getState().progress.lessonsRead).sort()).toEqual(['cpu-flags', 'open-vswitch']);
  });

  it('takes in another tab’s save announced by a storage event', () => {
    const storage = createMemoryStorage();
    const tabA = createProgressStore({ storage, clock: createFixedClock(NOW) });
    const tabB = createProgressStore({ storage, clock: createFixedClock(NOW) });
    tabA.getState().markLessonRead(lesson('live-migration'));
    tabB.receiveExternalChange(storage.data.get(PROGRESS_KEY)!);
    expect(tabB.getState().progress.lessonsRead).toHaveProperty('live-migration');
  });

  it('ignores a storage event carrying unreadable data', () => {
    const { store } = setup();
    store.getState().markLessonRead(lesson('cpu-flags'));
    store.receiveExternalChange('{broken');
    expect(store.getState().progress.lessonsRead).toHaveProperty('cpu-flags');
  });
});

describe('progress store replaceProgress', () => {
  it('puts imported progress in place of the current one and saves it, stamped with the time of the change', () => {
    const { store, storage } = setup();
    store.getState().markLessonRead(lesson('cpu-flags'));
    const imported = markRead(createEmptyProgress(NOW - 5000), lesson('open-vswitch'), NOW - 4000);
    store.getState().replaceProgress(imported);
    expect(store.getState().progress.lessonsRead).toEqual({ 'open-vswitch': NOW - 4000 });
    expect(store.getState().progress.updatedAt).toBe(NOW);
    const reopened = createProgressStore({ storage, clock: createFixedClock(NOW) });
    expect(reopened.getState().progress.lessonsRead).toEqual({ 'open-vswitch': NOW - 4000 });
  });

  it('does not merge back what another tab stored, so a reset stays a reset', () => {
    const storage = createMemoryStorage();
    const tabA = createProgressStore({ storage, clock: createFixedClock(NOW) });
    const tabB = createProgressStore({ storage, clock: createFixedClock(NOW + 5) });
    tabA.getState().markLessonRead(lesson('cpu-flags'));
    tabB.getState().replaceProgress(createEmptyProgress(NOW));
    expect(JSON.parse(storage.data.get(PROGRESS_KEY)!).lessonsRead).toEqual({});
    expect(tabB.getState().progress.lessonsRead).toEqual({});
  });
});
