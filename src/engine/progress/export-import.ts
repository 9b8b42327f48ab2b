import { z } from '../validation/zod';
import { formatZodError } from './format-issues';
import { findUnsafeStructure } from './guard-json';
import { parseScannedProgress } from './parse';
import { isoDateTimeSchema, type PersistedProgress } from './schema';
import { serializeProgress } from './serialize';
import { PROGRESS_VERSION, type Progress } from './types';

/** The `format` marker of an export file. */
export const EXPORT_FORMAT = 'lpic3-virt-progress';
/** Largest import accepted, in characters (20 MiB; a 10,000-card history is about 5). */
export const MAX_IMPORT_CHARS = 20 * 1024 * 1024;

/** A progress backup file. */
export interface ExportEnvelope {
  readonly format: typeof EXPORT_FORMAT;
  readonly schemaVersion: number;
  readonly appVersion: string;
  /** ISO 8601. */
  readonly exportedAt: string;
  readonly progress: PersistedProgress;
}

/** A readable import, or why it was refused. */
export type ImportResult =
  | {
      readonly ok: true;
      readonly progress: Progress;
      readonly appVersion: string;
      /** Epoch ms. */
      readonly exportedAt: number;
      readonly schemaVersion: number;
    }
  | { readonly ok: false; readonly error: string };

const envelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  schemaVersion: z.int().check(z.minimum(1)),
  appVersion: z.string().check(z.maxLength(100)),
  exportedAt: isoDateTimeSchema,
  progress: z.unknown(),
});

/**
 * Wraps progress for download (the caller does JSON.stringify and names the file).
 * @param progress the learner's progress
 * @param appVersion the app's version, e.g. "0.1.0"
 * @param now epoch ms, recorded as exportedAt
 */
export function createExport(progress: Progress, appVersion: string, now: number): ExportEnvelope {
  return {
    format: EXPORT_FORMAT,
    schemaVersion: PROGRESS_VERSION,
    appVersion,
    exportedAt: new Date(now).toISOString(),
    progress: serializeProgress(progress),
  };
}

function refuse(error: string): ImportResult {
  return { ok: false, error };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error: `file: not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
}

function checkEnvelope(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `file: expected a progress export (a JSON object with "format": "${EXPORT_FORMAT}")`;
  }
  const format: unknown = (value as Record<string, unknown>).format;
  if (format !== EXPORT_FORMAT) {
    const found = typeof format === 'string' ? `"format" is ${JSON.stringify(format.slice(0, 60))}` : 'it has no "format"';
    return `file: not an ${EXPORT_FORMAT} export (${found})`;
  }
  const version: unknown = (value as Record<string, unknown>).schemaVersion;
  if (typeof version === 'number' && version > PROGRESS_VERSION) {
    return `file.schemaVersion: the file was made by a newer version of the app (schema ${version}); this app reads up to schema ${PROGRESS_VERSION}. Update the app, then import again`;
  }
  const parsed = envelopeSchema.safeParse(value, { reportInput: true });
  return parsed.success ? null : formatZodError(parsed.error, 'file');
}

/**
 * Reads an export file. Refuses, with a message saying what is wrong: more than
 * MAX_IMPORT_CHARS (20 MiB), non-JSON, another format, a newer schema, "__proto__" keys,
 * nesting deeper than 16, and invalid fields. Older schemas are migrated. Never throws and
 * never modifies anything: merging or replacing is the caller's choice.
 * @param text the file's content
 */
export function parseImport(text: string): ImportResult {
  try {
    if (typeof text !== 'string') return refuse('file: expected text');
    if (text.length > MAX_IMPORT_CHARS) {
      return refuse(`file: ${(text.length / 1024 / 1024).toFixed(1)} MB is larger than the 20 MB limit for a progress export`);
    }
    const json = parseJson(text);
    if (!json.ok) return refuse(json.error);
    const unsafe = findUnsafeStructure(json.value, 'file');
    if (unsafe !== null) return refuse(unsafe);
    const invalidEnvelope = checkEnvelope(json.value);
    if (invalidEnvelope !== null) return refuse(invalidEnvelope);
    const envelope = json.value as z.infer<typeof envelopeSchema>;
    const result = parseScannedProgress(envelope.progress, 'file.progress');
    if (!result.ok) return refuse(result.error);
    if (result.fromVersion !== envelope.schemaVersion) {
      return refuse(`file.schemaVersion: says ${envelope.schemaVersion} but file.progress.version is ${result.fromVersion}`);
    }
    return {
      ok: true,
      progress: result.progress,
      appVersion: envelope.appVersion,
      exportedAt: Date.parse(envelope.exportedAt),
      schemaVersion: envelope.schemaVersion,
    };
  } catch (error) {
    return refuse(`file: could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
}
