import type { CommandResult, OvsState } from './types';
import type { ToolStep } from './appctl';
import { runAppctl } from './appctl';
import { CommandFailure } from './command-failure';
import { SANDBOX_HELP } from './help';
import { runOfctl } from './ofctl';
import { runSimSend } from './sim-send';
import { expireMacEntries } from './state';
import { tokenize } from './tokenize';
import { runVsctl } from './vsctl';

/**
 * Run one command line typed into the sandbox terminal. A leading `sudo` is ignored.
 * MAC entries older than the aging time are dropped first, as the daemon would have.
 * @param state the sandbox before the command
 * @param line the command line, e.g. `ovs-vsctl add-port br0 tap0 tag=10`
 * @param now epoch milliseconds, used to learn and age MAC addresses
 * @returns the new state (the same object when nothing changed), the output and the exit status
 */
export function runCommand(state: OvsState, line: string, now: number): CommandResult {
  const tokens = tokenize(line);
  if (!tokens.ok) return { state, output: tokens.message, exitCode: 2 };
  const words = tokens.words[0] === 'sudo' ? tokens.words.slice(1) : tokens.words;
  const [program, ...rest] = words;
  if (program === undefined) return { state, output: '', exitCode: 0 };
  const current = expireMacEntries(state, now);
  try {
    const step = dispatch(current, program, rest, now);
    return { state: step.state, output: step.lines.join('\n'), exitCode: 0 };
  } catch (error) {
    if (error instanceof CommandFailure) return { state: current, output: error.message, exitCode: error.exitCode };
    throw error;
  }
}

function dispatch(state: OvsState, program: string, words: readonly string[], now: number): ToolStep {
  switch (program) {
    case 'ovs-vsctl':
      return runVsctl(state, words);
    case 'ovs-appctl':
      return runAppctl(state, words, now);
    case 'ovs-ofctl':
      return runOfctl(state, words);
    case 'sim':
      if (words[0] !== 'send') throw new CommandFailure('sim: usage: sim send SRC-PORT DST-PORT', 1);
      return runSimSend(state, words.slice(1), now);
    case 'help':
      return { state, lines: SANDBOX_HELP };
    default:
      throw new CommandFailure(
        `${program}: command not found in this sandbox. Type \`help\` to see the commands it simulates.`,
        127,
      );
  }
}
