import type { QuestionId } from '../content/types';
import {
  LOG,
  PROGRESS_VERSION,
  type CompactCard,
  type ExamAttemptSummary,
  type Progress,
  type ReviewLogEntry,
} from './types';

// Logs sharing one second are compared pairwise; a longer run (only hostile or synthetic
// data has one) switches to string keys so merging stays linear.
const PAIRWISE_RUN_LIMIT = 64;
// Assigning this key would replace a record's prototype; no valid id has it.
const FORBIDDEN_KEY = '__proto__';

function isNewer(candidate: CompactCard, current: CompactCard): boolean {
  const candidateTime = candidate.lastReview ?? -Infinity;
  const currentTime = current.lastReview ?? -Infinity;
  if (candidateTime !== currentTime) return candidateTime > currentTime;
  return candidate.reps > current.reps;
}

function mergeCards(a: Progress['cards'], b: Progress['cards']): Record<string, CompactCard> {
  const merged: Record<string, CompactCard> = { ...a };
  for (const id of Object.keys(b)) {
    if (id === FORBIDDEN_KEY) continue;
    const theirs = b[id] as CompactCard;
    const ours = Object.hasOwn(merged, id) ? merged[id] : undefined;
    if (ours === undefined || isNewer(theirs, ours)) merged[id] = theirs;
  }
  return merged;
}

function sameEntry(x: ReviewLogEntry, y: ReviewLogEntry): boolean {
  for (let index = 0; index < x.length; index += 1) if (x[index] !== y[index]) return false;
  return true;
}

function sortedByTime(logs: readonly ReviewLogEntry[]): readonly ReviewLogEntry[] {
  for (let index = 1; index < logs.length; index += 1) {
    if ((logs[index] as ReviewLogEntry)[LOG.reviewedAt] < (logs[index - 1] as ReviewLogEntry)[LOG.reviewedAt]) {
      return [...logs].sort((x, y) => x[LOG.reviewedAt] - y[LOG.reviewedAt]);
    }
  }
  return logs;
}

/** Appends log entries, skipping any identical to one already appended for the same second. */
class DeduplicatingLog {
  readonly entries: ReviewLogEntry[] = [];
  private runTime = Number.NaN;
  private runStart = 0;
  private runKeys: Set<string> | null = null;

  push(entry: ReviewLogEntry): void {
    const time = entry[LOG.reviewedAt];
    if (time !== this.runTime) {
      this.runTime = time;
      this.runStart = this.entries.length;
      this.runKeys = null;
    } else if (this.isDuplicate(entry)) {
      return;
    }
    this.entries.push(entry);
  }

  private isDuplicate(entry: ReviewLogEntry): boolean {
    const runLength = this.entries.length - this.runStart;
    if (runLength < PAIRWISE_RUN_LIMIT) {
      for (let index = this.runStart; index < this.entries.length; index += 1) {
        if (sameEntry(this.entries[index] as ReviewLogEntry, entry)) return true;
      }
      return false;
    }
    if (this.runKeys === null) this.runKeys = new Set(this.entries.slice(this.runStart).map((item) => item.join('\u0000')));
    const key = entry.join('\u0000');
    if (this.runKeys.has(key)) return true;
    this.runKeys.add(key);
    return false;
  }
}

/** b's log id table folded into a's: the merged table and, per b index, the merged index. */
function mergeLogQuestionIds(a: readonly QuestionId[], b: readonly QuestionId[]): { ids: QuestionId[]; mapping: number[] } {
  const ids = [...a];
  const indexById = new Map(a.map((id, index) => [id, index]));
  const mapping = b.map((id) => {
    let index = indexById.get(id);
    if (index === undefined) {
      index = ids.length;
      indexById.set(id, index);
      ids.push(id);
    }
    return index;
  });
  return { ids, mapping };
}

/** b's logs with question indexes of the merged table (tuples reused where unchanged). */
function remapLogs(logs: readonly ReviewLogEntry[], mapping: readonly number[]): readonly ReviewLogEntry[] {
  if (mapping.every((target, index) => target === index)) return logs;
  return logs.map((entry) => {
    const index = mapping[entry[LOG.questionIndex]] as number;
    return index === entry[LOG.questionIndex] ? entry : [index, entry[1], entry[2], entry[3], entry[4], entry[5], entry[6]];
  });
}

/** Union of two log lists, oldest first, each identical tuple once; within a second, a first. */
function mergeLogs(a: readonly ReviewLogEntry[], b: readonly ReviewLogEntry[]): ReviewLogEntry[] {
  const left = sortedByTime(a);
  const right = sortedByTime(b);
  const out = new DeduplicatingLog();
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const fromLeft = (left[i] as ReviewLogEntry)[LOG.reviewedAt] <= (right[j] as ReviewLogEntry)[LOG.reviewedAt];
    out.push((fromLeft ? left[i++] : right[j++]) as ReviewLogEntry);
  }
  while (i < left.length) out.push(left[i++] as ReviewLogEntry);
  while (j < right.length) out.push(right[j++] as ReviewLogEntry);
  return out.entries;
}

function mergeEarliest(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): Record<string, number> {
  const merged: Record<string, number> = { ...a };
  for (const key of Object.keys(b)) {
    if (key === FORBIDDEN_KEY) continue;
    const theirs = b[key] as number;
    const ours = Object.hasOwn(merged, key) ? merged[key] : undefined;
    if (ours === undefined || theirs < ours) merged[key] = theirs;
  }
  return merged;
}

function mergeExams(a: readonly ExamAttemptSummary[], b: readonly ExamAttemptSummary[]): ExamAttemptSummary[] {
  const byId = new Map<string, ExamAttemptSummary>();
  for (const attempt of [...a, ...b]) {
    const existing = byId.get(attempt.id);
    if (existing === undefined || attempt.submittedAt > existing.submittedAt) byId.set(attempt.id, attempt);
  }
  return [...byId.values()].sort((x, y) => x.startedAt - y.startedAt || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/**
 * Combines two copies of one learner's progress (import "merge", or two open tabs):
 * per question the newer card (later last review; on a tie more reps; then `a`), the union
 * of logs with identical tuples once, lessons read and lab tasks with the earliest time,
 * exam attempts by id (the later submission wins), and the settings of the copy changed
 * most recently (`updatedAt`; a tie keeps `a`). The undo history is cleared: its steps
 * describe one copy's last rating and could undo the other copy's data. Inputs are not
 * modified.
 * @param a one copy (wins ties)
 * @param b the other copy
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const { ids, mapping } = mergeLogQuestionIds(a.logQuestionIds, b.logQuestionIds);
  return {
    version: PROGRESS_VERSION,
    updatedAt: Math.max(a.updatedAt, b.updatedAt),
    settings: { ...(b.updatedAt > a.updatedAt ? b.settings : a.settings) },
    cards: mergeCards(a.cards, b.cards),
    logQuestionIds: ids,
    logs: mergeLogs(a.logs, remapLogs(b.logs, mapping)),
    lessonsRead: mergeEarliest(a.lessonsRead, b.lessonsRead),
    labTasksDone: mergeEarliest(a.labTasksDone, b.labTasksDone),
    examHistory: mergeExams(a.examHistory, b.examHistory),
    undo: [],
  };
}
