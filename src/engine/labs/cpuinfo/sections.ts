import type { Finding, FindingSeverity } from './types';

/**
 * Heading slugs in content/lessons/cpu-flags.md that each kind of finding links to, in one
 * place so that a renamed heading needs one change. The lesson has no ARM section yet, so ARM
 * findings point at the general /proc/cpuinfo section.
 */
export const CPU_FLAG_SECTIONS = {
  cpuinfo: 'what-proccpuinfo-shows',
  hardwareVirtualization: 'vmx-and-svm',
  firmware: 'firmware-settings',
  slat: 'second-level-address-translation-ept-and-npt',
  vmxFlagsLine: 'the-vmx-flags-line',
  amdFeatures: 'amd-svm-feature-flags',
  otherFlags: 'other-flags-worth-knowing',
  lscpu: 'lscpu',
  guest: 'host-or-guest',
  nested: 'nested-virtualization',
  kvmModules: 'the-kvm-modules-and-devkvm',
  validation: 'kvm-ok-and-virt-host-validate',
} as const;

/** A key of CPU_FLAG_SECTIONS. */
export type CpuFlagSection = keyof typeof CPU_FLAG_SECTIONS;

/**
 * Build a finding that links to the cpu-flags lesson.
 * @param id stable identifier
 * @param severity ok, warn, info or error
 * @param title one short line
 * @param detail plain sentences, may contain `code`
 * @param section which entry of CPU_FLAG_SECTIONS explains it
 * @returns the finding
 */
export function makeFinding(
  id: string,
  severity: FindingSeverity,
  title: string,
  detail: string,
  section: CpuFlagSection,
): Finding {
  return { id, severity, title, detail, lesson: 'cpu-flags', section: CPU_FLAG_SECTIONS[section] };
}
