import { bench, describe } from 'vitest';
import { analyzeCpu, CPU_SAMPLES, parseCpuInput } from '../src/engine/labs/cpuinfo';
import { createOvsState, runCommand } from '../src/engine/labs/ovs';

/** A 256-CPU /proc/cpuinfo built from the Intel sample's first block (about 590 KB). */
function buildLargeCpuinfo(cpus: number): string {
  const intel = CPU_SAMPLES.find((sample) => sample.id === 'intel-host')?.text ?? '';
  const block = intel.split('\n\n')[0] ?? '';
  return Array.from({ length: cpus }, (_, cpu) => block.replace(/^processor\t: 0$/m, `processor\t: ${cpu}`)).join('\n\n');
}

/** Deterministic printable junk with newlines every 80 characters (no Math.random). */
function buildJunk(bytes: number, lineLength = 80): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz :=\t0123456789';
  let state = 12345;
  const chars: string[] = [];
  for (let index = 0; index < bytes; index += 1) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    chars.push((index + 1) % lineLength === 0 ? '\n' : alphabet[state % alphabet.length] ?? 'x');
  }
  return chars.join('');
}

const LARGE_CPUINFO = buildLargeCpuinfo(256);
const JUNK_5_MB = buildJunk(5 * 1024 * 1024);
const JUNK_1_9_MB = buildJunk(1.9 * 1024 * 1024);
const ONE_LINE_1_9_MB = buildJunk(1.9 * 1024 * 1024, Number.MAX_SAFE_INTEGER);

describe('cpuinfo inspector', () => {
  bench('parse + analyze a 256-CPU /proc/cpuinfo', () => {
    const result = parseCpuInput(LARGE_CPUINFO);
    if (!result.ok || analyzeCpu(result.input).logicalCpus !== 256) throw new Error('unexpected result');
  });

  bench('reject a 5 MB junk paste (size check)', () => {
    if (parseCpuInput(JUNK_5_MB).ok) throw new Error('junk accepted');
  });

  bench('reject a 1.9 MB junk paste with 80-character lines (full scan)', () => {
    if (parseCpuInput(JUNK_1_9_MB).ok) throw new Error('junk accepted');
  });

  bench('reject a 1.9 MB junk paste on one line (over-long line)', () => {
    if (parseCpuInput(ONE_LINE_1_9_MB).ok) throw new Error('junk accepted');
  });
});

describe('Open vSwitch sandbox', () => {
  const lines = [
    'ovs-vsctl add-br br0',
    ...Array.from({ length: 50 }, (_, index) => `ovs-vsctl add-port br0 tap${index} tag=${(index % 4) + 10}`),
    ...Array.from({ length: 50 }, (_, index) => `sim send tap${index} tap${(index + 4) % 50}`),
    'ovs-appctl fdb/show br0',
    'ovs-vsctl show',
  ];

  bench('run 103 commands (50 ports, 50 frames, fdb/show, show)', () => {
    let state = createOvsState();
    lines.forEach((line, index) => {
      state = runCommand(state, line, 1_767_225_600_000 + index * 1000).state;
    });
  });
});
