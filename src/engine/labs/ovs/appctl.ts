import type { OvsBridge, OvsState } from './types';
import { CommandFailure } from './command-failure';
import { findBridge, ofportOf } from './state';
import { OFPORT_LOCAL } from './types';

/** What a simulated tool run gave before it is turned into a CommandResult. */
export interface ToolStep {
  readonly state: OvsState;
  readonly lines: readonly string[];
}

/** ovs-appctl prints the daemon's error, then this line, and exits with status 2. */
function failAppctl(message: string): never {
  throw new CommandFailure(`${message}\novs-appctl: ovs-vswitchd: server returned an error`, 2);
}

const APPCTL_COMMANDS: Readonly<Record<string, { min: number; max: number }>> = {
  'fdb/show': { min: 1, max: 1 },
  'fdb/flush': { min: 0, max: 1 },
};

/**
 * Run `ovs-appctl COMMAND [ARG...]` against the simulated ovs-vswitchd.
 * @param state the sandbox
 * @param words the words after `ovs-appctl`
 * @param now epoch milliseconds, for the Age column
 * @returns the new state and output lines
 */
export function runAppctl(state: OvsState, words: readonly string[], now: number): ToolStep {
  const [command, ...args] = words;
  if (command === undefined) {
    throw new CommandFailure('ovs-appctl: at least one non-option argument is required (use --help for help)', 1);
  }
  const syntax = APPCTL_COMMANDS[command];
  if (!syntax) {
    failAppctl(`"${command}" is not a valid command (use "list-commands" to see a list of valid commands)`);
  }
  if (args.length < syntax.min) failAppctl(`"${command}" command requires at least ${syntax.min} arguments`);
  if (args.length > syntax.max) failAppctl(`"${command}" command takes at most ${syntax.max} arguments`);
  if (command === 'fdb/show') return { state, lines: renderFdb(requireBridge(state, args[0] ?? ''), now) };
  return flushFdb(state, args[0]);
}

function requireBridge(state: OvsState, name: string): OvsBridge {
  const bridge = findBridge(state, name);
  if (!bridge) failAppctl('no such bridge');
  return bridge;
}

/**
 * Render the MAC table like `ovs-appctl fdb/show`: OpenFlow port number (LOCAL for the
 * bridge's own port), VLAN, MAC and age in seconds, least recently refreshed first.
 * @param bridge the bridge
 * @param now epoch milliseconds
 * @returns the header and one line per entry
 */
export function renderFdb(bridge: OvsBridge, now: number): string[] {
  const lines = [' port  VLAN  MAC                Age'];
  for (const entry of bridge.macTable) {
    const port = bridge.ports.find((candidate) => candidate.name === entry.port);
    if (!port) continue;
    const ofport = ofportOf(port);
    const portText = ofport === OFPORT_LOCAL ? 'LOCAL' : String(ofport);
    const age = Math.max(0, Math.floor((now - entry.learnedAt) / 1000));
    lines.push(`${portText.padStart(5)}  ${String(entry.vlan).padStart(4)}  ${entry.mac}  ${String(age).padStart(3)}`);
  }
  return lines;
}

function flushFdb(state: OvsState, bridgeName: string | undefined): ToolStep {
  if (bridgeName !== undefined) requireBridge(state, bridgeName);
  const bridges = state.bridges.map((bridge) =>
    bridgeName === undefined || bridge.name === bridgeName ? { ...bridge, macTable: [] } : bridge,
  );
  return { state: { ...state, bridges }, lines: ['table successfully flushed'] };
}
