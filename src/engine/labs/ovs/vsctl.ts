import type { OvsState } from './types';
import type { VsctlCommand } from './vsctl-parse';
import type { VsctlStep } from './vsctl-bridge-commands';
import type { ToolStep } from './appctl';
import { CommandFailure, failVsctl } from './command-failure';
import { parseVsctlWords } from './vsctl-parse';
import { runAddBr, runBrExists, runDelBr, runListBr } from './vsctl-bridge-commands';
import {
  runAddPort,
  runDelPort,
  runIfaceToBr,
  runListIfaces,
  runListPorts,
  runPortToBr,
} from './vsctl-port-commands';
import { runClear, runGet, runRemove, runSet } from './vsctl-db-commands';
import { renderShow } from './vsctl-show';
import { VSCTL_HELP } from './help';

interface CommandSyntax {
  readonly min: number;
  readonly max: number;
  readonly options: readonly string[];
  readonly run: (state: OvsState, command: VsctlCommand) => VsctlStep;
}

const MANY = Number.MAX_SAFE_INTEGER;

/** The ovs-vsctl commands the sandbox simulates, with the real argument limits and options. */
const COMMANDS: Readonly<Record<string, CommandSyntax>> = {
  'add-br': { min: 1, max: 3, options: ['--may-exist'], run: runAddBr },
  'del-br': { min: 1, max: 1, options: ['--if-exists'], run: runDelBr },
  'list-br': { min: 0, max: 0, options: ['--real', '--fake'], run: (state) => runListBr(state) },
  'br-exists': { min: 1, max: 1, options: [], run: runBrExists },
  'list-ports': { min: 1, max: 1, options: [], run: runListPorts },
  'add-port': { min: 2, max: MANY, options: ['--may-exist'], run: runAddPort },
  'del-port': { min: 1, max: 2, options: ['--if-exists', '--with-iface'], run: runDelPort },
  'port-to-br': { min: 1, max: 1, options: [], run: runPortToBr },
  'iface-to-br': { min: 1, max: 1, options: [], run: runIfaceToBr },
  'list-ifaces': { min: 1, max: 1, options: [], run: runListIfaces },
  show: { min: 0, max: 0, options: [], run: (state) => ({ state, lines: renderShow(state) }) },
  get: { min: 2, max: MANY, options: ['--if-exists'], run: runGet },
  set: { min: 3, max: MANY, options: ['--if-exists'], run: runSet },
  remove: { min: 4, max: MANY, options: ['--if-exists'], run: runRemove },
  clear: { min: 3, max: MANY, options: ['--if-exists'], run: runClear },
};

/** Real ovs-vsctl commands that the sandbox does not simulate, to answer them kindly. */
const UNSIMULATED = new Set([
  'init', 'emer-reset', 'br-to-vlan', 'br-to-parent', 'br-set-external-id', 'br-get-external-id', 'add-bond',
  'get-controller', 'del-controller', 'set-controller', 'get-fail-mode', 'del-fail-mode',
  'set-fail-mode', 'get-manager', 'del-manager', 'set-manager', 'get-ssl', 'del-ssl', 'set-ssl', 'list',
  'find', 'add', 'create', 'destroy', 'wait-until', 'comment',
]);

/**
 * Run the words after `ovs-vsctl`. All commands of a line form one transaction: if any
 * fails, none of them changes the state, as with the real database.
 * @param state the sandbox
 * @param words the words after the program name
 * @returns the new state and the output lines
 */
export function runVsctl(state: OvsState, words: readonly string[]): ToolStep {
  const invocation = parseVsctlWords(words);
  if (invocation.kind === 'help') return { state, lines: VSCTL_HELP };
  if (invocation.kind === 'version') {
    return { state, lines: [`ovs-vsctl (Open vSwitch) ${state.ovsVersion}`] };
  }
  let working = state;
  const lines: string[] = [];
  for (const command of invocation.commands) {
    const step = runOne(working, command);
    working = step.state;
    lines.push(...step.lines);
  }
  return { state: invocation.dryRun ? state : working, lines };
}

function runOne(state: OvsState, command: VsctlCommand): VsctlStep {
  const syntax = COMMANDS[command.name];
  if (!syntax) {
    if (UNSIMULATED.has(command.name)) {
      throw new CommandFailure(
        `sandbox: '${command.name}' is a real ovs-vsctl command, but this sandbox does not simulate it. Type \`help\` to see what it does simulate.`,
        1,
      );
    }
    failVsctl(`unknown command '${command.name}'; use --help for help`);
  }
  for (const option of command.options) {
    if (!syntax.options.includes(option)) failVsctl(`'${command.name}' command has no '${option}' option`);
  }
  if (command.args.length < syntax.min) {
    failVsctl(`'${command.name}' command requires at least ${syntax.min} arguments`);
  }
  if (command.args.length > syntax.max) {
    failVsctl(`'${command.name}' command takes at most ${syntax.max} arguments`);
  }
  return syntax.run(state, command);
}
