import type { OvsState } from './types';
import { macForPort } from './identifiers';
import { findBridge, locatePort, ofportOf } from './state';
import { OVS_SECTIONS } from './sections';

/** The verdict on a typed answer. */
export interface AnswerCheck {
  readonly correct: boolean;
  /** Plain sentences; may contain `code`. */
  readonly explanation: string;
}

/** A question a task asks after the learner has worked in the terminal. */
export interface OvsTaskQuestion {
  readonly prompt: string;
  /** Judge an answer against the current sandbox (what the switch really learned). */
  readonly checkAnswer: (state: OvsState, answer: string) => AnswerCheck;
}

/** A guided exercise. It is done when `check` passes and, if it has a question, the answer is right. */
export interface OvsTask {
  readonly id: string;
  readonly title: string;
  /** Plain sentences; may contain `code`. */
  readonly instructions: string;
  /** A command line that moves the learner forward, shown on request. */
  readonly hint: string;
  readonly lesson: 'open-vswitch';
  /** Heading slug in the open-vswitch lesson. */
  readonly section: string;
  /** Whether the sandbox is in the state the task asks for. */
  readonly check: (state: OvsState) => boolean;
  readonly question?: OvsTaskQuestion;
}

const BRIDGE = 'conmutador0';
/** The machine whose address task 3 asks about: the VM behind tap1. */
const WANTED_MAC = macForPort('tap1');

function hasPort(state: OvsState, bridgeName: string, portName: string): boolean {
  return findBridge(state, bridgeName)?.ports.some((port) => port.name === portName) ?? false;
}

function learnedEntry(state: OvsState) {
  return findBridge(state, BRIDGE)?.macTable.find((entry) => entry.mac === WANTED_MAC);
}

function normalizeAnswer(answer: string): string {
  return answer.trim().replace(/^[`'"]+|[`'"]+$/g, '').trim().toLowerCase();
}

function checkMacAnswer(state: OvsState, answer: string): AnswerCheck {
  const entry = learnedEntry(state);
  if (!entry) {
    return {
      correct: false,
      explanation: `The switch has not learned \`${WANTED_MAC}\` yet. A MAC address appears only after a frame from it crosses the bridge: run \`sim send tap1 tap0\`, then \`ovs-appctl fdb/show ${BRIDGE}\`.`,
    };
  }
  const location = locatePort(state, entry.port);
  const ofport = location ? String(ofportOf(location.port)) : '';
  const given = normalizeAnswer(answer);
  if (given === entry.port.toLowerCase()) {
    return {
      correct: true,
      explanation: `Right: \`fdb/show\` lists \`${WANTED_MAC}\` on OpenFlow port ${ofport}, and \`ovs-vsctl get interface ${entry.port} ofport\` prints ${ofport}, so the address was learned on \`${entry.port}\` (VLAN ${entry.vlan}).`,
    };
  }
  if (given === ofport || given === `port ${ofport}`) {
    return {
      correct: false,
      explanation: `${ofport} is the OpenFlow port number that \`fdb/show\` prints. Which port name has that number? Ask \`ovs-ofctl dump-ports-desc ${BRIDGE}\` or \`ovs-vsctl get interface PORT ofport\`.`,
    };
  }
  return {
    correct: false,
    explanation: `Not that one. Find \`${WANTED_MAC}\` in \`ovs-appctl fdb/show ${BRIDGE}\`, note its port number, and match it to a name with \`ovs-ofctl dump-ports-desc ${BRIDGE}\`.`,
  };
}

/** The guided tasks of the Open vSwitch sandbox, in order. */
export const OVS_TASKS: readonly OvsTask[] = [
  {
    id: 'build-conmutador0',
    title: 'Build the conmutador0 switch',
    instructions: `Create a bridge named \`${BRIDGE}\` and attach the tap devices of two VMs, \`tap0\` and \`tap1\`, to it. Check the result with \`ovs-vsctl show\`.`,
    hint: `ovs-vsctl add-br ${BRIDGE}`,
    lesson: 'open-vswitch',
    section: OVS_SECTIONS.conmutador0,
    check: (state) => hasPort(state, BRIDGE, 'tap0') && hasPort(state, BRIDGE, 'tap1'),
  },
  {
    id: 'tap1-vlan-10',
    title: 'Put tap1 on VLAN 10',
    instructions: 'Make `tap1` an access port of VLAN 10, so that the VM behind it only talks to VLAN 10. `ovs-vsctl show` should then print `tag: 10` under `Port tap1`.',
    hint: 'ovs-vsctl set port tap1 tag=10',
    lesson: 'open-vswitch',
    section: OVS_SECTIONS.vlans,
    check: (state) => findBridge(state, BRIDGE)?.ports.find((port) => port.name === 'tap1')?.tag === 10,
  },
  {
    id: 'find-learned-port',
    title: 'Find where a MAC address was learned',
    instructions: `Let both VMs send a frame with \`sim send tap0 tap1\` and \`sim send tap1 tap0\`. Then read the learning table with \`ovs-appctl fdb/show ${BRIDGE}\`: it shows OpenFlow port numbers, not names. On which port did the switch learn \`${WANTED_MAC}\`?`,
    hint: `ovs-ofctl dump-ports-desc ${BRIDGE}`,
    lesson: 'open-vswitch',
    section: OVS_SECTIONS.macLearning,
    check: (state) => learnedEntry(state) !== undefined,
    question: {
      prompt: `Name the port on which \`${WANTED_MAC}\` was learned (for example \`tap0\`).`,
      checkAnswer: checkMacAnswer,
    },
  },
  {
    id: 'remove-tap0',
    title: 'Remove port tap0',
    instructions: `The VM on \`tap0\` has been shut down for good. Remove its port from \`${BRIDGE}\` and confirm with \`ovs-vsctl list-ports ${BRIDGE}\`.`,
    hint: `ovs-vsctl del-port ${BRIDGE} tap0`,
    lesson: 'open-vswitch',
    section: OVS_SECTIONS.building,
    check: (state) => findBridge(state, BRIDGE) !== undefined && locatePort(state, 'tap0') === undefined,
  },
];

/**
 * Whether a task is finished.
 * @param task the task
 * @param state the sandbox
 * @param answer the learner's answer to the task's question, if any (default '')
 * @returns true when the state check passes and any question is answered correctly
 */
export function isTaskDone(task: OvsTask, state: OvsState, answer = ''): boolean {
  if (!task.check(state)) return false;
  return task.question ? task.question.checkAnswer(state, answer).correct : true;
}
