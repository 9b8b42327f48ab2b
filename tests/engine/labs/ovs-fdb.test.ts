import { describe, expect, it } from 'vitest';
import { createOvsState, describeTopology, MAC_AGING_MS, runCommand } from '../../../src/engine/labs/ovs';
import { replay, T0 } from './ovs-transcript';

const TAP0_MAC = '52:54:00:b3:39:74';
const TAP1_MAC = '52:54:00:fb:7c:27';

const BUILD = [
  { command: 'ovs-vsctl add-br br0', output: '' },
  { command: 'ovs-vsctl add-port br0 tap0', output: '' },
  { command: 'ovs-vsctl add-port br0 tap1', output: '' },
];

describe('MAC learning in the sandbox', () => {
  it('learns source addresses, floods unknown destinations and forwards known ones', () => {
    replay([
      ...BUILD,
      { command: 'ovs-appctl fdb/show br0', output: ' port  VLAN  MAC                Age' },
      {
        command: 'sim send tap0 tap1',
        output: [
          `frame ${TAP0_MAC} -> ${TAP1_MAC} enters br0 on tap0 in VLAN 0`,
          `learned ${TAP0_MAC} on tap0, VLAN 0`,
          'destination unknown in VLAN 0: flooded to br0, tap1',
          'tap1 received the frame',
        ].join('\n'),
      },
      {
        command: 'sim send tap1 tap0',
        output: [
          `frame ${TAP1_MAC} -> ${TAP0_MAC} enters br0 on tap1 in VLAN 0`,
          `learned ${TAP1_MAC} on tap1, VLAN 0`,
          'destination known on tap0: forwarded there only',
          'tap0 received the frame',
        ].join('\n'),
      },
      {
        command: 'ovs-appctl fdb/show br0',
        output: [
          ' port  VLAN  MAC                Age',
          `    1     0  ${TAP0_MAC}    2`,
          `    2     0  ${TAP1_MAC}    1`,
        ].join('\n'),
      },
      { command: 'sim send tap0 tap1', output: `frame ${TAP0_MAC} -> ${TAP1_MAC} enters br0 on tap0 in VLAN 0\nlearned ${TAP0_MAC} on tap0, VLAN 0\ndestination known on tap1: forwarded there only\ntap1 received the frame` },
      {
        command: 'ovs-appctl fdb/show br0',
        output: [' port  VLAN  MAC                Age', `    2     0  ${TAP1_MAC}    3`, `    1     0  ${TAP0_MAC}    1`].join('\n'),
      },
      { command: 'ovs-appctl fdb/flush br0', output: 'table successfully flushed' },
      { command: 'ovs-appctl fdb/show br0', output: ' port  VLAN  MAC                Age' },
    ]);
  });

  it('keeps VLANs apart and tags frames towards a trunk port', () => {
    replay([
      ...BUILD,
      { command: 'ovs-vsctl set port tap1 tag=10', output: '' },
      {
        command: 'sim send tap0 tap1',
        output: [
          `frame ${TAP0_MAC} -> ${TAP1_MAC} enters br0 on tap0 in VLAN 0`,
          `learned ${TAP0_MAC} on tap0, VLAN 0`,
          'destination unknown in VLAN 0: flooded to br0',
          'tap1 is in VLAN 10, not VLAN 0: not delivered',
        ].join('\n'),
      },
      {
        command: 'sim send tap1 tap0',
        output: [
          `frame ${TAP1_MAC} -> ${TAP0_MAC} enters br0 on tap1 in VLAN 10`,
          `learned ${TAP1_MAC} on tap1, VLAN 10`,
          'destination unknown in VLAN 10: flooded to br0, tap0',
          'tap0 received the frame with an 802.1Q tag for VLAN 10 (trunk port)',
        ].join('\n'),
      },
      {
        command: 'ovs-appctl fdb/show br0',
        output: [' port  VLAN  MAC                Age', `    1     0  ${TAP0_MAC}    2`, `    2    10  ${TAP1_MAC}    1`].join('\n'),
      },
    ]);
  });

  it('forgets what a port learned when its VLAN changes or it is deleted', () => {
    replay([
      ...BUILD,
      { command: 'sim send tap0 tap1', output: `frame ${TAP0_MAC} -> ${TAP1_MAC} enters br0 on tap0 in VLAN 0\nlearned ${TAP0_MAC} on tap0, VLAN 0\ndestination unknown in VLAN 0: flooded to br0, tap1\ntap1 received the frame` },
      { command: 'ovs-vsctl set port tap0 tag=20', output: '' },
      { command: 'ovs-appctl fdb/show br0', output: ' port  VLAN  MAC                Age' },
      { command: 'ovs-vsctl clear port tap0 tag', output: '' },
      { command: 'sim send tap0 tap1', output: `frame ${TAP0_MAC} -> ${TAP1_MAC} enters br0 on tap0 in VLAN 0\nlearned ${TAP0_MAC} on tap0, VLAN 0\ndestination unknown in VLAN 0: flooded to br0, tap1\ntap1 received the frame` },
      { command: 'ovs-vsctl del-port tap0', output: '' },
      { command: 'ovs-appctl fdb/show br0', output: ' port  VLAN  MAC                Age' },
    ]);
  });

  it('ages entries from learnedAt and drops them after the aging time', () => {
    const built = replay(BUILD);
    const sent = runCommand(built, 'sim send tap0 tap1', T0).state;
    const at = (ms: number) => runCommand(sent, 'ovs-appctl fdb/show br0', T0 + ms).output.split('\n')[1];
    expect(at(59_999)).toBe(`    1     0  ${TAP0_MAC}   59`);
    expect(at(MAC_AGING_MS - 1)).toBe(`    1     0  ${TAP0_MAC}  299`);
    expect(at(MAC_AGING_MS)).toBeUndefined();
  });

  it('answers ovs-appctl errors the way ovs-appctl prints them', () => {
    replay([
      ...BUILD,
      { command: 'ovs-appctl fdb/show br9', output: 'no such bridge\novs-appctl: ovs-vswitchd: server returned an error', exitCode: 2 },
      { command: 'ovs-appctl fdb/flush br9', output: 'no such bridge\novs-appctl: ovs-vswitchd: server returned an error', exitCode: 2 },
      {
        command: 'ovs-appctl fdb/show',
        output: '"fdb/show" command requires at least 1 arguments\novs-appctl: ovs-vswitchd: server returned an error',
        exitCode: 2,
      },
      {
        command: 'ovs-appctl fdb/list br0',
        output: '"fdb/list" is not a valid command (use "list-commands" to see a list of valid commands)\novs-appctl: ovs-vswitchd: server returned an error',
        exitCode: 2,
      },
      { command: 'ovs-appctl fdb/flush', output: 'table successfully flushed' },
    ]);
  });

  it('maps OpenFlow port numbers to names with ovs-ofctl dump-ports-desc', () => {
    replay([
      ...BUILD,
      {
        command: 'ovs-ofctl dump-ports-desc br0',
        output: [
          'OFPST_PORT_DESC reply (xid=0x2):',
          ' 1(tap0): addr:fe:54:00:b3:39:74',
          '     config:     0',
          '     state:      0',
          '     speed: 0 Mbps now, 0 Mbps max',
          ' 2(tap1): addr:fe:54:00:fb:7c:27',
          '     config:     0',
          '     state:      0',
          '     speed: 0 Mbps now, 0 Mbps max',
          ' LOCAL(br0): addr:fe:54:00:62:cc:c2',
          '     config:     PORT_DOWN',
          '     state:      LINK_DOWN',
          '     speed: 0 Mbps now, 0 Mbps max',
        ].join('\n'),
      },
      { command: 'ovs-ofctl dump-ports-desc br9', output: 'ovs-ofctl: br9 is not a bridge or a socket', exitCode: 1 },
    ]);
  });

  it('does not reuse OpenFlow port numbers right after a port is deleted', () => {
    replay([
      ...BUILD,
      { command: 'ovs-vsctl del-port tap1', output: '' },
      { command: 'ovs-vsctl add-port br0 tap2', output: '' },
      { command: 'ovs-vsctl get interface tap2 ofport', output: '3' },
    ]);
  });

  it('refuses sim send for unknown ports and explains the usage', () => {
    replay([
      ...BUILD,
      { command: 'sim send tap0 tap9', output: 'sim: no port named tap9', exitCode: 1 },
      { command: 'sim send tap0', output: 'sim: usage: sim send SRC-PORT DST-PORT', exitCode: 1 },
      { command: 'sim ping tap0 tap1', output: 'sim: usage: sim send SRC-PORT DST-PORT', exitCode: 1 },
      { command: 'ovs-vsctl add-br br1 -- add-port br1 tap5', output: '' },
      {
        command: 'sim send tap0 tap5',
        output: [
          `frame ${TAP0_MAC} -> 52:54:00:85:28:e7 enters br0 on tap0 in VLAN 0`,
          `learned ${TAP0_MAC} on tap0, VLAN 0`,
          'destination unknown in VLAN 0: flooded to br0, tap1',
          'tap5 is on bridge br1, which is not connected to br0: not delivered',
        ].join('\n'),
      },
    ]);
  });

  it('describes the topology for a diagram', () => {
    const state = replay([...BUILD, { command: 'ovs-vsctl set port tap1 tag=10', output: '' }, { command: 'sim send tap1 tap0', output: `frame ${TAP1_MAC} -> ${TAP0_MAC} enters br0 on tap1 in VLAN 10\nlearned ${TAP1_MAC} on tap1, VLAN 10\ndestination unknown in VLAN 10: flooded to br0, tap0\ntap0 received the frame with an 802.1Q tag for VLAN 10 (trunk port)` }]);
    expect(describeTopology(state)).toEqual({
      bridges: [
        {
          name: 'br0',
          learnedMacs: 1,
          ports: [
            { name: 'br0', ofport: 'LOCAL', kind: 'internal', vlanMode: 'trunk', vlans: [], vlanLabel: 'trunk (all VLANs)', vmMac: null, learnedMacs: 0 },
            { name: 'tap0', ofport: 1, kind: 'vm', vlanMode: 'trunk', vlans: [], vlanLabel: 'trunk (all VLANs)', vmMac: TAP0_MAC, learnedMacs: 0 },
            { name: 'tap1', ofport: 2, kind: 'vm', vlanMode: 'access', vlans: [10], vlanLabel: 'VLAN 10', vmMac: TAP1_MAC, learnedMacs: 1 },
          ],
        },
      ],
    });
    expect(describeTopology(createOvsState())).toEqual({ bridges: [] });
  });
});
