/** A problem found in a content file, located as precisely as the parser allows. */
export interface ContentError {
  readonly file: string;
  /** 1-based line number, when known. */
  readonly line?: number;
  readonly message: string;
}

/**
 * Formats an error the way compilers do: "file:line: message".
 * @param error the content error
 */
export function formatContentError(error: ContentError): string {
  const where = error.line === undefined ? error.file : `${error.file}:${error.line}`;
  return `${where}: ${error.message}`;
}

/**
 * Builds a ContentError, leaving out the line when it is unknown.
 * @param file path of the content file, relative to the project
 * @param message what is wrong and what was expected
 * @param line 1-based line number, if known
 */
export function contentError(file: string, message: string, line?: number): ContentError {
  return line === undefined ? { file, message } : { file, line, message };
}
