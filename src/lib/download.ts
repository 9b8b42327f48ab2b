/**
 * Offers text to the learner as a file download. Nothing leaves the machine.
 * @param filename the suggested file name
 * @param text the file's content
 * @param type the MIME type; default application/json
 */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Largest file the app will read, so a wrong pick cannot freeze the tab. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/**
 * Reads a file the learner picked, refusing anything larger than the limit.
 * @param file the picked file
 * @param maxBytes the limit; default MAX_UPLOAD_BYTES
 */
export async function readPickedFile(file: File, maxBytes = MAX_UPLOAD_BYTES): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  if (file.size > maxBytes) {
    return { ok: false, error: `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; a progress file is at most ${maxBytes / 1024 / 1024} MB.` };
  }
  try {
    return { ok: true, text: await file.text() };
  } catch (error) {
    return { ok: false, error: `${file.name} could not be read (${error instanceof Error ? error.message : String(error)}).` };
  }
}
