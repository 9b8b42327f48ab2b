import { describe, expect, it } from 'vitest';
import { CPU_SAMPLES, MAX_CPU_INPUT_BYTES } from '../../../src/engine/labs/cpuinfo';
import { inspectCpuText, refuseOversizedPaste } from '../../../src/features/labs/cpu/inspect-cpu';

function sample(id: string): string {
  return CPU_SAMPLES.find((candidate) => candidate.id === id)!.text;
}

describe('arranging the inspector’s report', () => {
  it('groups findings problems first and keeps "what to check next" out of the groups', () => {
    const inspection = inspectCpuText(sample('intel-no-vtx'));
    if (!inspection.ok) throw new Error(inspection.message);
    expect(inspection.vendorName).toBe('Intel');
    expect(inspection.groups.map((group) => [group.severity, group.findings.map((finding) => finding.id)])).toEqual([
      ['error', ['hardware-virtualization']],
      ['warn', ['check-firmware', 'long-mode']],
      ['ok', ['guest']],
    ]);
  });

  it('lists the problems to look into, then the next steps sentence by sentence, each with its lesson section', () => {
    const inspection = inspectCpuText(sample('intel-no-vtx'));
    if (!inspection.ok) throw new Error(inspection.message);
    expect(inspection.nextChecks.map((check) => check.link.href)).toEqual([
      '/lessons/cpu-flags#vmx-and-svm',
      '/lessons/cpu-flags#firmware-settings',
      '/lessons/cpu-flags#other-flags-worth-knowing',
      '/lessons/cpu-flags#the-kvm-modules-and-devkvm',
      '/lessons/cpu-flags#the-kvm-modules-and-devkvm',
      '/lessons/cpu-flags#the-kvm-modules-and-devkvm',
    ]);
    expect(inspection.nextChecks[3]?.text).toBe('First make VT-x or AMD-V available (firmware setting, or nested virtualization for a guest).');
    expect(inspection.nextChecks[1]?.link.title).toBe('Firmware settings');
  });

  it('passes on the parser’s message for input it cannot read', () => {
    expect(inspectCpuText('   ')).toEqual({ ok: false, message: 'Nothing to inspect yet: paste the output of `cat /proc/cpuinfo` or `lscpu`.' });
  });

  it('refuses a paste over the limit by its length alone and lets anything shorter through', () => {
    expect(refuseOversizedPaste('x'.repeat(MAX_CPU_INPUT_BYTES))).toBeNull();
    expect(refuseOversizedPaste('x'.repeat(MAX_CPU_INPUT_BYTES + 1))).toMatch(/larger than 2 MB/);
  });
});
