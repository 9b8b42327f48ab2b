import { z } from '../engine/validation/zod';
import { CLASSIFIER_ITEMS } from '../engine/labs/classifier';
import type { Placement } from '../engine/labs/classifier';
import { createOvsState, OVS_TASKS } from '../engine/labs/ovs';
import type { OvsState } from '../engine/labs/ovs';
import { formatZodError } from '../engine/progress/format-issues';

/** Where the labs store keeps its state. */
export const LABS_KEY = 'lpic3.labs';
/** Version of what is saved under LABS_KEY; bump it and add a migration when the shape changes. */
export const LABS_STORAGE_VERSION = 1;

/** How a line of the sandbox terminal is shown. */
export type TranscriptKind = 'command' | 'output' | 'error' | 'status';

/** One line of the sandbox terminal. */
export interface TranscriptLine {
  readonly kind: TranscriptKind;
  readonly text: string;
}

/** The Open vSwitch sandbox as the learner left it. */
export interface OvsLab {
  readonly state: OvsState;
  /** Commands typed, oldest first, for the up and down arrows. */
  readonly history: readonly string[];
  /** What the terminal shows, oldest first. */
  readonly transcript: readonly TranscriptLine[];
  /** Ids of the guided tasks completed in this sandbox, in the order of OVS_TASKS. */
  readonly completed: readonly string[];
}

/** What the labs store saves. */
export interface PersistedLabs {
  readonly version: typeof LABS_STORAGE_VERSION;
  readonly ovs: OvsLab;
  readonly placements: readonly Placement[];
}

/** What could be read back, and what the learner must be told about the rest. */
export interface ReadLabs {
  readonly ovs: OvsLab;
  readonly placements: readonly Placement[];
  /** Null when everything was read. */
  readonly notice: string | null;
}

/** A sandbox with no bridges and an empty terminal. */
export function emptyOvsLab(): OvsLab {
  return { state: createOvsState(), history: [], transcript: [], completed: [] };
}

const name = z.string().check(z.minLength(1), z.maxLength(200));
const vlan = z.int().check(z.minimum(0), z.maximum(4095));

const interfaceSchema = z.object({
  name,
  type: z.enum(['', 'internal']),
  ofport: z.int().check(z.minimum(1), z.maximum(65535)),
});

const portSchema = z.object({
  name,
  tag: z.nullable(vlan),
  trunks: z.array(vlan).check(z.maxLength(4096)),
  interfaces: z.array(interfaceSchema).check(z.minLength(1), z.maxLength(1)),
});

const macEntrySchema = z.object({
  port: name,
  vlan,
  mac: z.string().check(z.regex(/^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/)),
  learnedAt: z.number(),
});

const bridgeSchema = z.object({
  name,
  ports: z.array(portSchema).check(z.minLength(1)),
  macTable: z.array(macEntrySchema),
  nextOfport: z.int().check(z.minimum(1), z.maximum(65535)),
});

const ovsStateSchema = z
  .object({ bridges: z.array(bridgeSchema), databaseSeed: z.string().check(z.maxLength(200)), ovsVersion: z.string().check(z.minLength(1), z.maxLength(40)) })
  .check(z.superRefine((state, context) => {
    const seen = new Set<string>();
    state.bridges.forEach((bridge, index) => {
      if (seen.has(bridge.name)) context.addIssue({ code: 'custom', path: ['bridges', index, 'name'], message: `expected a unique bridge name, got "${bridge.name}" twice` });
      seen.add(bridge.name);
    });
    const ports = new Set<string>();
    state.bridges.forEach((bridge, index) => {
      const own = new Set(bridge.ports.map((port) => port.name));
      bridge.ports.forEach((port, at) => {
        if (ports.has(port.name)) context.addIssue({ code: 'custom', path: ['bridges', index, 'ports', at, 'name'], message: `expected a unique port name, got "${port.name}" twice` });
        ports.add(port.name);
      });
      bridge.macTable.forEach((entry, at) => {
        if (!own.has(entry.port)) context.addIssue({ code: 'custom', path: ['bridges', index, 'macTable', at, 'port'], message: `expected a port of ${bridge.name}` });
      });
    });
  }));

const TASK_IDS = OVS_TASKS.map((task) => task.id);

const ovsLabSchema = z.object({
  state: ovsStateSchema,
  history: z.array(z.string().check(z.maxLength(2000))).check(z.maxLength(1000)),
  transcript: z.array(z.object({ kind: z.enum(['command', 'output', 'error', 'status']), text: z.string().check(z.maxLength(20_000)) })).check(z.maxLength(1000)),
  completed: z.array(z.enum(TASK_IDS as [string, ...string[]])).check(
    z.refine((ids) => ids.every((id, at) => id === TASK_IDS[at]), { message: 'expected the guided tasks completed in order' }),
  ),
});

const ITEM_IDS = CLASSIFIER_ITEMS.map((item) => item.id);

const placementsSchema = z.array(
  z.object({
    itemId: z.enum(ITEM_IDS as [string, ...string[]]),
    category: z.enum(['type-1', 'type-2', 'os-level', 'emulation']),
  }),
);

const shellSchema = z.object({ version: z.literal(LABS_STORAGE_VERSION), ovs: z.unknown(), placements: z.unknown() });

function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}

function readOvs(value: unknown): { ovs: OvsLab; problem: string | null } {
  const parsed = ovsLabSchema.safeParse(value, { reportInput: true });
  if (parsed.success) return { ovs: parsed.data as OvsLab, problem: null };
  return {
    ovs: emptyOvsLab(),
    problem: `The Open vSwitch sandbox could not be restored (${formatZodError(parsed.error, 'ovs')}), so it starts again with no bridges. Tasks you completed before stay in your progress.`,
  };
}

function readPlacements(value: unknown): { placements: readonly Placement[]; problem: string | null } {
  const parsed = placementsSchema.safeParse(value, { reportInput: true });
  if (parsed.success) return { placements: parsed.data as Placement[], problem: null };
  return {
    placements: [],
    problem: `The hypervisor classifier board could not be restored (${formatZodError(parsed.error, 'placements')}), so it starts empty.`,
  };
}

/**
 * Reads what the labs store saved, trusting nothing: the sandbox and the classifier board are
 * checked on their own, and a damaged part starts again with a message instead of breaking
 * the page.
 * @param raw the stored text, or null when nothing is stored
 * @returns the usable parts and a message for the learner, or null when all was well
 */
export function readLabsStorage(raw: string | null): ReadLabs {
  if (raw === null) return { ovs: emptyOvsLab(), placements: [], notice: null };
  const json = parseJson(raw);
  const shell = json.ok ? shellSchema.safeParse(json.value) : null;
  if (shell === null || !shell.success) {
    return {
      ovs: emptyOvsLab(),
      placements: [],
      notice: 'The saved state of the labs could not be read (the data was damaged), so the Open vSwitch sandbox and the classifier start again. Your study progress is unaffected.',
    };
  }
  const { ovs, problem: ovsProblem } = readOvs(shell.data.ovs);
  const { placements, problem: placementsProblem } = readPlacements(shell.data.placements);
  const problems = [ovsProblem, placementsProblem].filter((problem): problem is string => problem !== null);
  return { ovs, placements, notice: problems.length === 0 ? null : problems.join(' ') };
}

/**
 * The text to save.
 * @param labs the sandbox and the classifier board
 * @returns JSON, versioned
 */
export function writeLabsStorage(labs: Omit<PersistedLabs, 'version'>): string {
  const persisted: PersistedLabs = { version: LABS_STORAGE_VERSION, ...labs };
  return JSON.stringify(persisted);
}
