import type { Finding } from './types';
import type { CpuEvidence } from './cpu-evidence';
import { makeFinding } from './sections';

/**
 * Findings for ARM CPUs, whose cpuinfo has no virtualization flag at all.
 * @param evidence facts gathered from the paste
 * @returns the EL2 explanation, the core's identity and a 32-bit warning when it applies
 */
export function findArm(evidence: CpuEvidence): Finding[] {
  const { input } = evidence;
  const findings = [
    makeFinding(
      'arm-no-virtualization-flag',
      'info',
      'ARM lists no virtualization flag',
      'On ARM the `Features` line describes instruction-set extensions only; there is no counterpart of `vmx` or `svm`. ' +
        'KVM on arm64 needs the firmware or boot loader to start the kernel in EL2, the hypervisor exception level. ' +
        'Check `dmesg | grep -i kvm` for `kvm [1]: Hyp mode initialized successfully` (or `VHE mode initialized successfully` on cores with the Virtualization Host Extensions) and that `/dev/kvm` exists.',
      'cpuinfo',
    ),
  ];
  const core = describeCore(evidence);
  if (core) findings.push(core);
  if (input.architecture !== 'aarch64') {
    findings.push(
      makeFinding(
        'arm-32-bit',
        'warn',
        `32-bit ARM kernel (${input.architecture})`,
        'Linux removed KVM support for 32-bit ARM hosts in version 5.7. Boot a 64-bit (aarch64) kernel to use KVM on this board.',
        'cpuinfo',
      ),
    );
  }
  return findings;
}

function describeCore(evidence: CpuEvidence): Finding | null {
  const first = evidence.input.processors[0];
  const implementer = first?.fields.get('CPU implementer');
  const part = first?.fields.get('CPU part');
  if (!implementer || !part) return null;
  const name = evidence.input.modelName ? `: ${evidence.input.modelName}` : '';
  return makeFinding(
    'arm-core',
    'info',
    `CPU implementer ${implementer}, part ${part}${name}`,
    `ARM cpuinfo often has no \`model name\`; the core is identified by \`CPU implementer\` (${evidence.input.vendorId ?? implementer}) and \`CPU part\` (${part}).`,
    'cpuinfo',
  );
}
