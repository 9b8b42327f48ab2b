import { describe, expect, it } from 'vitest';
import { createOvsState, isTaskDone, macForPort, OVS_SECTIONS, OVS_TASKS, runCommand } from '../../../src/engine/labs/ovs';
import type { OvsState, OvsTask } from '../../../src/engine/labs/ovs';
import { T0 } from './ovs-transcript';

function task(id: string): OvsTask {
  const found = OVS_TASKS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no task ${id}`);
  return found;
}

function run(state: OvsState, ...lines: string[]): OvsState {
  return lines.reduce((current, line, index) => runCommand(current, line, T0 + index * 1000).state, state);
}

const BUILT = run(
  createOvsState(),
  'ovs-vsctl add-br conmutador0',
  'ovs-vsctl add-port conmutador0 tap0',
  'ovs-vsctl add-port conmutador0 tap1',
);

describe('Open vSwitch guided tasks', () => {
  it('come in the order of the exercise and link to real lesson sections', () => {
    expect(OVS_TASKS.map((entry) => [entry.id, entry.lesson, entry.section])).toEqual([
      ['build-conmutador0', 'open-vswitch', OVS_SECTIONS.conmutador0],
      ['tap1-vlan-10', 'open-vswitch', OVS_SECTIONS.vlans],
      ['find-learned-port', 'open-vswitch', OVS_SECTIONS.macLearning],
      ['remove-tap0', 'open-vswitch', OVS_SECTIONS.building],
    ]);
  });

  it('task 1 passes only once conmutador0 holds both taps', () => {
    const build = task('build-conmutador0');
    expect(build.check(createOvsState())).toBe(false);
    expect(build.check(run(createOvsState(), 'ovs-vsctl add-br conmutador0', 'ovs-vsctl add-port conmutador0 tap0'))).toBe(false);
    expect(build.check(run(createOvsState(), 'ovs-vsctl add-br br0', 'ovs-vsctl add-port br0 tap0', 'ovs-vsctl add-port br0 tap1'))).toBe(false);
    expect(build.check(BUILT)).toBe(true);
  });

  it('task 2 passes when tap1 is an access port of VLAN 10', () => {
    const vlan = task('tap1-vlan-10');
    expect(vlan.check(BUILT)).toBe(false);
    expect(vlan.check(run(BUILT, 'ovs-vsctl set port tap1 tag=20'))).toBe(false);
    expect(vlan.check(run(BUILT, 'ovs-vsctl set port tap1 tag=10'))).toBe(true);
  });

  it('task 3 asks about the MAC of the VM on tap1 and needs traffic before it can be answered', () => {
    const find = task('find-learned-port');
    expect(find.instructions).toContain(macForPort('tap1'));
    const tagged = run(BUILT, 'ovs-vsctl set port tap1 tag=10');
    expect(find.check(tagged)).toBe(false);
    expect(find.question?.checkAnswer(tagged, 'tap1').correct).toBe(false);

    const sent = run(tagged, 'sim send tap0 tap1', 'sim send tap1 tap0');
    expect(find.check(sent)).toBe(true);
    expect(find.question?.checkAnswer(sent, ' `tap1` ')).toEqual({
      correct: true,
      explanation:
        'Right: `fdb/show` lists `52:54:00:fb:7c:27` on OpenFlow port 2, and `ovs-vsctl get interface tap1 ofport` prints 2, so the address was learned on `tap1` (VLAN 10).',
    });
    expect(find.question?.checkAnswer(sent, '2')).toEqual({
      correct: false,
      explanation:
        '2 is the OpenFlow port number that `fdb/show` prints. Which port name has that number? Ask `ovs-ofctl dump-ports-desc conmutador0` or `ovs-vsctl get interface PORT ofport`.',
    });
    expect(find.question?.checkAnswer(sent, 'tap0').correct).toBe(false);
    expect(isTaskDone(find, sent, 'tap1')).toBe(true);
    expect(isTaskDone(find, sent, 'tap0')).toBe(false);
  });

  it('task 4 passes once tap0 is gone and conmutador0 still exists', () => {
    const remove = task('remove-tap0');
    expect(remove.check(BUILT)).toBe(false);
    expect(remove.check(run(BUILT, 'ovs-vsctl del-port conmutador0 tap0'))).toBe(true);
    expect(remove.check(run(BUILT, 'ovs-vsctl del-br conmutador0'))).toBe(false);
  });

  it('every hint is a command the sandbox accepts', () => {
    let state = createOvsState();
    state = run(state, 'ovs-vsctl add-br conmutador0', 'ovs-vsctl add-port conmutador0 tap0', 'ovs-vsctl add-port conmutador0 tap1');
    const exitCodes = OVS_TASKS.slice(1).map((entry) => {
      const result = runCommand(state, entry.hint, T0);
      state = result.state;
      return result.exitCode;
    });
    expect(exitCodes).toEqual([0, 0, 0]);
  });
});
