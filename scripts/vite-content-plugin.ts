import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadContent } from './load-content';
import { formatContentError } from '../src/engine/content/errors';
import type { ValidatedContent } from '../src/engine/content/validate-content';
import type { ParsedLesson } from '../src/engine/content/parse-lesson';

const PREFIX = 'virtual:content/';
const RESOLVED = `\0${PREFIX}`;

function lessonModule(root: string, lesson: ParsedLesson): string {
  const imports: string[] = [];
  const figures: string[] = [];
  lesson.images.forEach((image, index) => {
    const path = resolve(root, 'content/lessons', image.target.replace(/^\.\//, ''));
    imports.push(`import figure${index} from ${JSON.stringify(`${path}?url`)};`);
    figures.push(`${JSON.stringify(image.target)}: figure${index}`);
  });
  return [
    ...imports,
    `export default { id: ${JSON.stringify(lesson.meta.id)}, tree: JSON.parse(${JSON.stringify(JSON.stringify(lesson.tree))}), figures: { ${figures.join(', ')} } };`,
  ].join('\n');
}

function lessonsIndexModule(content: ValidatedContent): string {
  const metas = content.lessons.map((lesson) => lesson.meta);
  const loaders = content.lessons.map(
    (lesson) => `${JSON.stringify(lesson.meta.id)}: () => import(${JSON.stringify(`${PREFIX}lesson/${lesson.meta.id}`)})`,
  );
  return `export const lessons = ${JSON.stringify(metas)};\nexport const loaders = { ${loaders.join(',\n')} };`;
}

function searchModule(content: ValidatedContent): string {
  const documents = content.lessons.flatMap((lesson) =>
    lesson.sections.map((section) => ({
      id: `${lesson.meta.id}#${section.slug}`,
      lesson: lesson.meta.id,
      lessonTitle: lesson.meta.title,
      slug: section.slug,
      heading: section.heading || lesson.meta.title,
      text: section.text,
    })),
  );
  return `export default ${JSON.stringify(documents)};`;
}

/**
 * Validates `content/` and serves it as typed virtual modules:
 * `virtual:content/lessons` (metadata and lazy loaders), `virtual:content/lesson/<id>`
 * (one chunk per lesson), `virtual:content/questions`, `virtual:content/glossary` and
 * `virtual:content/search`. Broken content fails the build with every problem listed.
 * @param root the project folder; default the current directory
 */
export function contentPlugin(root = process.cwd()): Plugin {
  let cache: ValidatedContent | null = null;
  const content = () => (cache ??= loadContent(root));
  const failIfBroken = (fail: (message: string) => never) => {
    const { errors } = content();
    if (errors.length > 0) fail(`content has ${errors.length} problem(s):\n${errors.map(formatContentError).join('\n')}`);
  };
  let isBuild = false;
  return {
    name: 'lpic3-content',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    buildStart() {
      cache = null;
      this.addWatchFile(resolve(root, 'content'));
      // A build fails at once; the dev server and tests fail only where content is imported.
      if (isBuild) failIfBroken((message) => this.error(message));
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      failIfBroken((message) => this.error(message));
      const name = id.slice(RESOLVED.length);
      const data = content();
      if (name === 'lessons') return lessonsIndexModule(data);
      if (name === 'questions') return `export default ${JSON.stringify(data.questions)};`;
      if (name === 'glossary') return `export default ${JSON.stringify(data.glossary)};`;
      if (name === 'search') return searchModule(data);
      const lesson = data.lessons.find((item) => `lesson/${item.meta.id}` === name);
      if (lesson) return lessonModule(root, lesson);
      this.error(`unknown content module "${name}"`);
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(resolve(root, 'content'))) return;
      cache = null;
      for (const module of server.moduleGraph.idToModuleMap.values()) {
        if (module.id?.startsWith(RESOLVED)) server.moduleGraph.invalidateModule(module);
      }
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
