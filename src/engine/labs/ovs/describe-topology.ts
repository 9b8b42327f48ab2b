import type { OvsPort, OvsState } from './types';
import { macForPort } from './identifiers';
import { ofportOf } from './state';
import { OFPORT_LOCAL } from './types';

/** One port as a diagram draws it. */
export interface TopologyPort {
  readonly name: string;
  /** OpenFlow port number, or 'LOCAL' for the bridge's own port. */
  readonly ofport: number | 'LOCAL';
  /** `internal` for the bridge's own port, `vm` for a device such as a tap. */
  readonly kind: 'internal' | 'vm';
  readonly vlanMode: 'access' | 'trunk';
  /** Access: [tag]. Trunk: the allowed VLANs, empty meaning all. */
  readonly vlans: readonly number[];
  /** Ready-made caption, e.g. `VLAN 10`, `trunk (all VLANs)`, `trunk 10, 20`. */
  readonly vlanLabel: string;
  /** MAC of the VM behind the port (the address `sim send` uses); null for the internal port. */
  readonly vmMac: string | null;
  /** How many MAC table entries point at this port. */
  readonly learnedMacs: number;
}

/** One bridge as a diagram draws it: its own port first, then the others by name. */
export interface TopologyBridge {
  readonly name: string;
  readonly ports: readonly TopologyPort[];
  readonly learnedMacs: number;
}

/** Everything a live diagram of the sandbox needs. */
export interface Topology {
  readonly bridges: readonly TopologyBridge[];
}

/**
 * Describe the sandbox for a live diagram: bridges sorted by name, ports with their VLANs.
 * @param state the sandbox
 * @returns plain data, ready to render
 */
export function describeTopology(state: OvsState): Topology {
  const bridges = [...state.bridges].sort((left, right) => (left.name < right.name ? -1 : 1));
  return {
    bridges: bridges.map((bridge) => {
      const ports = [...bridge.ports].sort((left, right) => rankPort(left) - rankPort(right) || (left.name < right.name ? -1 : 1));
      return {
        name: bridge.name,
        ports: ports.map((port) => describePort(port, bridge.macTable.filter((entry) => entry.port === port.name).length)),
        learnedMacs: bridge.macTable.length,
      };
    }),
  };
}

function rankPort(port: OvsPort): number {
  return ofportOf(port) === OFPORT_LOCAL ? 0 : 1;
}

function describePort(port: OvsPort, learnedMacs: number): TopologyPort {
  const internal = ofportOf(port) === OFPORT_LOCAL;
  const access = port.tag !== null;
  return {
    name: port.name,
    ofport: internal ? 'LOCAL' : ofportOf(port),
    kind: internal ? 'internal' : 'vm',
    vlanMode: access ? 'access' : 'trunk',
    vlans: port.tag !== null ? [port.tag] : port.trunks,
    vlanLabel: describeVlans(port),
    vmMac: internal ? null : macForPort(port.name),
    learnedMacs,
  };
}

function describeVlans(port: OvsPort): string {
  if (port.tag !== null) return `VLAN ${port.tag}`;
  return port.trunks.length === 0 ? 'trunk (all VLANs)' : `trunk ${port.trunks.join(', ')}`;
}
