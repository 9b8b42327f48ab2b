import { describe, expect, it } from 'vitest';
import type { QuestionId } from '../../../src/engine/content/types';
import type { ReviewQueue } from '../../../src/engine/srs/review-queue';
import { describeWait, formatDateTime, formatDuration, promptExcerpt } from '../../../src/features/review/format';
import { LEARN_AHEAD_MS, pickNextDue, pickNextWeak } from '../../../src/features/review/review-session';

const id = (text: string) => text as QuestionId;
const NOW = Date.UTC(2026, 2, 2, 10, 0);

function queue(parts: Partial<Pick<ReviewQueue, 'due' | 'new' | 'learningLater'>>): ReviewQueue {
  const due = parts.due ?? [];
  const fresh = parts.new ?? [];
  const later = parts.learningLater ?? [];
  return { due, new: fresh, learningLater: later, counts: { dueNow: due.length, dueToday: due.length + later.length, newToday: fresh.length }, nextDueAt: later[0]?.due ?? null };
}

describe('choosing the next review question', () => {
  it('takes due questions before new ones', () => {
    expect(pickNextDue(queue({ due: [id('a')], new: [id('b')] }), NOW)).toBe('a');
    expect(pickNextDue(queue({ new: [id('b')] }), NOW)).toBe('b');
  });

  it('brings a learning step forward only when nothing else is left and it is due within 20 minutes', () => {
    const soon = { id: id('s'), due: NOW + LEARN_AHEAD_MS };
    const later = { id: id('l'), due: NOW + LEARN_AHEAD_MS + 1000 };
    expect(pickNextDue(queue({ new: [id('b')], learningLater: [soon] }), NOW)).toBe('b');
    expect(pickNextDue(queue({ learningLater: [soon] }), NOW)).toBe('s');
    expect(pickNextDue(queue({ learningLater: [later] }), NOW)).toBeNull();
  });

  it('walks a weak-areas list in order, skipping what was answered', () => {
    expect(pickNextWeak([id('a'), id('b'), id('c')], [id('a'), id('c')])).toBe('b');
    expect(pickNextWeak([id('a')], [id('a')])).toBeNull();
  });
});

describe('review formatting', () => {
  it('writes a moment in the learner’s time zone', () => {
    expect(formatDateTime(NOW, 0)).toBe('Mon 2 Mar 2026, 10:00');
    expect(formatDateTime(NOW, 14 * 60 + 30)).toBe('Tue 3 Mar 2026, 00:30');
    expect(formatDateTime(NOW, -11 * 60)).toBe('Sun 1 Mar 2026, 23:00');
  });

  it('says how long until a moment in words', () => {
    expect(describeWait(20_000)).toBe('in under a minute');
    expect(describeWait(60_000)).toBe('in 1 minute');
    expect(describeWait(9 * 60_000)).toBe('in 9 minutes');
    expect(describeWait(5 * 3_600_000)).toBe('in 5 hours');
    expect(describeWait(3 * 86_400_000)).toBe('in 3 days');
    expect(describeWait(-2 * 86_400_000)).toBe('2 days ago');
  });

  it('writes response times in seconds or minutes', () => {
    expect(formatDuration(4000)).toBe('4.0 s');
    expect(formatDuration(42_400)).toBe('42 s');
    expect(formatDuration(65_000)).toBe('1 min 5 s');
  });

  it('takes the first line of a prompt as plain text and cuts it at a word', () => {
    expect(promptExcerpt('```text\nx\n```\n\nWhich `flag` shows **VT-x**?\nMore')).toBe('Which flag shows VT-x?');
    expect(promptExcerpt('```text\nonly code\n```')).toBe('only code');
    expect(promptExcerpt('Which `flag` shows **VT-x**?\nMore')).toBe('Which flag shows VT-x?');
    expect(promptExcerpt('one two three four five six', 12)).toBe('one two…');
  });
});
