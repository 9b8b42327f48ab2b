import type { Finding } from './types';
import type { CpuEvidence } from './cpu-evidence';
import { makeFinding } from './sections';

const NESTED_HOW_TO =
  'KVM inside it needs nested virtualization: the outer host must allow it (the `nested` parameter of `kvm_intel` or `kvm_amd`) ' +
  'and give this guest a CPU model that includes `vmx` or `svm`, for example libvirt\'s `host-passthrough`.';

/**
 * Findings about VT-x/AMD-V itself and, when it is missing, about the firmware.
 * @param evidence facts gathered from the paste
 * @returns one or two findings
 */
export function findHardwareVirtualization(evidence: CpuEvidence): Finding[] {
  const { hasVmx, hasSvm, isGuest, input } = evidence;
  if (hasVmx || hasSvm) {
    const name = hasVmx ? 'Intel VT-x (`vmx`)' : 'AMD-V (`svm`)';
    const nested = isGuest
      ? ' This machine is itself a guest, so its hypervisor passes the extension through: nested virtualization is on.'
      : '';
    return [
      makeFinding(
        'hardware-virtualization',
        'ok',
        `Hardware virtualization: ${name}`,
        `The CPU offers ${name}, the extension KVM needs to run unmodified guests with full (hardware-assisted) virtualization.${nested}`,
        'hardwareVirtualization',
      ),
    ];
  }
  if (isGuest) {
    return [
      makeFinding(
        'hardware-virtualization',
        'warn',
        'No `vmx` or `svm` inside this guest',
        `This system is a virtual machine and its hypervisor does not expose VT-x or AMD-V to it. ${NESTED_HOW_TO}`,
        'nested',
      ),
    ];
  }
  const missing = makeFinding(
    'hardware-virtualization',
    'error',
    'No hardware virtualization flag (`vmx` or `svm`)',
    input.format === 'lscpu' && !evidence.flagsKnown
      ? 'lscpu prints a `Virtualization:` line only when the CPU offers VT-x or AMD-V, and there is none here. Without it KVM cannot run; only emulation (QEMU with TCG) or paravirtualization (Xen PV) remain.'
      : 'Neither `vmx` (Intel VT-x) nor `svm` (AMD-V) is listed. Either the CPU lacks the extension (many older Atom, Celeron and Pentium models do) or the firmware has switched it off. Without it KVM cannot run; only emulation (QEMU with TCG) or paravirtualization (Xen PV) remain.',
    input.format === 'lscpu' ? 'lscpu' : 'hardwareVirtualization',
  );
  return [missing, findFirmwareHint()];
}

function findFirmwareHint(): Finding {
  return makeFinding(
    'check-firmware',
    'warn',
    'Check the firmware setting before giving up',
    'Enter the BIOS/UEFI setup, enable the option usually called Intel Virtualization Technology (VT-x) or SVM Mode (AMD-V), and power the machine off and on. ' +
      'Current kernels remove the flag from this list when the firmware has locked the feature off: since Linux 5.6 `dmesg` then shows `x86/cpu: VMX (outside TXT) disabled by BIOS`, and recent kernels log `SVM disabled (by BIOS) in MSR_VM_CR` on AMD. ' +
      'Older kernels still listed `vmx` in that case, and loading the module failed with `kvm: disabled by bios`.',
    'firmware',
  );
}

/**
 * Finding about second-level address translation (EPT on Intel, NPT on AMD).
 * @param evidence facts gathered from the paste
 * @returns zero or one finding
 */
export function findSlat(evidence: CpuEvidence): Finding[] {
  if (!evidence.flagsKnown || !(evidence.hasVmx || evidence.hasSvm)) return [];
  const intel = evidence.hasVmx;
  const present = intel ? evidence.hasFlag('ept') : evidence.hasFlag('npt');
  const name = intel ? 'EPT (`ept`, Extended Page Tables)' : 'NPT (`npt`, Nested Page Tables, also called RVI)';
  return [
    present
      ? makeFinding(
          'slat',
          'ok',
          `Second-level address translation: ${name}`,
          'The CPU translates guest-physical to host-physical addresses in hardware, so KVM does not have to keep shadow page tables; memory-heavy guests run much faster.',
          'slat',
        )
      : makeFinding(
          'slat',
          'warn',
          `No second-level address translation (\`${intel ? 'ept' : 'npt'}\` missing)`,
          'KVM works, but it must maintain shadow page tables in software, which costs a VM exit on many guest page-table changes. First-generation VT-x and AMD-V CPUs lacked it.',
          'slat',
        ),
  ];
}

/**
 * Findings about the `hypervisor` flag: is this machine itself a guest?
 * @param evidence facts gathered from the paste
 * @returns zero or one finding
 */
export function findGuestStatus(evidence: CpuEvidence): Finding[] {
  const { input, isGuest, hasVmx, hasSvm } = evidence;
  if (!isGuest) {
    if (!evidence.flagsKnown) return [];
    return [
      makeFinding(
        'guest',
        'ok',
        'No `hypervisor` flag: most likely bare metal',
        'Hypervisors set the `hypervisor` flag (CPUID leaf 1, ECX bit 31) for their guests, and it is absent here. A hypervisor can hide it, so this is a strong hint rather than proof; `systemd-detect-virt` gives a second opinion.',
        'guest',
      ),
    ];
  }
  const vendor = input.hypervisorVendor ? ` lscpu names the hypervisor: ${input.hypervisorVendor}.` : '';
  const kvmInside = hasVmx || hasSvm
    ? 'VT-x/AMD-V is passed through, so KVM guests can run here (nested), more slowly than on bare metal.'
    : 'Running KVM in it needs nested virtualization, which the outer host has not given it.';
  return [
    makeFinding(
      'guest',
      hasVmx || hasSvm ? 'info' : 'warn',
      'This machine is itself a virtual machine',
      `The \`hypervisor\` flag is set by the hypervisor underneath (CPUID leaf 1, ECX bit 31).${vendor} ${kvmInside}`,
      'guest',
    ),
  ];
}

/**
 * Finding about 64-bit support (`lm`, long mode).
 * @param evidence facts gathered from the paste
 * @returns zero or one finding
 */
export function findLongMode(evidence: CpuEvidence): Finding[] {
  if (!evidence.flagsKnown) return [];
  return evidence.input.flags.has('lm')
    ? [
        makeFinding(
          'long-mode',
          'ok',
          '64-bit capable (`lm`)',
          '`lm` (long mode) means the CPU runs x86_64 code, so it can host 64-bit guests given VT-x or AMD-V.',
          'otherFlags',
        ),
      ]
    : [
        makeFinding(
          'long-mode',
          'warn',
          '32-bit only CPU (no `lm`)',
          'Without `lm` (long mode) the CPU cannot run x86_64 code, so no hypervisor on it can start a 64-bit guest, and current distributions no longer ship 32-bit KVM hosts.',
          'otherFlags',
        ),
      ];
}
