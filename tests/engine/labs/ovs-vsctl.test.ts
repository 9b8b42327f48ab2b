import { describe, expect, it } from 'vitest';
import { createOvsState, runCommand } from '../../../src/engine/labs/ovs';
import { replay, T0 } from './ovs-transcript';

const CONMUTADOR = [
  { command: 'ovs-vsctl add-br conmutador0', output: '' },
  { command: 'ovs-vsctl add-port conmutador0 tap0', output: '' },
  { command: 'ovs-vsctl add-port conmutador0 tap1', output: '' },
];

describe('ovs-vsctl in the sandbox', () => {
  it('builds conmutador0 and shows it in the real layout', () => {
    replay([
      ...CONMUTADOR,
      {
        command: 'ovs-vsctl show',
        output: [
          '56c56c6a-833b-4075-bf4a-158bf53323cc',
          '    Bridge conmutador0',
          '        Port conmutador0',
          '            Interface conmutador0',
          '                type: internal',
          '        Port tap0',
          '            Interface tap0',
          '        Port tap1',
          '            Interface tap1',
          '    ovs_version: "3.1.0"',
        ].join('\n'),
      },
      { command: 'ovs-vsctl list-br', output: 'conmutador0' },
      { command: 'ovs-vsctl list-ports conmutador0', output: 'tap0\ntap1' },
      { command: 'ovs-vsctl list-ifaces conmutador0', output: 'tap0\ntap1' },
      { command: 'ovs-vsctl port-to-br tap1', output: 'conmutador0' },
      { command: 'ovs-vsctl iface-to-br tap0', output: 'conmutador0' },
    ]);
  });

  it('refuses duplicates with the real messages and honours --may-exist', () => {
    replay([
      ...CONMUTADOR,
      {
        command: 'ovs-vsctl add-br conmutador0',
        output: 'ovs-vsctl: cannot create a bridge named conmutador0 because a bridge named conmutador0 already exists',
        exitCode: 1,
      },
      { command: 'ovs-vsctl --may-exist add-br conmutador0', output: '' },
      {
        command: 'ovs-vsctl add-port conmutador0 tap0',
        output: 'ovs-vsctl: cannot create a port named tap0 because a port named tap0 already exists on bridge conmutador0',
        exitCode: 1,
      },
      { command: 'ovs-vsctl --may-exist add-port conmutador0 tap0', output: '' },
      { command: 'ovs-vsctl add-br br1', output: '' },
      {
        command: 'ovs-vsctl --may-exist add-port br1 tap0',
        output: 'ovs-vsctl: "--may-exist add-port br1 tap0" but tap0 is actually attached to bridge conmutador0',
        exitCode: 1,
      },
      {
        command: 'ovs-vsctl add-br tap1',
        output: 'ovs-vsctl: cannot create a bridge named tap1 because a port named tap1 already exists on bridge conmutador0',
        exitCode: 1,
      },
      {
        command: 'ovs-vsctl add-port br1 conmutador0',
        output: 'ovs-vsctl: cannot create a port named conmutador0 because a bridge named conmutador0 already exists',
        exitCode: 1,
      },
    ]);
  });

  it('reports missing bridges and ports, and br-exists answers with its exit status only', () => {
    replay([
      ...CONMUTADOR,
      { command: 'ovs-vsctl add-port br9 tap2', output: 'ovs-vsctl: no bridge named br9', exitCode: 1 },
      { command: 'ovs-vsctl del-br br9', output: 'ovs-vsctl: no bridge named br9', exitCode: 1 },
      { command: 'ovs-vsctl --if-exists del-br br9', output: '' },
      { command: 'ovs-vsctl list-ports br9', output: 'ovs-vsctl: no bridge named br9', exitCode: 1 },
      { command: 'ovs-vsctl br-exists br9', output: '', exitCode: 2 },
      { command: 'ovs-vsctl br-exists conmutador0', output: '' },
      { command: 'ovs-vsctl port-to-br tap9', output: 'ovs-vsctl: no port named tap9', exitCode: 1 },
      { command: 'ovs-vsctl port-to-br conmutador0', output: 'ovs-vsctl: no port named conmutador0', exitCode: 1 },
      { command: 'ovs-vsctl del-port tap9', output: 'ovs-vsctl: no port named tap9', exitCode: 1 },
      { command: 'ovs-vsctl --if-exists del-port tap9', output: '' },
    ]);
  });

  it('deletes ports with or without the bridge name and protects the local port', () => {
    replay([
      ...CONMUTADOR,
      { command: 'ovs-vsctl add-br br1', output: '' },
      {
        command: 'ovs-vsctl del-port br1 tap0',
        output: 'ovs-vsctl: bridge br1 does not have a port tap0',
        exitCode: 1,
      },
      {
        command: 'ovs-vsctl del-port conmutador0',
        output:
          'ovs-vsctl: cannot delete port conmutador0 because it is the local port for bridge conmutador0 (deleting this port requires deleting the entire bridge)',
        exitCode: 1,
      },
      { command: 'ovs-vsctl del-port conmutador0 tap0', output: '' },
      { command: 'ovs-vsctl del-port tap1', output: '' },
      { command: 'ovs-vsctl list-ports conmutador0', output: '' },
      { command: 'ovs-vsctl del-br conmutador0', output: '' },
      { command: 'ovs-vsctl list-br', output: 'br1' },
    ]);
  });

  it('sets, shows, reads and removes VLAN tags and trunks', () => {
    replay([
      ...CONMUTADOR,
      { command: 'ovs-vsctl set port tap1 tag=10', output: '' },
      { command: 'ovs-vsctl set Port tap0 trunks=20,10', output: '' },
      { command: 'ovs-vsctl add-port conmutador0 tap2 tag=30', output: '' },
      {
        command: 'ovs-vsctl show',
        output: [
          '56c56c6a-833b-4075-bf4a-158bf53323cc',
          '    Bridge conmutador0',
          '        Port conmutador0',
          '            Interface conmutador0',
          '                type: internal',
          '        Port tap0',
          '            trunks: [10, 20]',
          '            Interface tap0',
          '        Port tap1',
          '            tag: 10',
          '            Interface tap1',
          '        Port tap2',
          '            tag: 30',
          '            Interface tap2',
          '    ovs_version: "3.1.0"',
        ].join('\n'),
      },
      { command: 'ovs-vsctl get port tap1 tag', output: '10' },
      { command: 'ovs-vsctl get port tap0 trunks tag', output: '[10, 20]\n[]' },
      { command: 'ovs-vsctl get interface tap2 ofport', output: '3' },
      { command: 'ovs-vsctl get interface conmutador0 ofport', output: '65534' },
      { command: 'ovs-vsctl remove port tap1 tag 10', output: '' },
      { command: 'ovs-vsctl remove port tap0 trunks 20', output: '' },
      { command: 'ovs-vsctl clear port tap2 tag', output: '' },
      { command: 'ovs-vsctl get port tap1 tag', output: '[]' },
      { command: 'ovs-vsctl get port tap0 trunks', output: '[10]' },
      { command: 'ovs-vsctl get port tap2 tag', output: '[]' },
    ]);
  });

  it('rejects bad VLAN values, unknown columns and records with OVSDB-style messages', () => {
    replay([
      ...CONMUTADOR,
      {
        command: 'ovs-vsctl set port tap1 tag=4096',
        output: 'ovs-vsctl: constraint violation: 4096 is not in the valid range 0 to 4095 (inclusive)',
        exitCode: 1,
      },
      { command: 'ovs-vsctl set port tap1 tag=ten', output: 'ovs-vsctl: "ten" is not a valid integer', exitCode: 1 },
      {
        command: 'ovs-vsctl set port tap1 tga=5',
        output: 'ovs-vsctl: Port does not contain a column whose name matches "tga"',
        exitCode: 1,
      },
      { command: 'ovs-vsctl set port tap9 tag=5', output: 'ovs-vsctl: no row "tap9" in table Port', exitCode: 1 },
      { command: 'ovs-vsctl --if-exists set port tap9 tag=5', output: '' },
      { command: 'ovs-vsctl set prot tap1 tag=5', output: 'ovs-vsctl: unknown table "prot"', exitCode: 1 },
      {
        command: 'ovs-vsctl set port tap1 name=x',
        output: 'ovs-vsctl: cannot modify read-only column name in table Port',
        exitCode: 1,
      },
      { command: 'ovs-vsctl get port tap1 tag', output: '[]' },
    ]);
  });

  it('checks options and argument counts as the real parser does', () => {
    replay([
      { command: 'ovs-vsctl', output: 'ovs-vsctl: missing command name (use --help for help)', exitCode: 1 },
      { command: 'ovs-vsctl add-br', output: "ovs-vsctl: 'add-br' command requires at least 1 arguments", exitCode: 1 },
      {
        command: 'ovs-vsctl add-br a b',
        output: "ovs-vsctl: 'add-br' command takes exactly 1 or 3 arguments",
        exitCode: 1,
      },
      { command: 'ovs-vsctl list-br extra', output: "ovs-vsctl: 'list-br' command takes at most 0 arguments", exitCode: 1 },
      {
        command: 'ovs-vsctl --if-exists add-br br0',
        output: "ovs-vsctl: 'add-br' command has no '--if-exists' option",
        exitCode: 1,
      },
      { command: 'ovs-vsctl --bogus add-br br0', output: "ovs-vsctl: unrecognized option '--bogus'", exitCode: 1 },
      { command: 'ovs-vsctl frobnicate', output: "ovs-vsctl: unknown command 'frobnicate'; use --help for help", exitCode: 1 },
      { command: 'ovs-vsctl --no-wait --timeout=5 add-br br0', output: '' },
      { command: 'ovs-vsctl --version', output: 'ovs-vsctl (Open vSwitch) 3.1.0' },
    ]);
  });

  it('runs commands joined by -- as one transaction that fails as a whole', () => {
    const state = replay([
      { command: 'ovs-vsctl add-br br0 -- add-port br0 tap0 -- set port tap0 tag=5 -- list-ports br0', output: 'tap0' },
      { command: 'ovs-vsctl add-port br0 tap1 -- add-port br0 tap0', output: 'ovs-vsctl: cannot create a port named tap0 because a port named tap0 already exists on bridge br0', exitCode: 1 },
      { command: 'ovs-vsctl list-ports br0', output: 'tap0' },
      { command: 'ovs-vsctl --dry-run add-port br0 tap7', output: '' },
      { command: 'ovs-vsctl list-ports br0', output: 'tap0' },
    ]);
    expect(state.bridges.map((bridge) => bridge.name)).toEqual(['br0']);
  });

  it('tokenizes quotes, ignores sudo and answers empty lines and unknown programs', () => {
    replay([
      { command: 'sudo ovs-vsctl add-br "br 0"', output: '' },
      { command: "ovs-vsctl list-br", output: 'br 0' },
      { command: 'ovs-vsctl show', output: '56c56c6a-833b-4075-bf4a-158bf53323cc\n    Bridge "br 0"\n        Port "br 0"\n            Interface "br 0"\n                type: internal\n    ovs_version: "3.1.0"' },
      { command: "ovs-vsctl del-br 'br 0", output: 'sandbox: unterminated single quote', exitCode: 2 },
      { command: '   ', output: '' },
      {
        command: 'brctl show',
        output: 'brctl: command not found in this sandbox. Type `help` to see the commands it simulates.',
        exitCode: 127,
      },
      {
        command: 'ovs-vsctl set-controller br0 tcp:192.0.2.1:6653',
        output:
          "sandbox: 'set-controller' is a real ovs-vsctl command, but this sandbox does not simulate it. Type `help` to see what it does simulate.",
        exitCode: 1,
      },
    ]);
  });

  it('leaves the state object untouched when a command fails', () => {
    const before = runCommand(createOvsState(), 'ovs-vsctl add-br br0', T0).state;
    const after = runCommand(before, 'ovs-vsctl add-br br0', T0 + 1000);
    expect(after.state).toBe(before);
  });

  it('derives the show UUID from the database seed', () => {
    const output = runCommand(createOvsState('lab-2'), 'ovs-vsctl show', T0).output;
    expect(output).toBe('fbb5e694-23b8-4869-982f-b5d27015490f\n    ovs_version: "3.1.0"');
  });

  it('lists the simulated commands in help', () => {
    const help = runCommand(createOvsState(), 'help', T0).output;
    expect(help.split('\n')[0]).toBe('Open vSwitch sandbox: a simulation, nothing runs on a real switch.');
    expect(help).toContain('ovs-appctl fdb/show BRIDGE');
    expect(help).toContain('sim send SRC DST');
  });
});
