import type { CpuBlock, InstructionSet, ParsedCpuInput } from './types';
import type { ScannedLine } from './scan-lines';
import { splitFlags } from './scan-lines';
import { describeArmPart, describeArmImplementer } from './arm-parts';

interface MutableBlock {
  readonly processor: number;
  readonly fields: Map<string, string>;
}

/**
 * Build the parsed form of `cat /proc/cpuinfo` output (x86 or ARM).
 * @param lines scanned lines of the paste, in order
 * @param warnings sentences collected so far; the result carries them on
 * @returns the parsed input, or null when no `processor` block holds CPU fields
 */
export function buildProcCpuinfo(
  lines: readonly ScannedLine[],
  warnings: readonly string[],
): ParsedCpuInput | null {
  const { blocks, extraFields } = groupBlocks(lines);
  const first = blocks[0];
  if (!first) return null;
  const instructionSet = detectInstructionSet(first.fields);
  if (instructionSet === 'other' && !first.fields.has('model name')) return null;

  const flagKey = instructionSet === 'arm' ? 'Features' : 'flags';
  const flagLine = first.fields.get(flagKey);
  const flags = splitFlags(flagLine ?? '');
  const vmxLine = first.fields.get('vmx flags');
  return {
    format: 'proc-cpuinfo',
    instructionSet,
    architecture: describeArchitecture(instructionSet, first.fields, flags),
    vendorId: describeVendorId(instructionSet, first.fields),
    modelName: describeModelName(instructionSet, first.fields, extraFields),
    logicalCpus: blocks.length,
    flags,
    flagsListed: flagLine !== undefined,
    vmxFlags: vmxLine === undefined ? null : splitFlags(vmxLine),
    virtualization: null,
    hypervisorVendor: null,
    virtualizationType: null,
    processors: blocks,
    extraFields,
    cpusWithOtherFlags: blocks.filter((block) => block.fields.get(flagKey) !== flagLine).length,
    warnings,
  };
}

/** Group lines into processor blocks; a new block starts at every `processor` line. */
function groupBlocks(lines: readonly ScannedLine[]): {
  blocks: CpuBlock[];
  extraFields: Map<string, string>;
} {
  const blocks: MutableBlock[] = [];
  const extraFields = new Map<string, string>();
  let current: MutableBlock | null = null;
  for (const line of lines) {
    if (line.kind === 'blank') {
      current = null;
    } else if (line.key === 'processor' && /^\d{1,6}$/.test(line.value)) {
      current = { processor: Number(line.value), fields: new Map() };
      blocks.push(current);
    } else if (current) {
      if (!current.fields.has(line.key)) current.fields.set(line.key, line.value);
    } else if (!extraFields.has(line.key)) {
      extraFields.set(line.key, line.value);
    }
  }
  return { blocks, extraFields };
}

function detectInstructionSet(fields: ReadonlyMap<string, string>): InstructionSet {
  if (fields.has('vendor_id') || fields.has('flags')) return 'x86';
  if (fields.has('CPU implementer') || fields.has('Features')) return 'arm';
  return 'other';
}

function describeArchitecture(
  instructionSet: InstructionSet,
  fields: ReadonlyMap<string, string>,
  flags: ReadonlySet<string>,
): string {
  if (instructionSet === 'x86') return flags.has('lm') ? 'x86_64' : 'i686';
  if (instructionSet === 'arm') {
    const version = Number.parseInt(fields.get('CPU architecture') ?? '', 10);
    // A 32-bit ARM kernel lists `half thumb ...` even on an ARMv8 core.
    if (version >= 8 && !flags.has('half')) return 'aarch64';
    return Number.isNaN(version) ? 'arm' : `ARMv${version}`;
  }
  return 'unknown';
}

function describeVendorId(
  instructionSet: InstructionSet,
  fields: ReadonlyMap<string, string>,
): string | null {
  if (instructionSet === 'arm') return describeArmImplementer(fields.get('CPU implementer'));
  return fields.get('vendor_id') ?? null;
}

function describeModelName(
  instructionSet: InstructionSet,
  fields: ReadonlyMap<string, string>,
  extraFields: ReadonlyMap<string, string>,
): string | null {
  const named = fields.get('model name');
  if (named) return named;
  if (instructionSet !== 'arm') return null;
  const core = describeArmPart(fields.get('CPU implementer'), fields.get('CPU part'));
  const board = extraFields.get('Model');
  if (core && board) return `${core} (${board})`;
  return core ?? board ?? null;
}
