import type { OvsBridge, OvsState } from './types';
import type { VsctlCommand } from './vsctl-parse';
import { CommandFailure, failVsctl } from './command-failure';
import { buildBridge, findBridge, locatePort } from './state';

/** What one ovs-vsctl command produced: the new state and its output lines. */
export interface VsctlStep {
  readonly state: OvsState;
  readonly lines: readonly string[];
}

/**
 * Fail as ovs-vsctl's check_conflicts does when a new bridge, port or interface would reuse
 * a name (bridges are checked first, then ports, then interfaces).
 * @param state the sandbox
 * @param name the name to be created
 * @param intent e.g. `cannot create a bridge named br0`
 */
export function checkNameConflicts(state: OvsState, name: string, intent: string): void {
  if (findBridge(state, name)) failVsctl(`${intent} because a bridge named ${name} already exists`);
  const location = locatePort(state, name);
  if (location) {
    failVsctl(`${intent} because a port named ${name} already exists on bridge ${location.bridge.name}`);
  }
}

/**
 * Find a bridge or fail with `no bridge named NAME`.
 * @param state the sandbox
 * @param name bridge name
 * @returns the bridge
 */
export function requireBridge(state: OvsState, name: string): OvsBridge {
  const bridge = findBridge(state, name);
  if (!bridge) failVsctl(`no bridge named ${name}`);
  return bridge;
}

/**
 * `add-br BRIDGE`: create a bridge and its internal port of the same name.
 * @param state the sandbox
 * @param command parsed command (honours `--may-exist`)
 * @returns the new state, no output
 */
export function runAddBr(state: OvsState, command: VsctlCommand): VsctlStep {
  const [name = ''] = command.args;
  if (command.args.length === 2) failVsctl("'add-br' command takes exactly 1 or 3 arguments");
  if (command.args.length === 3) {
    failVsctl('fake (VLAN) bridges such as `add-br BRIDGE PARENT VLAN` are not simulated in this sandbox');
  }
  if (name === '') failVsctl('bridge name must not be empty string');
  if (command.options.has('--may-exist') && findBridge(state, name)) return { state, lines: [] };
  checkNameConflicts(state, name, `cannot create a bridge named ${name}`);
  return { state: { ...state, bridges: [...state.bridges, buildBridge(name)] }, lines: [] };
}

/**
 * `del-br BRIDGE`: delete a bridge, its ports and its MAC table.
 * @param state the sandbox
 * @param command parsed command (honours `--if-exists`)
 * @returns the new state, no output
 */
export function runDelBr(state: OvsState, command: VsctlCommand): VsctlStep {
  const [name = ''] = command.args;
  if (!findBridge(state, name)) {
    if (command.options.has('--if-exists')) return { state, lines: [] };
    failVsctl(`no bridge named ${name}`);
  }
  return { state: { ...state, bridges: state.bridges.filter((bridge) => bridge.name !== name) }, lines: [] };
}

/**
 * `list-br`: bridge names, sorted.
 * @param state the sandbox
 * @returns one line per bridge
 */
export function runListBr(state: OvsState): VsctlStep {
  return { state, lines: sortNames(state.bridges.map((bridge) => bridge.name)) };
}

/**
 * `br-exists BRIDGE`: no output; exit status 2 when the bridge is missing.
 * @param state the sandbox
 * @param command parsed command
 * @returns the unchanged state
 */
export function runBrExists(state: OvsState, command: VsctlCommand): VsctlStep {
  if (!findBridge(state, command.args[0] ?? '')) throw new CommandFailure('', 2);
  return { state, lines: [] };
}

/**
 * Sort names the way ovs-vsctl does (byte order, as C's strcmp).
 * @param names any names
 * @returns a sorted copy
 */
export function sortNames(names: readonly string[]): string[] {
  return [...names].sort((left, right) => (left < right ? -1 : left > right ? 1 : 0));
}
