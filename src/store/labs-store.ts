import { createStore, type StoreApi } from 'zustand/vanilla';
import type { StateStorage } from 'zustand/middleware';
import { checkPlacement, scoreBoard } from '../engine/labs/classifier';
import type { HypervisorCategory, Placement, PlacementResult } from '../engine/labs/classifier';
import type { AnswerCheck } from '../engine/labs/ovs';
import type { Progress } from '../engine/progress/types';
import type { Clock } from '../lib/clock';
import { CLASSIFIER_ALL_CORRECT_TASK, ovsLabTaskId, recordLabTask } from './lab-tasks';
import { emptyOvsLab, LABS_KEY, readLabsStorage, writeLabsStorage, type OvsLab } from './labs-persistence';
import { answerSandboxQuestion, runSandboxLine } from './ovs-sandbox';

export { LABS_KEY, type OvsLab, type TranscriptLine, type TranscriptKind } from './labs-persistence';
export { HISTORY_LIMIT, TRANSCRIPT_LIMIT, currentTaskId } from './ovs-sandbox';

export interface LabsStoreState {
  /** The Open vSwitch sandbox: switch state, terminal, history and completed tasks. */
  readonly ovs: OvsLab;
  /** The classifier board, oldest placement first, one per item. */
  readonly placements: readonly Placement[];
  /** A message about saved state that could not be restored or saved, or null. */
  readonly notice: string | null;
  /** Runs one line typed at the sandbox prompt; returns its exit status and the tasks it completed. */
  runOvsCommand: (line: string) => CommandOutcome;
  /** Checks the answer to a guided task's question against the sandbox. */
  answerOvsQuestion: (taskId: string, answer: string) => AnswerCheck;
  /** Starts the sandbox again: no bridges, an empty terminal, no tasks ticked. */
  resetOvs: () => void;
  /** Puts a classifier item in a box (moving it if it was placed) and judges it. */
  place: (itemId: string, category: HypervisorCategory) => PlacementResult;
  /** Empties the classifier board. */
  restartClassifier: () => void;
  dismissNotice: () => void;
}

export type LabsStore = StoreApi<LabsStoreState>;

/** What a line typed at the sandbox prompt did. */
export interface CommandOutcome {
  readonly exitCode: number;
  /** Ids of the guided tasks it completed, in order. */
  readonly completed: readonly string[];
}

/** The part of the progress store the labs need: its `update` action. */
export interface ProgressUpdater {
  getState: () => { update: (change: (progress: Progress, now: number) => Progress) => void };
}

export interface LabsStoreOptions {
  readonly storage: StateStorage;
  readonly clock: Clock;
  /** Where completed lab tasks are recorded (the dashboard counts progress.labTasksDone). */
  readonly progress: ProgressUpdater;
}

const SAVE_FAILED =
  'The labs could not be saved in this browser (storage is full or blocked), so the sandbox will start again after a reload. Completed tasks are still recorded in your progress.';

function readStorage(storage: StateStorage): ReturnType<typeof readLabsStorage> {
  try {
    return readLabsStorage(storage.getItem(LABS_KEY) as string | null);
  } catch {
    return readLabsStorage(null);
  }
}

/**
 * Creates the labs store: the Open vSwitch sandbox and the classifier board, saved under
 * "lpic3.labs" after every change and validated when read back. Completed tasks are also
 * recorded in the progress store.
 * @param options storage (localStorage in the app, memory in tests), clock and progress store
 */
export function createLabsStore({ storage, clock, progress }: LabsStoreOptions): LabsStore {
  const initial = readStorage(storage);
  const record = (labTaskId: string) => progress.getState().update(recordLabTask(labTaskId));

  return createStore<LabsStoreState>()((set, get) => {
    const save = (change: Partial<Pick<LabsStoreState, 'ovs' | 'placements'>>) => {
      const next = { ovs: get().ovs, placements: get().placements, ...change };
      try {
        storage.setItem(LABS_KEY, writeLabsStorage(next));
        set(get().notice === SAVE_FAILED ? { ...change, notice: null } : change);
      } catch {
        set({ ...change, notice: SAVE_FAILED });
      }
    };
    return {
      ovs: initial.ovs,
      placements: initial.placements,
      notice: initial.notice,
      runOvsCommand: (line) => {
        const step = runSandboxLine(get().ovs, line, clock.now());
        save({ ovs: step.lab });
        step.completed.forEach((taskId) => record(ovsLabTaskId(taskId)));
        return { exitCode: step.exitCode, completed: step.completed };
      },
      answerOvsQuestion: (taskId, answer) => {
        const result = answerSandboxQuestion(get().ovs, taskId, answer);
        if (result.completed.length > 0) {
          save({ ovs: result.lab });
          result.completed.forEach((id) => record(ovsLabTaskId(id)));
        }
        return result.check;
      },
      resetOvs: () => save({ ovs: emptyOvsLab() }),
      place: (itemId, category) => {
        const result = checkPlacement(itemId, category);
        const placements = [...get().placements.filter((placement) => placement.itemId !== itemId), { itemId, category }];
        save({ placements });
        const board = scoreBoard(placements);
        if (board.correct === board.total) record(CLASSIFIER_ALL_CORRECT_TASK);
        return result;
      },
      restartClassifier: () => save({ placements: [] }),
      dismissNotice: () => set({ notice: null }),
    };
  });
}
