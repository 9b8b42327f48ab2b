import type { OvsState } from './types';
import type { ToolStep } from './appctl';
import { CommandFailure } from './command-failure';
import { findBridge, ofportOf } from './state';
import { hostMacForPort } from './identifiers';
import { OFPORT_LOCAL } from './types';

/**
 * Run `ovs-ofctl dump-ports-desc BRIDGE`, the usual way to map OpenFlow port numbers
 * (as fdb/show prints them) to port names. Other ovs-ofctl commands are not simulated.
 * @param state the sandbox
 * @param words the words after `ovs-ofctl`
 * @returns the unchanged state and the port descriptions
 */
export function runOfctl(state: OvsState, words: readonly string[]): ToolStep {
  const [command, bridgeName] = words;
  if (command !== 'dump-ports-desc') {
    throw new CommandFailure(
      'sandbox: only `ovs-ofctl dump-ports-desc BRIDGE` is simulated here. Type `help` for the full list.',
      1,
    );
  }
  if (bridgeName === undefined) {
    throw new CommandFailure("ovs-ofctl: 'dump-ports-desc' command requires at least 1 arguments", 1);
  }
  const bridge = findBridge(state, bridgeName);
  if (!bridge) throw new CommandFailure(`ovs-ofctl: ${bridgeName} is not a bridge or a socket`, 1);
  const ports = [...bridge.ports].sort((left, right) => ofportOf(left) - ofportOf(right));
  const lines = ['OFPST_PORT_DESC reply (xid=0x2):'];
  for (const port of ports) {
    const local = ofportOf(port) === OFPORT_LOCAL;
    lines.push(
      ` ${local ? 'LOCAL' : ofportOf(port)}(${port.name}): addr:${hostMacForPort(port.name)}`,
      `     config:     ${local ? 'PORT_DOWN' : '0'}`,
      `     state:      ${local ? 'LINK_DOWN' : '0'}`,
      '     speed: 0 Mbps now, 0 Mbps max',
    );
  }
  return { state, lines };
}
