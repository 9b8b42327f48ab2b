import { markLabTaskDone } from '../engine/progress/create';
import type { Progress } from '../engine/progress/types';

/** Progress id of the CPU inspector's task: a sample or a paste was analysed. */
export const CPU_ANALYSED_TASK = 'cpu/analysed';
/** Progress id of the classifier's task: every item sorted into a right box. */
export const CLASSIFIER_ALL_CORRECT_TASK = 'classifier/all-correct';

/**
 * The progress id of an Open vSwitch guided task.
 * @param taskId an id from OVS_TASKS, e.g. `build-conmutador0`
 * @returns e.g. `ovs/build-conmutador0`
 */
export function ovsLabTaskId(taskId: string): string {
  return `ovs/${taskId}`;
}

/**
 * A change for the progress store's `update` that records a completed lab task.
 * @param labTaskId e.g. CPU_ANALYSED_TASK or ovsLabTaskId('remove-tap0')
 * @returns `(progress, now) => progress` with the task marked done (the first time is kept)
 */
export function recordLabTask(labTaskId: string): (progress: Progress, now: number) => Progress {
  return (progress, now) => markLabTaskDone(progress, labTaskId, now);
}
