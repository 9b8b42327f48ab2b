import type { MacEntry, OvsBridge, OvsPort, OvsState } from './types';
import type { ToolStep } from './appctl';
import { CommandFailure } from './command-failure';
import { macForPort } from './identifiers';
import { locatePort, portCarriesVlan, replaceBridge } from './state';

function failSim(message: string): never {
  throw new CommandFailure(`sim: ${message}`, 1);
}

/**
 * Learn (or refresh) a source address, moving it to the end of the LRU list.
 * @param table the bridge's MAC table
 * @param entry the address just seen
 * @returns the new table
 */
export function learnMac(table: readonly MacEntry[], entry: MacEntry): MacEntry[] {
  const others = table.filter((old) => !(old.mac === entry.mac && old.vlan === entry.vlan));
  return [...others, entry];
}

/** Which VLAN a frame from this port belongs to: its access VLAN, or 0 when untagged on a trunk. */
function ingressVlan(port: OvsPort): number {
  return port.tag ?? 0;
}

/**
 * `sim send SRC DST`: the VM behind port SRC sends one frame to the VM behind port DST.
 * The bridge learns SRC's MAC on SRC's port and VLAN, then forwards to the learned port
 * for DST's MAC in that VLAN, or floods to every other port that carries the VLAN.
 * @param state the sandbox
 * @param words the words after `sim send`
 * @param now epoch milliseconds, recorded as the time the address was learned
 * @returns the new state and a description of what happened to the frame
 */
export function runSimSend(state: OvsState, words: readonly string[], now: number): ToolStep {
  if (words.length !== 2) failSim('usage: sim send SRC-PORT DST-PORT');
  const [sourceName = '', targetName = ''] = words;
  const source = locatePort(state, sourceName) ?? failSim(`no port named ${sourceName}`);
  const target = locatePort(state, targetName) ?? failSim(`no port named ${targetName}`);
  if (sourceName === targetName) failSim('source and destination are the same port');

  const bridge = source.bridge;
  const vlan = ingressVlan(source.port);
  const sourceMac = macForPort(sourceName);
  const targetMac = macForPort(targetName);
  const macTable = learnMac(bridge.macTable, { port: sourceName, vlan, mac: sourceMac, learnedAt: now });
  const known = bridge.macTable.find((entry) => entry.mac === targetMac && entry.vlan === vlan);
  const outPorts = known ? [known.port] : floodPorts(bridge, sourceName, vlan);
  const lines = [
    `frame ${sourceMac} -> ${targetMac} enters ${bridge.name} on ${sourceName} in VLAN ${vlan}`,
    `learned ${sourceMac} on ${sourceName}, VLAN ${vlan}`,
    known
      ? `destination known on ${known.port}: forwarded there only`
      : `destination unknown in VLAN ${vlan}: flooded to ${outPorts.length > 0 ? outPorts.join(', ') : 'no other port'}`,
    describeDelivery(bridge, target.bridge, target.port, outPorts, vlan),
  ];
  return { state: replaceBridge(state, { ...bridge, macTable }), lines };
}

function floodPorts(bridge: OvsBridge, sourceName: string, vlan: number): string[] {
  return bridge.ports
    .filter((port) => port.name !== sourceName && portCarriesVlan(port, vlan))
    .map((port) => port.name)
    .sort((left, right) => (left < right ? -1 : 1));
}

function describeDelivery(
  bridge: OvsBridge,
  targetBridge: OvsBridge,
  target: OvsPort,
  outPorts: readonly string[],
  vlan: number,
): string {
  if (targetBridge.name !== bridge.name) {
    return `${target.name} is on bridge ${targetBridge.name}, which is not connected to ${bridge.name}: not delivered`;
  }
  if (!outPorts.includes(target.name)) {
    return target.tag !== null && target.tag !== vlan
      ? `${target.name} is in VLAN ${target.tag}, not VLAN ${vlan}: not delivered`
      : `${target.name} did not receive the frame`;
  }
  if (target.tag === null && vlan !== 0) return `${target.name} received the frame with an 802.1Q tag for VLAN ${vlan} (trunk port)`;
  return `${target.name} received the frame`;
}
