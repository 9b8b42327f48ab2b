/** Longest line the parser looks at; real flag lines are about 1.5 KB. */
export const MAX_LINE_CHARS = 64 * 1024;

/** A `key : value` line, or a blank line (which separates /proc/cpuinfo blocks). */
export type ScannedLine =
  | { readonly kind: 'field'; readonly key: string; readonly value: string }
  | { readonly kind: 'blank' };

/** Every line worth keeping, plus how many were skipped and why. */
export interface ScannedText {
  readonly lines: readonly ScannedLine[];
  readonly overlongLines: number;
  readonly linesWithoutColon: number;
}

/**
 * Split text into `key: value` lines in one pass, with no regular expressions, so the
 * time grows linearly with the input whatever it contains.
 * @param text the pasted text
 * @returns field and blank lines; overlong lines and lines without a colon are counted, not kept
 */
export function scanLines(text: string): ScannedText {
  const lines: ScannedLine[] = [];
  let overlongLines = 0;
  let linesWithoutColon = 0;
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (end - start > MAX_LINE_CHARS) {
      overlongLines += 1;
    } else {
      const line = readLine(text.slice(start, end));
      if (line === null) linesWithoutColon += 1;
      else lines.push(line);
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  return { lines, overlongLines, linesWithoutColon };
}

function readLine(raw: string): ScannedLine | null {
  const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  if (line.trim() === '') return { kind: 'blank' };
  const colon = line.indexOf(':');
  if (colon === -1) return null;
  return { kind: 'field', key: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() };
}

/**
 * Split a flags line on runs of spaces or tabs.
 * @param value e.g. `fpu vme de pse`
 * @returns the set of flag names
 */
export function splitFlags(value: string): Set<string> {
  const flags = new Set<string>();
  let word = '';
  for (let index = 0; index < value.length; index += 1) {
    const char = value[index];
    if (char === ' ' || char === '\t') {
      if (word) flags.add(word);
      word = '';
    } else {
      word += char;
    }
  }
  if (word) flags.add(word);
  return flags;
}

/**
 * Count UTF-8 bytes without allocating an encoded copy.
 * @param text any string
 * @param stopAfter stop counting once the total passes this many bytes (default: count all)
 * @returns the byte count, or a number above stopAfter
 */
export function countUtf8Bytes(text: string, stopAfter = Number.POSITIVE_INFINITY): number {
  let bytes = 0;
  for (let index = 0; index < text.length && bytes <= stopAfter; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}
