import type { CpuAnalysis, Finding, ParsedCpuInput } from './types';
import type { CpuEvidence } from './cpu-evidence';
import { gatherEvidence } from './cpu-evidence';
import { findArm } from './arm-findings';
import { findInputNotes, findLscpuSummary, findNextSteps } from './common-findings';
import { findAmdFeatures, findVmxFeatures } from './feature-findings';
import { makeFinding } from './sections';
import { findGuestStatus, findHardwareVirtualization, findLongMode, findSlat } from './x86-findings';

/**
 * Judge a parsed paste: vendor, model, CPU count and a list of findings, most important
 * first (virtualization support, SLAT, VT-x/AMD-V details, guest status, 64-bit, next steps).
 * @param parsed the `input` of a successful parseCpuInput result
 * @returns the analysis, ready to render
 */
export function analyzeCpu(parsed: ParsedCpuInput): CpuAnalysis {
  const evidence = gatherEvidence(parsed);
  return {
    vendor: evidence.vendor,
    modelName: parsed.modelName,
    logicalCpus: parsed.logicalCpus,
    architecture: parsed.architecture,
    format: parsed.format,
    findings: [...findInputNotes(evidence), ...findByInstructionSet(evidence), findNextSteps(evidence)],
  };
}

function findByInstructionSet(evidence: CpuEvidence): Finding[] {
  const { input } = evidence;
  if (input.instructionSet === 'arm') return [...findArm(evidence), ...findLscpuSummary(evidence)];
  if (input.instructionSet === 'other') {
    return [
      makeFinding(
        'other-architecture',
        'info',
        `No flag rules for ${input.architecture}`,
        'This inspector knows the x86 and ARM flags only. On this architecture, check for `/dev/kvm` and run `virt-host-validate qemu`.',
        'validation',
      ),
    ];
  }
  return [
    ...findHardwareVirtualization(evidence),
    ...findSlat(evidence),
    ...findVmxFeatures(evidence),
    ...findAmdFeatures(evidence),
    ...findGuestStatus(evidence),
    ...findLscpuSummary(evidence),
    ...findLongMode(evidence),
  ];
}
