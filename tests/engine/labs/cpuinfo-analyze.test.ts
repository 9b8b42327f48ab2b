import { describe, expect, it } from 'vitest';
import { analyzeCpu, CPU_FLAG_SECTIONS, CPU_SAMPLES, parseCpuInput } from '../../../src/engine/labs/cpuinfo';
import type { CpuAnalysis, Finding } from '../../../src/engine/labs/cpuinfo';

function analyzeText(text: string): CpuAnalysis {
  const result = parseCpuInput(text);
  if (!result.ok) throw new Error(result.error.message);
  return analyzeCpu(result.input);
}

function analyzeSample(id: string): CpuAnalysis {
  return analyzeText(CPU_SAMPLES.find((sample) => sample.id === id)?.text ?? '');
}

function summarize(analysis: CpuAnalysis): string[] {
  return analysis.findings.map((finding) => `${finding.severity} ${finding.id}`);
}

function findingById(analysis: CpuAnalysis, id: string): Finding {
  const finding = analysis.findings.find((candidate) => candidate.id === id);
  if (!finding) throw new Error(`no finding ${id}`);
  return finding;
}

describe('analyzeCpu', () => {
  it('finds VT-x, EPT, VPID and the vmx flags features on the Intel host', () => {
    const analysis = analyzeSample('intel-host');
    expect([analysis.vendor, analysis.logicalCpus, analysis.architecture]).toEqual(['intel', 4, 'x86_64']);
    expect(summarize(analysis)).toEqual([
      'ok hardware-virtualization',
      'ok slat',
      'ok vpid',
      'info vmx-flags-line',
      'ok unrestricted-guest',
      'ok flexpriority',
      'ok tpr-shadow',
      'ok vnmi',
      'ok guest',
      'ok long-mode',
      'info next-steps',
    ]);
    expect(findingById(analysis, 'next-steps').detail).toContain('`kvm_intel`');
  });

  it('finds AMD-V, NPT and the AMD extras on the AMD host', () => {
    const analysis = analyzeSample('amd-host');
    expect(analysis.vendor).toBe('amd');
    expect(summarize(analysis)).toEqual([
      'ok hardware-virtualization',
      'ok slat',
      'ok nrip-save',
      'ok decodeassists',
      'ok avic',
      'ok guest',
      'ok long-mode',
      'info next-steps',
    ]);
    expect(findingById(analysis, 'slat').title).toBe(
      'Second-level address translation: NPT (`npt`, Nested Page Tables, also called RVI)',
    );
    expect(findingById(analysis, 'next-steps').detail).toContain('`modprobe kvm_amd`');
  });

  it('says a guest without vmx needs nested virtualization', () => {
    const analysis = analyzeSample('kvm-guest');
    expect(summarize(analysis)).toEqual([
      'warn hardware-virtualization',
      'warn guest',
      'ok long-mode',
      'info next-steps',
    ]);
    const virtualization = findingById(analysis, 'hardware-virtualization');
    expect(virtualization.detail).toContain('nested');
    expect(virtualization.section).toBe(CPU_FLAG_SECTIONS.nested);
  });

  it('reports a missing flag as an error and explains the firmware and kernel-version trap', () => {
    const analysis = analyzeSample('intel-no-vtx');
    expect(analysis.architecture).toBe('i686');
    expect(summarize(analysis)).toEqual([
      'error hardware-virtualization',
      'warn check-firmware',
      'ok guest',
      'warn long-mode',
      'info next-steps',
    ]);
    const firmware = findingById(analysis, 'check-firmware');
    expect(firmware.detail).toContain('`x86/cpu: VMX (outside TXT) disabled by BIOS`');
    expect(firmware.detail).toContain('`kvm: disabled by bios`');
    expect(firmware.section).toBe('firmware-settings');
  });

  it('explains that ARM has no virtualization flag and points to EL2 and the dmesg line', () => {
    const analysis = analyzeSample('raspberry-pi');
    expect(analysis.vendor).toBe('arm');
    expect(analysis.modelName).toBe('ARM Cortex-A72 (Raspberry Pi 4 Model B Rev 1.1)');
    expect(summarize(analysis)).toEqual(['info arm-no-virtualization-flag', 'info arm-core', 'info next-steps']);
    const arm = findingById(analysis, 'arm-no-virtualization-flag');
    expect(arm.detail).toContain('EL2');
    expect(arm.detail).toContain('`kvm [1]: Hyp mode initialized successfully`');
  });

  it('warns that a 32-bit ARM kernel cannot run KVM', () => {
    const analysis = analyzeText(
      'processor\t: 0\nFeatures\t: half thumb fastmult vfp edsp neon\nCPU implementer\t: 0x41\nCPU architecture: 7\nCPU part\t: 0xc07\n',
    );
    expect(summarize(analysis)).toContain('warn arm-32-bit');
  });

  it('uses lscpu lines to recognise a guest with nested VT-x', () => {
    const analysis = analyzeSample('lscpu-nested-guest');
    expect(analysis.format).toBe('lscpu');
    expect(summarize(analysis)).toEqual([
      'ok hardware-virtualization',
      'ok slat',
      'ok vpid',
      'ok flexpriority',
      'ok tpr-shadow',
      'ok vnmi',
      'info guest',
      'info lscpu-summary',
      'ok long-mode',
      'info next-steps',
    ]);
    expect(findingById(analysis, 'guest').detail).toContain('lscpu names the hypervisor: KVM.');
    expect(findingById(analysis, 'lscpu-summary').detail).toBe(
      '`Virtualization:` VT-x; `Hypervisor vendor:` KVM; `Virtualization type:` full. `full` means a hardware-assisted (HVM) guest.',
    );
  });

  it('judges lscpu output without flags from its Virtualization line alone', () => {
    const analysis = analyzeText('Architecture: x86_64\nCPU(s): 2\nVendor ID: GenuineIntel\n');
    expect(summarize(analysis)).toEqual([
      'error hardware-virtualization',
      'warn check-firmware',
      'info lscpu-summary',
      'info next-steps',
    ]);
    expect(findingById(analysis, 'hardware-virtualization').section).toBe('lscpu');
  });

  it('flags missing EPT and says nothing about unrestricted guest without a vmx flags line', () => {
    const analysis = analyzeText('processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: fpu vmx lm tpr_shadow vnmi flexpriority\n');
    expect(summarize(analysis)).toEqual([
      'ok hardware-virtualization',
      'warn slat',
      'info vpid',
      'info vmx-flags-line',
      'ok flexpriority',
      'ok tpr-shadow',
      'ok vnmi',
      'ok guest',
      'ok long-mode',
      'info next-steps',
    ]);
  });

  it('puts notes about the paste first', () => {
    const analysis = analyzeText('processor\t: 0\nflags\t\t: fpu vmx\n\nprocessor\t: 1\nflags\t\t: fpu\n');
    const first = analysis.findings[0];
    expect(first?.id).toBe('input-notes');
    expect(first?.detail).toBe(
      '1 of 2 CPUs list different flags from CPU 0; the paste may be cut off, or the cores differ. The findings use the first CPU.',
    );
  });

  it('links every finding to the cpu-flags lesson with a known section slug', () => {
    const slugs = new Set<string>(Object.values(CPU_FLAG_SECTIONS));
    for (const sample of CPU_SAMPLES) {
      for (const finding of analyzeSample(sample.id).findings) {
        expect([finding.lesson, slugs.has(finding.section)]).toEqual(['cpu-flags', true]);
      }
    }
  });
});
