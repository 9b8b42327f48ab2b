import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExport, MAX_IMPORT_CHARS, parseImport } from '../../../src/engine/progress/export-import';
import { mergeProgress } from '../../../src/engine/progress/merge';
import { persistedProgressSchema } from '../../../src/engine/progress/schema';
import { serializeProgress } from '../../../src/engine/progress/serialize';
import fixtureV1 from './fixtures/progress-v1.json';
import { sampleProgress, T0 } from './sample';

const EXPORTED_AT = T0 + 3_600_000;

function exportText(): string {
  return JSON.stringify(createExport(sampleProgress(), '0.1.0', EXPORTED_AT));
}

function errorOf(text: string): string {
  const result = parseImport(text);
  return result.ok ? 'ok' : result.error;
}

function withEnvelope(changes: Record<string, unknown>): string {
  return JSON.stringify({ ...JSON.parse(exportText()), ...changes });
}

describe('createExport and parseImport', () => {
  it('an export reads back as the same progress', () => {
    const result = parseImport(exportText());
    expect(result).toEqual({ ok: true, progress: sampleProgress(), appVersion: '0.1.0', exportedAt: EXPORTED_AT, schemaVersion: 2 });
  });

  it('the envelope names its format, schema, app version and date', () => {
    const envelope = createExport(sampleProgress(), '0.1.0', EXPORTED_AT);
    expect([envelope.format, envelope.schemaVersion, envelope.appVersion, envelope.exportedAt]).toEqual([
      'lpic3-virt-progress',
      2,
      '0.1.0',
      '2026-01-05T10:00:00.000Z',
    ]);
  });

  it('an export of version 1 progress is migrated', () => {
    const text = JSON.stringify({ format: 'lpic3-virt-progress', schemaVersion: 1, appVersion: '0.0.9', exportedAt: '2025-11-07T10:00:00.000Z', progress: fixtureV1 });
    const result = parseImport(text);
    expect(result.ok && [result.schemaVersion, result.progress.logs.length]).toEqual([1, 6]);
  });
});

describe('parseImport refuses bad files with a reason', () => {
  it('text that is not JSON', () => {
    expect(errorOf('{"format": ')).toMatch(/^file: not valid JSON \(/);
    expect(errorOf('')).toMatch(/^file: not valid JSON \(/);
  });

  it('JSON of another format', () => {
    expect(errorOf('{"format":"anki-collection"}')).toBe('file: not an lpic3-virt-progress export ("format" is "anki-collection")');
    expect(errorOf('[1,2,3]')).toBe('file: expected a progress export (a JSON object with "format": "lpic3-virt-progress")');
    expect(errorOf('{"cards":{}}')).toBe('file: not an lpic3-virt-progress export (it has no "format")');
  });

  it('a file from a newer version of the app', () => {
    expect(errorOf(withEnvelope({ schemaVersion: 3 }))).toBe(
      'file.schemaVersion: the file was made by a newer version of the app (schema 3); this app reads up to schema 2. Update the app, then import again',
    );
  });

  it('an envelope whose schema version contradicts its progress', () => {
    expect(errorOf(withEnvelope({ schemaVersion: 1 }))).toBe('file.schemaVersion: says 1 but file.progress.version is 2');
  });

  it('an invalid field, named with its full path', () => {
    const data = JSON.parse(exportText());
    data.progress.examHistory[0].percent = 140;
    expect(errorOf(JSON.stringify(data))).toBe('file.progress.examHistory[0].percent: expected number to be <=100, got 140');
  });

  it('a file over 20 MB, without parsing it', () => {
    expect(errorOf(' '.repeat(MAX_IMPORT_CHARS + 1))).toBe('file: 20.0 MB is larger than the 20 MB limit for a progress export');
  });

  it('deeply nested junk', () => {
    const nested = `${'['.repeat(1000)}${']'.repeat(1000)}`;
    expect(errorOf(`{"format":"lpic3-virt-progress","junk":${nested}}`)).toBe(
      'file.junk[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: nested deeper than 16 levels; expected progress data',
    );
    const extreme = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(parseImport(extreme).ok).toBe(false);
  });

  it('a "__proto__" key, without polluting Object.prototype', () => {
    const data = JSON.parse(exportText());
    const text = JSON.stringify(data).replace('"lessonsRead":{', '"lessonsRead":{"__proto__":{"polluted":"yes"},');
    expect(errorOf(text)).toBe('file.progress.lessonsRead.__proto__: the key "__proto__" is not allowed');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(errorOf('{"__proto__":{"polluted":"yes"},"format":"lpic3-virt-progress"}')).toBe('file.__proto__: the key "__proto__" is not allowed');
  });
});

describe('parseImport properties', () => {
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

  it('never throws and refuses arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(parseImport(text).ok).toBe(false);
      }),
      { numRuns: 500, seed: 305 },
    );
  });

  it('refuses arbitrary JSON values, including ones dressed up as exports', () => {
    const dressed = fc.record({ format: fc.constantFrom('lpic3-virt-progress', 'x'), schemaVersion: fc.jsonValue(), progress: fc.jsonValue() });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), dressed), (value) => {
        expect(parseImport(JSON.stringify(value) ?? 'null').ok).toBe(false);
      }),
      { numRuns: 500, seed: 305 },
    );
  });

  it('a valid export with one field replaced by junk never throws, and what it accepts is valid', () => {
    const original = JSON.parse(exportText());
    const paths: (string | number)[][] = [];
    const collect = (value: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (typeof value === 'object' && value !== null) {
        for (const [key, child] of Object.entries(value)) collect(child, [...path, Array.isArray(value) ? Number(key) : key]);
      }
    };
    collect(original, []);
    const current = sampleProgress();
    const snapshot = structuredClone(current);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((path) => path.length > 0)), fc.oneof(fc.jsonValue(), fc.constant(undefined)), (path, junk) => {
        const copy = structuredClone(original);
        let parent = copy;
        for (const key of path.slice(0, -1)) parent = parent[key];
        parent[path.at(-1) as string] = junk;
        const result = parseImport(JSON.stringify(copy));
        if (result.ok) {
          expect(persistedProgressSchema.safeParse(serializeProgress(result.progress)).success).toBe(true);
          mergeProgress(current, result.progress);
        }
        expect(current).toEqual(snapshot);
      }),
      { numRuns: 1000, seed: 305 },
    );
  });

  it('no input adds anything to Object.prototype', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'format', 'progress'), fc.jsonValue()), (value) => {
        parseImport(JSON.stringify(value).replace('"format"', '"__proto__"'));
      }),
      { numRuns: 300, seed: 305 },
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
