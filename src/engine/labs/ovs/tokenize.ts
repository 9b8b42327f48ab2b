/** The words of a command line, or why they could not be read. */
export type TokenizeResult =
  | { readonly ok: true; readonly words: readonly string[] }
  | { readonly ok: false; readonly message: string };

/**
 * Split a command line into words as a POSIX shell would for simple commands: blanks
 * separate words, single quotes keep text literally, double quotes allow `\"` and `\\`,
 * and a backslash outside quotes escapes the next character.
 * @param line one command line
 * @returns the words, or an error for an unterminated quote
 */
export function tokenize(line: string): TokenizeResult {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index] ?? '';
    if (quote === "'") {
      if (char === "'") quote = null;
      else word += char;
    } else if (quote === '"') {
      if (char === '"') quote = null;
      else if (char === '\\' && (line[index + 1] === '"' || line[index + 1] === '\\')) {
        index += 1;
        word += line[index];
      } else word += char;
    } else if (char === ' ' || char === '\t') {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      inWord = true;
      if (char === "'" || char === '"') quote = char;
      else if (char === '\\' && index + 1 < line.length) {
        index += 1;
        word += line[index];
      } else word += char;
    }
  }
  if (quote) return { ok: false, message: `sandbox: unterminated ${quote === '"' ? 'double' : 'single'} quote` };
  if (inWord) words.push(word);
  return { ok: true, words };
}
