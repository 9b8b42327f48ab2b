import { isTaskDone, OVS_TASKS, runCommand } from '../engine/labs/ovs';
import type { AnswerCheck, OvsState } from '../engine/labs/ovs';
import type { OvsLab, TranscriptLine } from './labs-persistence';

/** The terminal keeps this many lines; older ones scroll away for good. */
export const TRANSCRIPT_LIMIT = 200;
/** The up arrow reaches back this many commands. */
export const HISTORY_LIMIT = 100;

/** What one terminal line did to the sandbox. */
export interface SandboxStep {
  readonly lab: OvsLab;
  readonly exitCode: number;
  /** Guided tasks this step completed, in order. */
  readonly completed: readonly string[];
}

/** What answering a task's question did. */
export interface SandboxAnswer {
  readonly lab: OvsLab;
  readonly check: AnswerCheck;
  readonly completed: readonly string[];
}

function keepLast<T>(items: readonly T[], limit: number): readonly T[] {
  return items.length > limit ? items.slice(items.length - limit) : items;
}

function remember(history: readonly string[], line: string): readonly string[] {
  if (line === '' || history[history.length - 1] === line) return history;
  return keepLast([...history, line], HISTORY_LIMIT);
}

function describeResult(output: string, exitCode: number): TranscriptLine[] {
  const kind = exitCode === 0 ? 'output' : 'error';
  const lines: TranscriptLine[] = output === '' ? [] : output.split('\n').map((text) => ({ kind, text }));
  if (exitCode !== 0) lines.push({ kind: 'status', text: `exit status ${exitCode}` });
  return lines;
}

/**
 * Completes guided tasks in order: each task counts only once the ones before it are done, so
 * that, for example, "remove tap0" is not ticked by a bridge that never had tap0. A task with
 * a question stops the walk; it is completed by answering.
 * @param state the sandbox now
 * @param completed ids already completed, in order
 * @returns the ids completed now, in order
 */
export function advanceTasks(state: OvsState, completed: readonly string[]): string[] {
  const added: string[] = [];
  for (const task of OVS_TASKS.slice(completed.length)) {
    if (task.question || !task.check(state)) break;
    added.push(task.id);
  }
  return added;
}

/**
 * The guided task the learner is on: the first one not completed.
 * @param completed ids completed, in order
 * @returns its id, or null when all are done
 */
export function currentTaskId(completed: readonly string[]): string | null {
  return OVS_TASKS[completed.length]?.id ?? null;
}

/**
 * Run one line typed at the sandbox prompt. `clear` empties the terminal; everything else goes
 * to the simulator.
 * @param lab the sandbox before
 * @param typed the line as typed
 * @param now epoch milliseconds, for MAC learning and aging
 * @returns the sandbox after, the exit status and the tasks it completed
 */
export function runSandboxLine(lab: OvsLab, typed: string, now: number): SandboxStep {
  const line = typed.trim();
  const history = remember(lab.history, line);
  if (line === 'clear') return { lab: { ...lab, history, transcript: [] }, exitCode: 0, completed: [] };
  const result = runCommand(lab.state, line, now);
  const added = advanceTasks(result.state, lab.completed);
  const entered: TranscriptLine = { kind: 'command', text: line };
  const transcript = keepLast([...lab.transcript, entered, ...describeResult(result.output, result.exitCode)], TRANSCRIPT_LIMIT);
  return {
    lab: { state: result.state, history, transcript, completed: [...lab.completed, ...added] },
    exitCode: result.exitCode,
    completed: added,
  };
}

/**
 * Answer the question of a guided task. A right answer completes the task when it is the
 * current one, and lets the tasks after it complete from the sandbox as it stands.
 * @param lab the sandbox
 * @param taskId the task whose question is answered
 * @param answer what the learner typed
 * @returns the verdict, the sandbox after and the tasks it completed
 * @throws Error when the task has no question (a programming error in the caller)
 */
export function answerSandboxQuestion(lab: OvsLab, taskId: string, answer: string): SandboxAnswer {
  const task = OVS_TASKS.find((candidate) => candidate.id === taskId);
  if (!task?.question) throw new Error(`Task "${taskId}" has no question`);
  const check = task.question.checkAnswer(lab.state, answer);
  if (currentTaskId(lab.completed) !== taskId || !isTaskDone(task, lab.state, answer)) return { lab, check, completed: [] };
  const withTask = [...lab.completed, taskId];
  const added = [taskId, ...advanceTasks(lab.state, withTask)];
  return { lab: { ...lab, completed: [...lab.completed, ...added] }, check, completed: added };
}
