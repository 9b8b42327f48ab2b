import type { CpuParseResult, ParsedCpuInput } from './types';
import { countUtf8Bytes, scanLines } from './scan-lines';
import { buildLscpu, looksLikeLscpu } from './parse-lscpu';
import { buildProcCpuinfo } from './parse-proc-cpuinfo';

/** The largest paste the inspector reads: 2 MiB, far above a 256-CPU /proc/cpuinfo (~1 MB). */
export const MAX_CPU_INPUT_BYTES = 2 * 1024 * 1024;

/**
 * Read a paste of `cat /proc/cpuinfo` or `lscpu` output and say which it is. Runs in time
 * linear in the input; input over MAX_CPU_INPUT_BYTES is refused before any parsing.
 * @param text the pasted text, as typed or pasted by the learner
 * @returns the parsed input, or an error whose message can be shown as is
 */
export function parseCpuInput(text: string): CpuParseResult {
  if (text.length > MAX_CPU_INPUT_BYTES || countUtf8Bytes(text, MAX_CPU_INPUT_BYTES) > MAX_CPU_INPUT_BYTES) {
    return fail(
      'too-large',
      'The paste is larger than 2 MB. Even a 256-CPU `/proc/cpuinfo` is smaller; paste the first few processor blocks instead.',
    );
  }
  if (text.trim() === '') {
    return fail('empty', 'Nothing to inspect yet: paste the output of `cat /proc/cpuinfo` or `lscpu`.');
  }
  const scanned = scanLines(text);
  const warnings: string[] = [];
  if (scanned.overlongLines > 0) {
    warnings.push(
      `${scanned.overlongLines} line(s) longer than 64 KB were skipped; no real cpuinfo line is that long.`,
    );
  }
  const input = readFormat(scanned.lines, warnings);
  if (!input) {
    return fail(
      'unrecognized',
      'This does not look like `cat /proc/cpuinfo` (no `processor : N` blocks) or `lscpu` (no `Architecture:` line). ' +
        'Paste the whole output; if your system speaks another language, run `LC_ALL=C lscpu`.',
    );
  }
  return { ok: true, input };
}

function readFormat(
  lines: Parameters<typeof buildLscpu>[0],
  warnings: readonly string[],
): ParsedCpuInput | null {
  if (looksLikeLscpu(lines)) return buildLscpu(lines, warnings);
  return buildProcCpuinfo(lines, warnings);
}

function fail(code: 'empty' | 'too-large' | 'unrecognized', message: string): CpuParseResult {
  return { ok: false, error: { code, message } };
}
