import type { OvsPort } from './types';
import { failVsctl, formatOvsdbString } from './command-failure';

/** Columns of the real Port table; the sandbox simulates `tag`, `trunks` and `name`. */
const PORT_COLUMNS = [
  'bond_active_slave', 'bond_downdelay', 'bond_fake_iface', 'bond_mode', 'bond_updelay', 'cvlans',
  'external_ids', 'fake_bridge', 'interfaces', 'lacp', 'mac', 'name', 'other_config', 'protected',
  'qos', 'rstp_statistics', 'rstp_status', 'statistics', 'status', 'tag', 'trunks', 'vlan_mode',
];

/** The columns of the Port table that the sandbox can change. */
export type WritablePortColumn = 'tag' | 'trunks';

/**
 * Resolve a Port column name as ovs-vsctl does (case and `-`/`_` do not matter).
 * @param raw the column as typed
 * @returns the canonical column name
 */
export function resolvePortColumn(raw: string): string {
  const wanted = raw.toLowerCase().replaceAll('-', '_');
  if (PORT_COLUMNS.includes(wanted)) return wanted;
  return failVsctl(`Port does not contain a column whose name matches "${raw}"`);
}

/**
 * Check that a Port column can be written in the sandbox.
 * @param column a canonical column name
 * @returns the column, narrowed
 */
export function requireWritablePortColumn(column: string): WritablePortColumn {
  if (column === 'tag' || column === 'trunks') return column;
  if (column === 'name') failVsctl('cannot modify read-only column name in table Port');
  return failVsctl(`the sandbox simulates only the tag and trunks columns of the Port table, not ${column}`);
}

/**
 * Parse a VLAN set as OVSDB writes it: `10`, `10,20`, `[10, 20]` or `[]`.
 * @param text the value
 * @returns sorted, distinct VLAN ids
 */
export function parseVlanSet(text: string): number[] {
  const inner = text.trim().replace(/^\[/, '').replace(/\]$/, '');
  if (inner.trim() === '') return [];
  const vlans = inner.split(',').map((part) => parseVlan(part.trim()));
  return [...new Set(vlans)].sort((left, right) => left - right);
}

function parseVlan(text: string): number {
  if (!/^-?\d{1,10}$/.test(text)) failVsctl(`"${text}" is not a valid integer`);
  const value = Number(text);
  if (value < 0 || value > 4095) {
    failVsctl(`constraint violation: ${value} is not in the valid range 0 to 4095 (inclusive)`);
  }
  return value;
}

/**
 * Apply `COLUMN=VALUE` to a port, as `set port P tag=10` and `add-port BR P tag=10` do.
 * @param port the port before the change
 * @param setting e.g. `tag=10`, `trunks=10,20`, `tag=[]`
 * @returns the changed port
 */
export function applyPortSetting(port: OvsPort, setting: string): OvsPort {
  const equals = setting.indexOf('=');
  if (equals === -1) failVsctl(`${setting}: argument does not end in "=" followed by a value.`);
  const columnText = setting.slice(0, equals);
  const keyed = columnText.indexOf(':');
  const column = requireWritablePortColumn(resolvePortColumn(keyed === -1 ? columnText : columnText.slice(0, keyed)));
  if (keyed !== -1) failVsctl(`cannot specify key to set for non-map column ${column}`);
  const values = parseVlanSet(setting.slice(equals + 1));
  if (column === 'tag') {
    if (values.length > 1) failVsctl('"tag" column accepts at most 1 value');
    return { ...port, tag: values[0] ?? null };
  }
  return { ...port, trunks: values };
}

/**
 * Remove values from a column, as `remove port P tag 10` does; absent values are ignored.
 * @param port the port before the change
 * @param column a writable column
 * @param values the values to remove, each as typed
 * @returns the changed port
 */
export function removePortValues(port: OvsPort, column: WritablePortColumn, values: readonly string[]): OvsPort {
  const removed = new Set(values.flatMap((value) => parseVlanSet(value)));
  if (column === 'tag') return port.tag !== null && removed.has(port.tag) ? { ...port, tag: null } : port;
  return { ...port, trunks: port.trunks.filter((vlan) => !removed.has(vlan)) };
}

/**
 * Format a Port column as `ovs-vsctl get` prints it.
 * @param port the port
 * @param column a canonical column name
 * @returns e.g. `10`, `[]`, `[10, 20]`
 */
export function formatPortColumn(port: OvsPort, column: string): string {
  if (column === 'tag') return port.tag === null ? '[]' : String(port.tag);
  if (column === 'trunks') return `[${port.trunks.join(', ')}]`;
  if (column === 'name') return formatOvsdbString(port.name);
  return failVsctl(`the sandbox does not simulate the ${column} column of the Port table`);
}
