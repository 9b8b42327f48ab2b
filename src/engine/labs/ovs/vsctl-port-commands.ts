import type { OvsPort, OvsState } from './types';
import type { VsctlCommand } from './vsctl-parse';
import type { PortLocation } from './state';
import type { VsctlStep } from './vsctl-bridge-commands';
import { failVsctl } from './command-failure';
import { findBridge, locatePort, replaceBridge } from './state';
import { checkNameConflicts, requireBridge, sortNames } from './vsctl-bridge-commands';
import { applyPortSetting } from './port-columns';

/**
 * Find a port that is not a bridge's own internal port (ovs-vsctl's find_port).
 * @param state the sandbox
 * @param name port name
 * @returns the port and its bridge, or undefined
 */
export function findUserPort(state: OvsState, name: string): PortLocation | undefined {
  const location = locatePort(state, name);
  return location && location.bridge.name !== name ? location : undefined;
}

/**
 * `add-port BRIDGE PORT [COLUMN=VALUE]...`: attach a device such as a VM's tap.
 * @param state the sandbox
 * @param command parsed command (honours `--may-exist`)
 * @returns the new state, no output
 */
export function runAddPort(state: OvsState, command: VsctlCommand): VsctlStep {
  const [bridgeName = '', portName = '', ...settings] = command.args;
  if (portName === '') failVsctl('port name must not be empty string');
  if (command.options.has('--may-exist')) {
    const existing = findUserPort(state, portName);
    if (existing) {
      if (existing.bridge.name !== bridgeName) {
        const text = [...command.options, 'add-port', ...command.args].join(' ');
        failVsctl(`"${text}" but ${portName} is actually attached to bridge ${existing.bridge.name}`);
      }
      return { state, lines: [] };
    }
  }
  checkNameConflicts(state, portName, `cannot create a port named ${portName}`);
  const bridge = requireBridge(state, bridgeName);
  let port: OvsPort = {
    name: portName,
    tag: null,
    trunks: [],
    interfaces: [{ name: portName, type: '', ofport: bridge.nextOfport }],
  };
  for (const setting of settings) port = applyPortSetting(port, setting);
  const updated = { ...bridge, ports: [...bridge.ports, port], nextOfport: bridge.nextOfport + 1 };
  return { state: replaceBridge(state, updated), lines: [] };
}

/**
 * `del-port [BRIDGE] PORT`: detach a port and forget the addresses learned on it.
 * @param state the sandbox
 * @param command parsed command (honours `--if-exists`)
 * @returns the new state, no output
 */
export function runDelPort(state: OvsState, command: VsctlCommand): VsctlStep {
  const mustExist = !command.options.has('--if-exists');
  const target = command.args[command.args.length - 1] ?? '';
  if (findBridge(state, target)) {
    if (mustExist) {
      failVsctl(
        `cannot delete port ${target} because it is the local port for bridge ${target} (deleting this port requires deleting the entire bridge)`,
      );
    }
    return { state, lines: [] };
  }
  const location = findUserPort(state, target);
  if (!location) {
    if (mustExist) failVsctl(`no port named ${target}`);
    return { state, lines: [] };
  }
  if (command.args.length === 2) {
    const named = requireBridge(state, command.args[0] ?? '');
    if (named.name !== location.bridge.name) failVsctl(`bridge ${named.name} does not have a port ${target}`);
  }
  const bridge = location.bridge;
  const updated = {
    ...bridge,
    ports: bridge.ports.filter((port) => port.name !== target),
    macTable: bridge.macTable.filter((entry) => entry.port !== target),
  };
  return { state: replaceBridge(state, updated), lines: [] };
}

/**
 * `list-ports BRIDGE`: the bridge's ports, sorted, without its internal port.
 * @param state the sandbox
 * @param command parsed command
 * @returns one line per port
 */
export function runListPorts(state: OvsState, command: VsctlCommand): VsctlStep {
  const bridge = requireBridge(state, command.args[0] ?? '');
  const names = bridge.ports.map((port) => port.name).filter((name) => name !== bridge.name);
  return { state, lines: sortNames(names) };
}

/**
 * `port-to-br PORT`: the bridge that holds a port.
 * @param state the sandbox
 * @param command parsed command
 * @returns one line
 */
export function runPortToBr(state: OvsState, command: VsctlCommand): VsctlStep {
  const name = command.args[0] ?? '';
  const location = findUserPort(state, name);
  if (!location) failVsctl(`no port named ${name}`);
  return { state, lines: [location.bridge.name] };
}

/**
 * `iface-to-br IFACE`: the bridge that holds an interface.
 * @param state the sandbox
 * @param command parsed command
 * @returns one line
 */
export function runIfaceToBr(state: OvsState, command: VsctlCommand): VsctlStep {
  const name = command.args[0] ?? '';
  const location = findUserPort(state, name);
  if (!location) failVsctl(`no interface named ${name}`);
  return { state, lines: [location.bridge.name] };
}

/**
 * `list-ifaces BRIDGE`: the bridge's interfaces, sorted, without its internal interface.
 * @param state the sandbox
 * @param command parsed command
 * @returns one line per interface
 */
export function runListIfaces(state: OvsState, command: VsctlCommand): VsctlStep {
  const bridge = requireBridge(state, command.args[0] ?? '');
  const names = bridge.ports.flatMap((port) => port.interfaces.map((iface) => iface.name));
  return { state, lines: sortNames(names.filter((name) => name !== bridge.name)) };
}
