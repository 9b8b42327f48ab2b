import type { MacEntry, OvsBridge, OvsPort, OvsState } from './types';
import { OFPORT_LOCAL } from './types';

/** Entries older than this are forgotten, as with OVS's default `mac-aging-time` of 300 s. */
export const MAC_AGING_MS = 300_000;

/**
 * Create an empty sandbox.
 * @param databaseSeed text the `show` UUID is derived from (default 'ovs-sandbox')
 * @returns a state with no bridges and OVS version 3.1.0
 */
export function createOvsState(databaseSeed = 'ovs-sandbox'): OvsState {
  return { bridges: [], databaseSeed, ovsVersion: '3.1.0' };
}

/**
 * Find a bridge by name.
 * @param state the sandbox
 * @param name bridge name
 * @returns the bridge, or undefined
 */
export function findBridge(state: OvsState, name: string): OvsBridge | undefined {
  return state.bridges.find((bridge) => bridge.name === name);
}

/** A port together with the bridge that holds it. */
export interface PortLocation {
  readonly bridge: OvsBridge;
  readonly port: OvsPort;
}

/**
 * Find a port by name on any bridge, including a bridge's own internal port.
 * @param state the sandbox
 * @param name port name
 * @returns the port and its bridge, or undefined
 */
export function locatePort(state: OvsState, name: string): PortLocation | undefined {
  for (const bridge of state.bridges) {
    const port = bridge.ports.find((candidate) => candidate.name === name);
    if (port) return { bridge, port };
  }
  return undefined;
}

/**
 * Build a new bridge with its internal port, as `add-br` does.
 * @param name bridge name
 * @returns the bridge, with no learned addresses
 */
export function buildBridge(name: string): OvsBridge {
  const local: OvsPort = {
    name,
    tag: null,
    trunks: [],
    interfaces: [{ name, type: 'internal', ofport: OFPORT_LOCAL }],
  };
  return { name, ports: [local], macTable: [], nextOfport: 1 };
}

/**
 * Replace one bridge (matched by name) in the state.
 * @param state the sandbox
 * @param bridge the new version of the bridge
 * @returns a new state
 */
export function replaceBridge(state: OvsState, bridge: OvsBridge): OvsState {
  return { ...state, bridges: state.bridges.map((old) => (old.name === bridge.name ? bridge : old)) };
}

/**
 * Replace one port (matched by name) of a bridge.
 * @param bridge the bridge holding the port
 * @param port the new version of the port
 * @returns a new bridge
 */
export function replacePort(bridge: OvsBridge, port: OvsPort): OvsBridge {
  return { ...bridge, ports: bridge.ports.map((old) => (old.name === port.name ? port : old)) };
}

/**
 * Forget MAC entries that have aged out, as ovs-vswitchd does in the background.
 * @param state the sandbox
 * @param now epoch milliseconds
 * @returns the same state when nothing expired, otherwise a new one
 */
export function expireMacEntries(state: OvsState, now: number): OvsState {
  const isFresh = (entry: MacEntry): boolean => now - entry.learnedAt < MAC_AGING_MS;
  if (state.bridges.every((bridge) => bridge.macTable.every(isFresh))) return state;
  return {
    ...state,
    bridges: state.bridges.map((bridge) => ({ ...bridge, macTable: bridge.macTable.filter(isFresh) })),
  };
}

/**
 * The OpenFlow port number of a port's (first) interface.
 * @param port the port
 * @returns its number, OFPORT_LOCAL for an internal port
 */
export function ofportOf(port: OvsPort): number {
  return port.interfaces[0]?.ofport ?? OFPORT_LOCAL;
}

/**
 * Whether a port sends and receives frames of a VLAN.
 * @param port the port
 * @param vlan VLAN id, 0 for untagged frames
 * @returns true for an access port on that VLAN or a trunk that carries it
 */
export function portCarriesVlan(port: OvsPort, vlan: number): boolean {
  if (port.tag !== null) return port.tag === vlan;
  return port.trunks.length === 0 || port.trunks.includes(vlan);
}
