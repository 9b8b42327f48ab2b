import { describe, expect, it } from 'vitest';
import { CLASSIFIER_ITEMS } from '../../src/engine/labs/classifier';
import { createOvsState } from '../../src/engine/labs/ovs';
import { createFixedClock } from '../../src/lib/clock';
import { createMemoryStorage } from '../../src/lib/storage';
import { createLabsStore, HISTORY_LIMIT, LABS_KEY, TRANSCRIPT_LIMIT } from '../../src/store/labs-store';
import { lazyLabsStore } from '../../src/store/labs-store-loader';
import { createProgressStore } from '../../src/store/progress-store';

const NOW = Date.UTC(2026, 2, 2, 9, 0, 0);
const TAP1_MAC = '52:54:00:fb:7c:27';
const BUILD = ['ovs-vsctl add-br conmutador0', 'ovs-vsctl add-port conmutador0 tap0', 'ovs-vsctl add-port conmutador0 tap1'];

function setup(initial: Record<string, string> = {}) {
  const storage = createMemoryStorage(initial);
  const clock = createFixedClock(NOW);
  const progress = createProgressStore({ storage, clock });
  const labs = createLabsStore({ storage, clock, progress });
  const reload = () => createLabsStore({ storage, clock, progress });
  return { storage, clock, progress, labs, reload };
}

function run(labs: ReturnType<typeof setup>['labs'], ...lines: string[]) {
  return lines.map((line) => labs.getState().runOvsCommand(line));
}

function saved(storage: { data: Map<string, string> }): Record<string, unknown> {
  return JSON.parse(storage.data.get(LABS_KEY) ?? 'null') as Record<string, unknown>;
}

