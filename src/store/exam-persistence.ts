import { z } from '../engine/validation/zod';
import type { ExamState } from '../engine/exam/exam-state';
import { formatZodError } from '../engine/progress/format-issues';

/** Where the exam store keeps its state. */
export const EXAM_KEY = 'lpic3.exam';
/** Version of what is saved under EXAM_KEY; bump it and add a migration when the shape changes. */
export const EXAM_STORAGE_VERSION = 1;

/** A submitted exam, kept whole so its review survives a reload. */
export interface SavedAttempt {
  readonly exam: ExamState;
  /**
   * Whether its answers and summary are in the progress store yet. Submitting and recording
   * are two steps, so an attempt submitted just before the tab closed is recorded next time.
   */
  readonly recorded: boolean;
}

/** What the exam store saves. */
export interface PersistedExams {
  readonly version: typeof EXAM_STORAGE_VERSION;
  readonly active: ExamState | null;
  /** Oldest first. */
  readonly attempts: readonly SavedAttempt[];
  /** The learner's exam date, "YYYY-MM-DD", for the readiness forecast; null when unset. */
  readonly examDate: string | null;
}

/** What could be read back, and what the learner must be told about what could not. */
export interface ReadExams {
  readonly active: ExamState | null;
  readonly attempts: readonly SavedAttempt[];
  readonly examDate: string | null;
  /** Null when everything was read. */
  readonly notice: string | null;
}

export const EXAM_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

const count = z.int().check(z.minimum(0));
const epochMs = z.number();

const responseSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('choice'), selected: z.array(count).check(z.maxLength(50)) }),
  z.object({ kind: z.literal('fill'), text: z.string().check(z.maxLength(2000)) }),
]);

const itemSchema = z.object({
  questionId: z.string().check(z.minLength(1), z.maxLength(200)),
  optionOrder: z.array(count).check(z.maxLength(50)),
});

const examSchema = z
  .object({
    id: z.string().check(z.minLength(1), z.maxLength(200)),
    seed: z.number(),
    startedAt: epochMs,
    durationMs: z.number().check(z.positive()),
    items: z.array(itemSchema).check(z.minLength(1), z.maxLength(500)),
    answers: z.record(z.string(), responseSchema),
    flagged: z.array(count),
    current: count,
    submittedAt: z.nullable(epochMs),
    visits: z.array(count),
    timeOnQuestionMs: z.array(z.number().check(z.minimum(0))),
    countedUntil: epochMs,
  })
  .check(z.superRefine((exam, context) => {
    const size = exam.items.length;
    const fail = (path: PropertyKey[], message: string) => context.addIssue({ code: 'custom', path, message });
    exam.items.forEach((item, index) => {
      const sorted = [...item.optionOrder].sort((a, b) => a - b);
      if (sorted.some((option, at) => option !== at)) fail(['items', index, 'optionOrder'], 'expected a reordering of the option numbers');
    });
    for (const [key, response] of Object.entries(exam.answers)) {
      const item = /^\d+$/.test(key) ? exam.items[Number(key)] : undefined;
      if (item === undefined) fail(['answers', key], `expected an item number below ${size}`);
      else if ((item.optionOrder.length === 0) !== (response.kind === 'fill')) fail(['answers', key, 'kind'], 'does not suit the question');
      else if (response.kind === 'choice' && response.selected.some((option) => option >= item.optionOrder.length)) fail(['answers', key, 'selected'], 'names an option the question does not have');
    }
    if (exam.current >= size) fail(['current'], `expected an item number below ${size}`);
    if (exam.flagged.some((index, at) => index >= size || (at > 0 && index <= (exam.flagged[at - 1] as number)))) fail(['flagged'], 'expected ascending item numbers');
    if (exam.visits.length !== size) fail(['visits'], `expected ${size} entries`);
    if (exam.timeOnQuestionMs.length !== size) fail(['timeOnQuestionMs'], `expected ${size} entries`);
  }));

const attemptSchema = z.object({ exam: examSchema, recorded: z.boolean() }).check(
  z.refine((attempt) => attempt.exam.submittedAt !== null, { message: 'expected a submitted exam', path: ['exam', 'submittedAt'] }),
);

const shellSchema = z.object({
  version: z.literal(EXAM_STORAGE_VERSION),
  active: z.unknown(),
  attempts: z.array(z.unknown()),
  examDate: z.unknown(),
});

const NOTHING: ReadExams = { active: null, attempts: [], examDate: null, notice: null };

function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}

function readActive(value: unknown): { active: ExamState | null; problem: string | null } {
  if (value === null) return { active: null, problem: null };
  const parsed = examSchema.safeParse(value, { reportInput: true });
  if (parsed.success && parsed.data.submittedAt === null) return { active: parsed.data as unknown as ExamState, problem: null };
  const reason = parsed.success ? 'exam.submittedAt: expected a running exam' : formatZodError(parsed.error, 'exam');
  return { active: null, problem: `Your exam in progress could not be restored (${reason}), so it was discarded.` };
}

function readAttempts(values: readonly unknown[]): { attempts: SavedAttempt[]; problem: string | null } {
  const attempts: SavedAttempt[] = [];
  let dropped = 0;
  for (const value of values) {
    const parsed = attemptSchema.safeParse(value);
    if (parsed.success) attempts.push(parsed.data as unknown as SavedAttempt);
    else dropped += 1;
  }
  const problem =
    dropped === 0 ? null : `${dropped === 1 ? 'One saved exam review was' : `${dropped} saved exam reviews were`} damaged and removed; the scores stay in your history.`;
  return { attempts, problem };
}

/**
 * Reads what the exam store saved, trusting nothing: each part (the running exam, each kept
 * attempt, the exam date) is checked on its own, and a damaged part is dropped with a
 * message instead of taking the rest down with it.
 * @param raw the stored text, or null when nothing is stored
 * @returns the usable parts and a message for the learner, or null when all was well
 */
export function readExamStorage(raw: string | null): ReadExams {
  if (raw === null) return NOTHING;
  const json = parseJson(raw);
  const shell = json.ok ? shellSchema.safeParse(json.value) : null;
  if (shell === null || !shell.success) {
    return { ...NOTHING, notice: 'Your saved mock exams could not be read (the data was damaged), so they were discarded. Your study progress and exam history are unaffected.' };
  }
  const { active, problem: activeProblem } = readActive(shell.data.active);
  const { attempts, problem: attemptsProblem } = readAttempts(shell.data.attempts);
  const date = shell.data.examDate;
  const examDate = typeof date === 'string' && EXAM_DATE_PATTERN.test(date) ? date : null;
  const problems = [activeProblem, attemptsProblem].filter((problem): problem is string => problem !== null);
  return { active, attempts, examDate, notice: problems.length === 0 ? null : problems.join(' ') };
}

/**
 * The text to save.
 * @param state the running exam, the kept attempts and the exam date
 */
export function writeExamStorage(state: Omit<PersistedExams, 'version'>): string {
  const persisted: PersistedExams = { version: EXAM_STORAGE_VERSION, ...state };
  return JSON.stringify(persisted);
}
