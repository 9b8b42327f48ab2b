import type { OvsState } from './types';
import type { VsctlCommand } from './vsctl-parse';
import type { VsctlStep } from './vsctl-bridge-commands';
import { failVsctl, formatOvsdbString } from './command-failure';
import { locatePort, replaceBridge, replacePort } from './state';
import {
  applyPortSetting,
  formatPortColumn,
  removePortValues,
  requireWritablePortColumn,
  resolvePortColumn,
} from './port-columns';
import type { OvsPort } from './types';
import type { PortLocation } from './state';

/** Tables of the real Open_vSwitch database, for matching abbreviations and clear errors. */
const TABLES = [
  'AutoAttach', 'Bridge', 'CT_Timeout_Policy', 'CT_Zone', 'Controller', 'Datapath', 'Flow_Sample_Collector_Set',
  'Flow_Table', 'IPFIX', 'Interface', 'Manager', 'Mirror', 'NetFlow', 'Open_vSwitch', 'Port', 'QoS', 'Queue',
  'SSL', 'sFlow',
];

type SimulatedTable = 'Port' | 'Interface';

function resolveTable(raw: string): SimulatedTable {
  const lower = raw.toLowerCase();
  const exact = TABLES.find((table) => table.toLowerCase() === lower);
  const matches = exact ? [exact] : TABLES.filter((table) => table.toLowerCase().startsWith(lower));
  if (matches.length > 1) failVsctl(`multiple table names match "${raw}"`);
  const table = matches[0];
  if (!table) failVsctl(`unknown table "${raw}"`);
  if (table !== 'Port' && table !== 'Interface') {
    failVsctl(`the sandbox simulates the Port and Interface tables only, not ${table}`);
  }
  return table;
}

/** Find the record a database command names; undefined only when --if-exists allows it. */
function findRecord(state: OvsState, command: VsctlCommand, table: SimulatedTable): PortLocation | undefined {
  const record = command.args[1] ?? '';
  const location = locatePort(state, record);
  if (!location && !command.options.has('--if-exists')) failVsctl(`no row "${record}" in table ${table}`);
  return location;
}

function storePort(state: OvsState, location: PortLocation, port: OvsPort): OvsState {
  // OVS forgets what a port had learned once its VLAN configuration changes.
  const changed = port.tag !== location.port.tag || port.trunks.join() !== location.port.trunks.join();
  const bridge = replacePort(location.bridge, port);
  const macTable = changed ? bridge.macTable.filter((entry) => entry.port !== port.name) : bridge.macTable;
  return replaceBridge(state, { ...bridge, macTable });
}

function requirePortTable(table: SimulatedTable, verb: string): void {
  if (table !== 'Port') {
    failVsctl(`the sandbox can ${verb} only the tag and trunks columns of the Port table`);
  }
}

/**
 * `set TABLE RECORD COLUMN=VALUE...`, e.g. `set port tap1 tag=10`.
 * @param state the sandbox
 * @param command parsed command (honours `--if-exists`)
 * @returns the new state, no output
 */
export function runSet(state: OvsState, command: VsctlCommand): VsctlStep {
  const table = resolveTable(command.args[0] ?? '');
  const location = findRecord(state, command, table);
  requirePortTable(table, 'set');
  if (!location) return { state, lines: [] };
  const port = command.args.slice(2).reduce(applyPortSetting, location.port);
  return { state: storePort(state, location, port), lines: [] };
}

/**
 * `remove TABLE RECORD COLUMN VALUE...`, e.g. `remove port tap1 tag 10`.
 * @param state the sandbox
 * @param command parsed command (honours `--if-exists`)
 * @returns the new state, no output
 */
export function runRemove(state: OvsState, command: VsctlCommand): VsctlStep {
  const table = resolveTable(command.args[0] ?? '');
  const location = findRecord(state, command, table);
  requirePortTable(table, 'remove values from');
  if (!location) return { state, lines: [] };
  const column = requireWritablePortColumn(resolvePortColumn(command.args[2] ?? ''));
  const port = removePortValues(location.port, column, command.args.slice(3));
  return { state: storePort(state, location, port), lines: [] };
}

/**
 * `clear TABLE RECORD COLUMN...`, e.g. `clear port tap1 tag`.
 * @param state the sandbox
 * @param command parsed command (honours `--if-exists`)
 * @returns the new state, no output
 */
export function runClear(state: OvsState, command: VsctlCommand): VsctlStep {
  const table = resolveTable(command.args[0] ?? '');
  const location = findRecord(state, command, table);
  requirePortTable(table, 'clear');
  if (!location) return { state, lines: [] };
  const columns = command.args.slice(2).map((raw) => requireWritablePortColumn(resolvePortColumn(raw)));
  const port = columns.reduce<OvsPort>(
    (current, column) => (column === 'tag' ? { ...current, tag: null } : { ...current, trunks: [] }),
    location.port,
  );
  return { state: storePort(state, location, port), lines: [] };
}

/**
 * `get TABLE RECORD COLUMN...`, e.g. `get port tap1 tag` or `get interface tap1 ofport`.
 * @param state the sandbox
 * @param command parsed command (honours `--if-exists`)
 * @returns one line per column
 */
export function runGet(state: OvsState, command: VsctlCommand): VsctlStep {
  const table = resolveTable(command.args[0] ?? '');
  const location = findRecord(state, command, table);
  if (!location) return { state, lines: [] };
  const columns = command.args.slice(2);
  const lines =
    table === 'Port'
      ? columns.map((raw) => formatPortColumn(location.port, resolvePortColumn(raw)))
      : columns.map((raw) => formatInterfaceColumn(location.port, raw));
  return { state, lines };
}

function formatInterfaceColumn(port: OvsPort, raw: string): string {
  const column = raw.toLowerCase().replaceAll('-', '_');
  const iface = port.interfaces[0];
  if (!iface) return '[]';
  if (column === 'ofport') return String(iface.ofport);
  if (column === 'name') return formatOvsdbString(iface.name);
  if (column === 'type') return iface.type === '' ? '""' : iface.type;
  return failVsctl(`the sandbox simulates only the name, type and ofport columns of the Interface table, not ${raw}`);
}
