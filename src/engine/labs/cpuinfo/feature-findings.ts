import type { Finding } from './types';
import type { CpuEvidence } from './cpu-evidence';
import { makeFinding } from './sections';

interface FeatureNote {
  readonly id: string;
  /** Names to look for; the first is the one shown. */
  readonly names: readonly string[];
  readonly label: string;
  readonly meaning: string;
}

const VMX_FEATURES: readonly FeatureNote[] = [
  {
    id: 'flexpriority',
    names: ['flexpriority'],
    label: 'FlexPriority',
    meaning: 'the CPU virtualizes guest accesses to the APIC task-priority register, which saves many VM exits on older 32-bit Windows guests.',
  },
  {
    id: 'tpr-shadow',
    names: ['tpr_shadow', 'vtpr'],
    label: 'TPR shadow',
    meaning: 'the guest can change its task-priority register without a VM exit (the `vmx flags` line calls it `vtpr`).',
  },
  {
    id: 'vnmi',
    names: ['vnmi'],
    label: 'Virtual NMIs',
    meaning: 'the CPU can inject and block non-maskable interrupts for the guest itself, which KVM relies on for exact NMI handling.',
  },
];

const AMD_FEATURES: readonly FeatureNote[] = [
  {
    id: 'nrip-save',
    names: ['nrip_save'],
    label: 'Next-RIP save',
    meaning: 'on a VM exit the CPU records where the next instruction starts, so KVM need not decode the instruction to skip it.',
  },
  {
    id: 'decodeassists',
    names: ['decodeassists'],
    label: 'Decode assists',
    meaning: 'the CPU hands KVM the bytes and operands of an intercepted instruction, saving decoding in software.',
  },
  {
    id: 'avic',
    names: ['avic'],
    label: 'AVIC',
    meaning: 'the Advanced Virtual Interrupt Controller delivers interrupts to a running guest without a VM exit (AMD\'s counterpart of Intel APICv).',
  },
];

/**
 * Findings about Intel VT-x details: VPID, the `vmx flags` line and its sub-features.
 * @param evidence facts gathered from the paste
 * @returns no findings unless the CPU has `vmx` and flags were listed
 */
export function findVmxFeatures(evidence: CpuEvidence): Finding[] {
  if (!evidence.hasVmx || !evidence.flagsKnown) return [];
  const findings = [findVpid(evidence)];
  const line = evidence.input.vmxFlags;
  if (evidence.input.format === 'proc-cpuinfo') findings.push(describeVmxLine(line !== null));
  if (line) findings.push(findUnrestrictedGuest(line.has('unrestricted_guest')));
  for (const feature of VMX_FEATURES) findings.push(describeFeature(evidence, feature, 'vmxFlagsLine'));
  return findings;
}

/**
 * Findings about AMD-V extras that are present (nrip_save, decodeassists, avic).
 * @param evidence facts gathered from the paste
 * @returns one finding per extra that the CPU lists
 */
export function findAmdFeatures(evidence: CpuEvidence): Finding[] {
  if (!evidence.hasSvm || !evidence.flagsKnown) return [];
  return AMD_FEATURES.filter((feature) => evidence.hasFlag(...feature.names)).map((feature) =>
    describeFeature(evidence, feature, 'amdFeatures'),
  );
}

function findVpid(evidence: CpuEvidence): Finding {
  return evidence.hasFlag('vpid')
    ? makeFinding(
        'vpid',
        'ok',
        'VPID (`vpid`)',
        'Virtual Processor IDs tag TLB entries with the virtual CPU they belong to, so the TLB need not be flushed on every VM entry and exit.',
        'slat',
      )
    : makeFinding(
        'vpid',
        'info',
        'No VPID (`vpid`)',
        'Without Virtual Processor IDs the CPU flushes the TLB on every VM entry and exit, which makes switching between guest and host slower.',
        'slat',
      );
}

function describeVmxLine(present: boolean): Finding {
  return present
    ? makeFinding(
        'vmx-flags-line',
        'info',
        'The `vmx flags` line lists VT-x features',
        'Since Linux 5.6 the kernel prints the VT-x capabilities on their own `vmx flags` line. Only `tpr_shadow`, `flexpriority`, `ept`, `vpid` and `ept_ad` (plus `vnmi` on kernels 5.6 to 6.3) are still repeated on the `flags` line, for compatibility.',
        'vmxFlagsLine',
      )
    : makeFinding(
        'vmx-flags-line',
        'info',
        'No `vmx flags` line',
        'Kernels before 5.6 do not print it (or the paste was cut). The `flags` line still carries `tpr_shadow`, `flexpriority`, `ept` and `vpid` (older kernels also `vnmi`); features such as `unrestricted_guest` cannot be seen without it.',
        'vmxFlagsLine',
      );
}

function findUnrestrictedGuest(present: boolean): Finding {
  return present
    ? makeFinding(
        'unrestricted-guest',
        'ok',
        'Unrestricted guest (`unrestricted_guest`)',
        'VT-x can run guest code in real mode and in unpaged protected mode directly, as a booting operating system does; it requires EPT.',
        'vmxFlagsLine',
      )
    : makeFinding(
        'unrestricted-guest',
        'info',
        'No unrestricted guest',
        'KVM has to emulate the guest\'s real-mode code (the early boot stages), which slows booting down.',
        'vmxFlagsLine',
      );
}

function describeFeature(
  evidence: CpuEvidence,
  feature: FeatureNote,
  section: 'vmxFlagsLine' | 'amdFeatures',
): Finding {
  const shown = feature.names.find((name) => evidence.hasFlag(name));
  return shown
    ? makeFinding(feature.id, 'ok', `${feature.label} (\`${shown}\`)`, capitalize(feature.meaning), section)
    : makeFinding(
        feature.id,
        'info',
        `${feature.label} not listed`,
        `\`${feature.names[0] ?? feature.id}\` is missing. With it, ${feature.meaning}`,
        section,
      );
}

function capitalize(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
