import type { Finding } from './types';
import type { CpuEvidence } from './cpu-evidence';
import { makeFinding } from './sections';

/**
 * Finding that repeats what lscpu's own virtualization lines said.
 * @param evidence facts gathered from the paste
 * @returns one finding for lscpu input, none otherwise
 */
export function findLscpuSummary(evidence: CpuEvidence): Finding[] {
  const { input } = evidence;
  if (input.format !== 'lscpu') return [];
  const parts = [
    `\`Virtualization:\` ${input.virtualization ?? 'absent (printed only when the CPU offers VT-x or AMD-V)'}`,
    `\`Hypervisor vendor:\` ${input.hypervisorVendor ?? 'absent (printed only inside a virtual machine)'}`,
    `\`Virtualization type:\` ${input.virtualizationType ?? 'absent'}`,
  ];
  const type = describeVirtualizationType(input.virtualizationType);
  return [
    makeFinding(
      'lscpu-summary',
      'info',
      'What lscpu reports',
      `${parts.join('; ')}.${type ? ` ${type}` : ''}`,
      'lscpu',
    ),
  ];
}

function describeVirtualizationType(type: string | null): string {
  if (type === 'full') return '`full` means a hardware-assisted (HVM) guest.';
  if (type === 'para') return '`para` means a paravirtualized guest, such as a Xen PV domain.';
  if (type === 'container') return '`container` means a container sharing the host kernel; KVM works only if the host passes `/dev/kvm` in.';
  return '';
}

/**
 * Finding listing what to check after reading the flags.
 * @param evidence facts gathered from the paste
 * @returns one info finding
 */
export function findNextSteps(evidence: CpuEvidence): Finding {
  const module = evidence.vendor === 'amd' || evidence.hasSvm ? 'kvm_amd' : 'kvm_intel';
  const checks =
    evidence.vendor === 'arm'
      ? 'Run `dmesg | grep -i kvm` to see whether KVM initialized, check that `/dev/kvm` exists, and run `virt-host-validate qemu` to check the whole host.'
      : `Run \`lsmod | grep kvm\`: it should list \`${module}\` and \`kvm\` (load them with \`modprobe ${module}\`). Then \`ls -l /dev/kvm\` must show the device, and \`virt-host-validate qemu\` checks the whole host in one go.`;
  const first =
    evidence.vendor !== 'arm' && !evidence.hasVmx && !evidence.hasSvm
      ? 'First make VT-x or AMD-V available (firmware setting, or nested virtualization for a guest). '
      : '';
  return makeFinding('next-steps', 'info', 'What to check next', `${first}${checks}`, 'kvmModules');
}

/**
 * Finding about problems in the paste itself.
 * @param evidence facts gathered from the paste
 * @returns one warning when lines were skipped or CPUs disagree, none otherwise
 */
export function findInputNotes(evidence: CpuEvidence): Finding[] {
  const { input } = evidence;
  const notes = [...input.warnings];
  if (input.cpusWithOtherFlags > 0) {
    notes.push(
      `${input.cpusWithOtherFlags} of ${input.logicalCpus} CPUs list different flags from CPU ${input.processors[0]?.processor ?? 0}; the paste may be cut off, or the cores differ. The findings use the first CPU.`,
    );
  }
  if (notes.length === 0) return [];
  return [makeFinding('input-notes', 'warn', 'About this paste', notes.join(' '), 'cpuinfo')];
}
