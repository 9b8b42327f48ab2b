import type { OvsPort, OvsState } from './types';
import { formatOvsdbString } from './command-failure';
import { deriveUuid } from './identifiers';
import { sortNames } from './vsctl-bridge-commands';

const INDENT = '    ';

/**
 * Render `ovs-vsctl show`: the Open_vSwitch record's UUID, each bridge with its ports,
 * tags, trunks and interfaces, then the version. Real OVS orders bridges and ports by
 * UUID, which looks random; the sandbox sorts them by name instead.
 * @param state the sandbox
 * @returns the output lines
 */
export function renderShow(state: OvsState): string[] {
  const lines = [deriveUuid(state.databaseSeed)];
  const bridges = sortNames(state.bridges.map((bridge) => bridge.name));
  for (const name of bridges) {
    const bridge = state.bridges.find((candidate) => candidate.name === name);
    if (!bridge) continue;
    lines.push(`${INDENT}Bridge ${formatOvsdbString(bridge.name)}`);
    const ports = [...bridge.ports].sort((left, right) => (left.name < right.name ? -1 : 1));
    for (const port of ports) lines.push(...renderPort(port));
  }
  lines.push(`${INDENT}ovs_version: ${formatOvsdbString(state.ovsVersion)}`);
  return lines;
}

function renderPort(port: OvsPort): string[] {
  const lines = [`${INDENT.repeat(2)}Port ${formatOvsdbString(port.name)}`];
  if (port.tag !== null) lines.push(`${INDENT.repeat(3)}tag: ${port.tag}`);
  if (port.trunks.length > 0) lines.push(`${INDENT.repeat(3)}trunks: [${port.trunks.join(', ')}]`);
  for (const iface of port.interfaces) {
    lines.push(`${INDENT.repeat(3)}Interface ${formatOvsdbString(iface.name)}`);
    if (iface.type !== '') lines.push(`${INDENT.repeat(4)}type: ${iface.type}`);
  }
  return lines;
}
