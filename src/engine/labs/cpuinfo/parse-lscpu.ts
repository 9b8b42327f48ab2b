import type { InstructionSet, ParsedCpuInput } from './types';
import type { ScannedLine } from './scan-lines';
import { splitFlags } from './scan-lines';

/**
 * Build the parsed form of `lscpu` output (old flat layout or the indented one of
 * util-linux 2.37 and later; both are `key: value` lines).
 * @param lines scanned lines of the paste, in order
 * @param warnings sentences collected so far; the result carries them on
 * @returns the parsed input, or null without an `Architecture` line
 */
export function buildLscpu(
  lines: readonly ScannedLine[],
  warnings: readonly string[],
): ParsedCpuInput | null {
  const fields = new Map<string, string>();
  for (const line of lines) {
    if (line.kind === 'field' && !fields.has(line.key)) fields.set(line.key, line.value);
  }
  const architecture = fields.get('Architecture');
  if (!architecture) return null;

  const flagLine = fields.get('Flags');
  const instructionSet = detectInstructionSet(architecture);
  return {
    format: 'lscpu',
    instructionSet,
    architecture,
    vendorId: fields.get('Vendor ID') ?? null,
    modelName: fields.get('Model name') ?? null,
    logicalCpus: readCpuCount(fields.get('CPU(s)')),
    flags: splitFlags(flagLine ?? ''),
    flagsListed: flagLine !== undefined,
    vmxFlags: null,
    virtualization: nonEmpty(fields.get('Virtualization')),
    hypervisorVendor: nonEmpty(fields.get('Hypervisor vendor')),
    virtualizationType: nonEmpty(fields.get('Virtualization type')),
    processors: [],
    extraFields: fields,
    cpusWithOtherFlags: 0,
    warnings,
  };
}

/**
 * Tell whether scanned lines look like lscpu: an `Architecture` line next to a CPU count
 * or a vendor or model line.
 * @param lines scanned lines of the paste
 * @returns true for lscpu output
 */
export function looksLikeLscpu(lines: readonly ScannedLine[]): boolean {
  let architecture = false;
  let companion = false;
  for (const line of lines) {
    if (line.kind !== 'field') continue;
    if (line.key === 'Architecture' && line.value) architecture = true;
    if (line.key === 'CPU(s)' || line.key === 'Vendor ID' || line.key === 'Model name') {
      companion = true;
    }
  }
  return architecture && companion;
}

function detectInstructionSet(architecture: string): InstructionSet {
  const lower = architecture.toLowerCase();
  if (lower === 'x86_64' || lower === 'amd64' || /^i[3-6]86$/.test(lower)) return 'x86';
  if (lower.startsWith('aarch64') || lower.startsWith('arm')) return 'arm';
  return 'other';
}

function readCpuCount(value: string | undefined): number {
  const count = Number.parseInt(value ?? '', 10);
  return Number.isFinite(count) && count > 0 ? count : 0;
}

function nonEmpty(value: string | undefined): string | null {
  return value ? value : null;
}
