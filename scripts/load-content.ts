import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { validateContent, type SourceFile, type ValidatedContent } from '../src/engine/content/validate-content';

function readDir(root: string, dir: string, extension: string): SourceFile[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => ({ file: `${dir}/${name}`, source: readFileSync(join(full, name), 'utf8') }));
}

/**
 * Reads every content file under `<root>/content` and validates it.
 * @param root the project folder (or a fixture folder with the same layout)
 */
export function loadContent(root: string): ValidatedContent {
  const glossaryFile = 'content/glossary.yaml';
  const glossary = existsSync(join(root, glossaryFile))
    ? [{ file: glossaryFile, source: readFileSync(join(root, glossaryFile), 'utf8') }]
    : [];
  return validateContent({
    lessons: readDir(root, 'content/lessons', '.md'),
    questions: readDir(root, 'content/questions', '.yaml'),
    glossary: [...glossary, ...readDir(root, 'content/glossary', '.yaml')],
    fileExists: (path) => existsSync(join(root, path)),
  });
}

/** Lists every content file, for the dev server to watch. */
export function contentFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(join(root, 'content'));
  return files.map((file) => relative(root, file));
}
