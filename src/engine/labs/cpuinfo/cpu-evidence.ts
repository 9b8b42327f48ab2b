import type { CpuVendor, ParsedCpuInput } from './types';

/** The facts the findings are built from, the same whichever command produced them. */
export interface CpuEvidence {
  readonly input: ParsedCpuInput;
  readonly vendor: CpuVendor;
  readonly hasVmx: boolean;
  readonly hasSvm: boolean;
  readonly isGuest: boolean;
  /** True when flags were listed, so a missing flag is really missing. */
  readonly flagsKnown: boolean;
  /** Whether a flag appears on the `flags` line or on the `vmx flags` line. */
  readonly hasFlag: (...names: string[]) => boolean;
}

/**
 * Collect the evidence for the findings from a parsed paste.
 * @param input the parser's result
 * @returns vendor, virtualization and guest facts
 */
export function gatherEvidence(input: ParsedCpuInput): CpuEvidence {
  const hasFlag = (...names: string[]): boolean =>
    names.some((name) => input.flags.has(name) || (input.vmxFlags?.has(name) ?? false));
  return {
    input,
    vendor: detectVendor(input),
    hasVmx: input.flags.has('vmx') || input.virtualization === 'VT-x',
    hasSvm: input.flags.has('svm') || input.virtualization === 'AMD-V',
    isGuest: input.flags.has('hypervisor') || input.hypervisorVendor !== null,
    flagsKnown: input.flagsListed,
    hasFlag,
  };
}

function detectVendor(input: ParsedCpuInput): CpuVendor {
  if (input.instructionSet === 'arm') return 'arm';
  if (input.vendorId === 'GenuineIntel') return 'intel';
  if (input.vendorId === 'AuthenticAMD') return 'amd';
  return 'other';
}
