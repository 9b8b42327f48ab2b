import { expect } from 'vitest';
import { createOvsState, runCommand } from '../../../src/engine/labs/ovs';
import type { OvsState } from '../../../src/engine/labs/ovs';

/** One recorded terminal step: the command, its exact output and exit status. */
export interface TranscriptStep {
  readonly command: string;
  readonly output: string;
  readonly exitCode?: number;
}

/** 2026-03-02 09:00:00 UTC, the fixed clock of every transcript. */
export const T0 = Date.UTC(2026, 2, 2, 9, 0, 0);

/**
 * Replay a transcript, one second apart unless a step says otherwise, and compare each
 * output and exit status exactly.
 * @param steps the recorded steps
 * @param state the starting state (default: an empty sandbox)
 * @param start epoch milliseconds of the first step (default T0)
 * @returns the final state
 */
export function replay(steps: readonly TranscriptStep[], state: OvsState = createOvsState(), start = T0): OvsState {
  let current = state;
  steps.forEach((step, index) => {
    const result = runCommand(current, step.command, start + index * 1000);
    expect({ command: step.command, output: result.output, exitCode: result.exitCode }).toEqual({
      command: step.command,
      output: step.output,
      exitCode: step.exitCode ?? 0,
    });
    current = result.state;
  });
  return current;
}