describe('the labs store', () => {
  it('starts with an empty sandbox, an empty board and nothing to report', () => {
    const { labs } = setup();
    expect(labs.getState().ovs).toEqual({ state: createOvsState(), history: [], transcript: [], completed: [] });
    expect(labs.getState().placements).toEqual([]);
    expect(labs.getState().notice).toBeNull();
  });

  it('keeps the sandbox, its history, its terminal and its ticked tasks across a reload', () => {
    const { labs, reload } = setup();
    run(labs, ...BUILD, 'ovs-vsctl list-ports conmutador0');
    const restored = reload().getState();
    expect(restored.ovs).toEqual(labs.getState().ovs);
    expect(restored.ovs.history).toEqual([...BUILD, 'ovs-vsctl list-ports conmutador0']);
    expect(restored.ovs.transcript.slice(-3)).toEqual([
      { kind: 'command', text: 'ovs-vsctl list-ports conmutador0' },
      { kind: 'output', text: 'tap0' },
      { kind: 'output', text: 'tap1' },
    ]);
    expect(restored.ovs.completed).toEqual(['build-conmutador0']);
    expect(restored.notice).toBeNull();
  });

  it('shows a failed command as error lines followed by its exit status', () => {
    const { labs } = setup();
    const [outcome] = run(labs, 'ovs-vsctl add-port br9 tap0');
    expect(outcome?.exitCode).toBe(1);
    expect(labs.getState().ovs.transcript).toEqual([
      { kind: 'command', text: 'ovs-vsctl add-port br9 tap0' },
      { kind: 'error', text: 'ovs-vsctl: no bridge named br9' },
      { kind: 'status', text: 'exit status 1' },
    ]);
  });

  it('empties the terminal on clear but keeps the switch and the command history', () => {
    const { labs } = setup();
    run(labs, ...BUILD, 'clear');
    expect(labs.getState().ovs.transcript).toEqual([]);
    expect(labs.getState().ovs.history).toEqual([...BUILD, 'clear']);
    expect(labs.getState().ovs.state.bridges.map((bridge) => bridge.name)).toEqual(['conmutador0']);
  });

  it('keeps only the last lines of the terminal and the last commands of the history', () => {
    const { labs } = setup();
    for (let index = 0; index < 130; index += 1) labs.getState().runOvsCommand(`ovs-vsctl br-exists br${index}`);
    const { transcript, history } = labs.getState().ovs;
    expect(transcript).toHaveLength(TRANSCRIPT_LIMIT);
    expect(transcript[transcript.length - 2]).toEqual({ kind: 'command', text: 'ovs-vsctl br-exists br129' });
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history[0]).toBe('ovs-vsctl br-exists br30');
  });

  it('runs commands at the clock’s time, so learned MAC addresses age out', () => {
    const { labs, clock } = setup();
    run(labs, ...BUILD, 'sim send tap1 tap0');
    clock.advance(301_000);
    run(labs, 'ovs-appctl fdb/show conmutador0');
    expect(labs.getState().ovs.transcript.slice(-1)).toEqual([{ kind: 'output', text: ' port  VLAN  MAC                Age' }]);
  });

  it('ticks the guided tasks in order and records each in progress', () => {
    const { labs, progress } = setup();
    const [created] = run(labs, 'ovs-vsctl add-br conmutador0');
    expect(created?.completed).toEqual([]);
    expect(labs.getState().ovs.completed).toEqual([]);
    const outcomes = run(labs, 'ovs-vsctl add-port conmutador0 tap0', 'ovs-vsctl add-port conmutador0 tap1 tag=10');
    expect(outcomes.map((outcome) => outcome.completed)).toEqual([[], ['build-conmutador0', 'tap1-vlan-10']]);
    expect(progress.getState().progress.labTasksDone).toEqual({ 'ovs/build-conmutador0': NOW, 'ovs/tap1-vlan-10': NOW });
  });

  it('completes the question task only with the right answer, then ticks the tasks after it', () => {
    const { labs, progress } = setup();
    run(labs, ...BUILD, 'ovs-vsctl set port tap1 tag=10', 'ovs-vsctl del-port conmutador0 tap0');
    expect(labs.getState().ovs.completed).toEqual(['build-conmutador0', 'tap1-vlan-10']);
    expect(labs.getState().answerOvsQuestion('find-learned-port', 'tap1').correct).toBe(false);
    run(labs, 'ovs-vsctl add-port conmutador0 tap0', 'sim send tap1 tap0', 'ovs-vsctl del-port conmutador0 tap0');
    const wrong = labs.getState().answerOvsQuestion('find-learned-port', '2');
    expect(wrong.correct).toBe(false);
    expect(labs.getState().ovs.completed).toHaveLength(2);
    const right = labs.getState().answerOvsQuestion('find-learned-port', 'tap1');
    expect(right.correct).toBe(true);
    expect(right.explanation).toContain(TAP1_MAC);
    expect(labs.getState().ovs.completed).toEqual(['build-conmutador0', 'tap1-vlan-10', 'find-learned-port', 'remove-tap0']);
    expect(Object.keys(progress.getState().progress.labTasksDone)).toEqual([
      'ovs/build-conmutador0',
      'ovs/tap1-vlan-10',
      'ovs/find-learned-port',
      'ovs/remove-tap0',
    ]);
  });

  it('does not tick a question task answered before the tasks above it are done', () => {
    const { labs } = setup();
    run(labs, ...BUILD, 'sim send tap1 tap0');
    expect(labs.getState().answerOvsQuestion('find-learned-port', 'tap1').correct).toBe(true);
    expect(labs.getState().ovs.completed).toEqual(['build-conmutador0']);
  });

  it('resets the sandbox for good while progress keeps the tasks already done', () => {
    const { labs, progress, reload } = setup();
    run(labs, ...BUILD);
    labs.getState().resetOvs();
    expect(labs.getState().ovs).toEqual({ state: createOvsState(), history: [], transcript: [], completed: [] });
    expect(reload().getState().ovs.state.bridges).toEqual([]);
    expect(progress.getState().progress.labTasksDone).toHaveProperty(['ovs/build-conmutador0']);
  });

  it('judges each placement, moves a placed item, and keeps the board across a reload', () => {
    const { labs, reload } = setup();
    expect(labs.getState().place('kvm', 'type-2').correct).toBe(false);
    expect(labs.getState().place('kvm', 'type-1').correct).toBe(true);
    expect(labs.getState().place('lxc', 'os-level').correct).toBe(true);
    expect(reload().getState().placements).toEqual([
      { itemId: 'kvm', category: 'type-1' },
      { itemId: 'lxc', category: 'os-level' },
    ]);
    labs.getState().restartClassifier();
    expect(reload().getState().placements).toEqual([]);
  });

  it('records the classifier in progress only once every item is in a right box', () => {
    const { labs, progress } = setup();
    const [last, ...others] = CLASSIFIER_ITEMS;
    for (const item of others) labs.getState().place(item.id, item.accepted[0]!);
    labs.getState().place(last!.id, 'emulation');
    expect(progress.getState().progress.labTasksDone).toEqual({});
    labs.getState().place(last!.id, last!.accepted[0]!);
    expect(progress.getState().progress.labTasksDone).toEqual({ 'classifier/all-correct': NOW });
  });
});

