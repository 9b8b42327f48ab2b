import { describe, expect, it } from 'vitest';
import { CPU_SAMPLES, MAX_CPU_INPUT_BYTES, parseCpuInput } from '../../../src/engine/labs/cpuinfo';
import type { ParsedCpuInput } from '../../../src/engine/labs/cpuinfo';

function sampleText(id: string): string {
  const sample = CPU_SAMPLES.find((candidate) => candidate.id === id);
  if (!sample) throw new Error(`no sample ${id}`);
  return sample.text;
}

function parseOk(text: string): ParsedCpuInput {
  const result = parseCpuInput(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.input;
}

describe('parseCpuInput', () => {
  it('reads an Intel /proc/cpuinfo with one block per logical CPU and the vmx flags line', () => {
    const input = parseOk(sampleText('intel-host'));
    expect(input.format).toBe('proc-cpuinfo');
    expect(input.instructionSet).toBe('x86');
    expect(input.architecture).toBe('x86_64');
    expect(input.vendorId).toBe('GenuineIntel');
    expect(input.modelName).toBe('Intel(R) Core(TM) i5-6500 CPU @ 3.20GHz');
    expect(input.logicalCpus).toBe(4);
    expect(input.processors.map((block) => block.processor)).toEqual([0, 1, 2, 3]);
    expect(input.flags.has('vmx')).toBe(true);
    expect(input.vmxFlags?.has('unrestricted_guest')).toBe(true);
    expect(input.cpusWithOtherFlags).toBe(0);
    expect(input.warnings).toEqual([]);
  });

  it('keeps the first value of a repeated key and ignores lines without a colon', () => {
    const input = parseOk('processor\t: 0\nvendor_id\t: GenuineIntel\nvendor_id\t: Fake\njunk line\nflags\t\t: fpu lm\n');
    expect(input.vendorId).toBe('GenuineIntel');
    expect([...input.flags]).toEqual(['fpu', 'lm']);
  });

  it('accepts Windows line endings', () => {
    const input = parseOk('processor\t: 0\r\nvendor_id\t: AuthenticAMD\r\nflags\t\t: svm npt lm\r\n');
    expect(input.vendorId).toBe('AuthenticAMD');
    expect([...input.flags]).toEqual(['svm', 'npt', 'lm']);
  });

  it('reads ARM cpuinfo, names the core from its part number and keeps the trailer lines', () => {
    const input = parseOk(sampleText('raspberry-pi'));
    expect(input.instructionSet).toBe('arm');
    expect(input.architecture).toBe('aarch64');
    expect(input.vendorId).toBe('ARM');
    expect(input.modelName).toBe('ARM Cortex-A72 (Raspberry Pi 4 Model B Rev 1.1)');
    expect(input.logicalCpus).toBe(4);
    expect([...input.flags]).toEqual(['fp', 'asimd', 'evtstrm', 'crc32', 'cpuid']);
    expect(input.extraFields.get('Hardware')).toBe('BCM2835');
    expect(input.vmxFlags).toBeNull();
  });

  it('reports a 32-bit ARM kernel as ARMv7 when the Features line lists half and thumb', () => {
    const input = parseOk(
      'processor\t: 0\nmodel name\t: ARMv7 Processor rev 4 (v7l)\nFeatures\t: half thumb fastmult vfp edsp neon\nCPU implementer\t: 0x41\nCPU architecture: 7\nCPU part\t: 0xd03\n',
    );
    expect(input.architecture).toBe('ARMv7');
    expect(input.modelName).toBe('ARMv7 Processor rev 4 (v7l)');
  });

  it('reads indented lscpu output with its virtualization lines', () => {
    const input = parseOk(sampleText('lscpu-nested-guest'));
    expect(input.format).toBe('lscpu');
    expect(input.architecture).toBe('x86_64');
    expect(input.logicalCpus).toBe(4);
    expect(input.vendorId).toBe('GenuineIntel');
    expect(input.modelName).toBe('Intel(R) Core(TM) i7-7700 CPU @ 3.60GHz');
    expect(input.virtualization).toBe('VT-x');
    expect(input.hypervisorVendor).toBe('KVM');
    expect(input.virtualizationType).toBe('full');
    expect(input.flags.has('hypervisor')).toBe(true);
  });

  it('reads the older flat lscpu layout without a Flags line', () => {
    const input = parseOk(
      'Architecture:          x86_64\nCPU(s):                8\nVendor ID:             AuthenticAMD\nModel name:            AMD EPYC 7302P 16-Core Processor\nVirtualization:        AMD-V\n',
    );
    expect(input.format).toBe('lscpu');
    expect(input.flagsListed).toBe(false);
    expect(input.virtualization).toBe('AMD-V');
    expect(input.hypervisorVendor).toBeNull();
    expect(input.logicalCpus).toBe(8);
  });

  it('rejects empty input with a message that says what to paste', () => {
    expect(parseCpuInput('  \n\t\n')).toEqual({
      ok: false,
      error: { code: 'empty', message: 'Nothing to inspect yet: paste the output of `cat /proc/cpuinfo` or `lscpu`.' },
    });
  });

  it('rejects prose that is neither cpuinfo nor lscpu', () => {
    const result = parseCpuInput('Dear diary: today I learned about hypervisors.\nThey are neat.');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('unrecognized');
  });

  it('rejects a processor line without any CPU fields as unrecognized', () => {
    const result = parseCpuInput('processor : 0\ncolour : blue\n');
    expect(result.ok).toBe(false);
  });

  it('rejects input over 2 MB before parsing it', () => {
    const result = parseCpuInput('processor\t: 0\n'.repeat(Math.ceil(MAX_CPU_INPUT_BYTES / 14) + 1));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('too-large');
  });

  it('counts multi-byte characters in bytes, so 1.5 million three-byte characters are too large', () => {
    const result = parseCpuInput('€'.repeat(1_500_000));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('too-large');
  });

  it('skips a line longer than 64 KB and says so', () => {
    const input = parseOk(`processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: fpu ${'x'.repeat(70_000)}\n`);
    expect(input.flagsListed).toBe(false);
    expect(input.warnings).toEqual(['1 line(s) longer than 64 KB were skipped; no real cpuinfo line is that long.']);
  });

  it('counts CPUs whose flags differ from the first one', () => {
    const text = 'processor\t: 0\nflags\t\t: fpu vmx\n\nprocessor\t: 1\nflags\t\t: fpu vmx\n\nprocessor\t: 2\nflags\t\t: fpu\n';
    expect(parseOk(text).cpusWithOtherFlags).toBe(1);
  });

  it('parses every bundled sample', () => {
    expect(CPU_SAMPLES.map((sample) => [sample.id, parseCpuInput(sample.text).ok])).toEqual([
      ['intel-host', true],
      ['amd-host', true],
      ['kvm-guest', true],
      ['intel-no-vtx', true],
      ['raspberry-pi', true],
      ['lscpu-nested-guest', true],
    ]);
  });
});