describe('the labs store reading damaged data', () => {
  it('starts both labs again with a message when the saved text is not JSON', () => {
    const { labs } = setup({ [LABS_KEY]: '{"version":1,"ovs":' });
    expect(labs.getState().ovs.state.bridges).toEqual([]);
    expect(labs.getState().placements).toEqual([]);
    expect(labs.getState().notice).toMatch(/could not be read/);
  });

  it('starts both labs again when the saved version is unknown', () => {
    const { labs } = setup({ [LABS_KEY]: JSON.stringify({ version: 99, ovs: {}, placements: [] }) });
    expect(labs.getState().notice).toMatch(/could not be read/);
  });

  it('resets only the sandbox when its switch state is inconsistent, naming the field', () => {
    const first = setup();
    run(first.labs, ...BUILD);
    first.labs.getState().place('xen', 'type-1');
    const value = saved(first.storage) as { ovs: { state: { bridges: { ports: { name: string }[] }[] } } };
    value.ovs.state.bridges[0]!.ports[2]!.name = 'tap0';
    const { labs } = setup({ [LABS_KEY]: JSON.stringify(value) });
    expect(labs.getState().ovs.state.bridges).toEqual([]);
    expect(labs.getState().ovs.transcript).toEqual([]);
    expect(labs.getState().placements).toEqual([{ itemId: 'xen', category: 'type-1' }]);
    expect(labs.getState().notice).toContain('ovs.state.bridges[0].ports[2].name');
    expect(labs.getState().notice).toContain('Open vSwitch sandbox could not be restored');
  });

  it('refuses ticked tasks out of order and a placement in a box that does not exist', () => {
    const first = setup();
    run(first.labs, ...BUILD);
    const value = saved(first.storage) as { ovs: { completed: string[] }; placements: unknown[] };
    value.ovs.completed = ['remove-tap0'];
    value.placements = [{ itemId: 'kvm', category: 'type-3' }];
    const { labs } = setup({ [LABS_KEY]: JSON.stringify(value) });
    expect(labs.getState().ovs.completed).toEqual([]);
    expect(labs.getState().placements).toEqual([]);
    expect(labs.getState().notice).toContain('sandbox could not be restored');
    expect(labs.getState().notice).toContain('classifier board could not be restored');
  });

  it('keeps working in memory and says so when the browser refuses to save', () => {
    const { storage, clock, progress } = setup();
    const labs = createLabsStore({
      storage: { ...storage, setItem: () => { throw new Error('QuotaExceededError'); } },
      clock,
      progress,
    });
    labs.getState().runOvsCommand('ovs-vsctl add-br conmutador0');
    expect(labs.getState().ovs.state.bridges).toHaveLength(1);
    expect(labs.getState().notice).toMatch(/could not be saved/);
  });
});

describe('the lazy labs store', () => {
  it('creates one store on first use and hands the same one out afterwards', async () => {
    const storage = createMemoryStorage();
    const clock = createFixedClock(NOW);
    const load = lazyLabsStore({ storage, clock, progress: createProgressStore({ storage, clock }) });
    expect(load.current()).toBeNull();
    const first = await load.load();
    expect(await load.load()).toBe(first);
    expect(load.load()).toBe(load.load());
    expect(load.current()).toBe(first);
  });
});
