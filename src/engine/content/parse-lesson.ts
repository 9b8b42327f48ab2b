import { parse as parseYaml, YAMLParseError } from 'yaml';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmSubsetFromMarkdown, gfmSubsetSyntax } from './gfm-subset';
import { toString as mdastToString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import GithubSlugger from 'github-slugger';
import type { Root, RootContent, Heading } from 'mdast';
import type { Root as HastRoot } from 'hast';
import { compileLessonTree } from './compile-lesson';
import { lessonFrontMatterSchema, describeZodError } from './schemas';
import { contentError, type ContentError } from './errors';
import type { LessonHeading, LessonId, LessonMeta } from './types';

/** Prose words read per minute, and words of code read per minute (code is read slowly). */
const PROSE_WPM = 200;
const CODE_WPM = 100;

export interface LocatedRef {
  readonly target: string;
  readonly line: number;
}

/** The plain text of one `##`/`###` section, used for search and checks. */
export interface LessonSection {
  readonly slug: string;
  readonly heading: string;
  readonly text: string;
}

export interface ParsedLesson {
  readonly file: string;
  readonly meta: LessonMeta;
  /** Every heading slug in the document (all depths), computed as GitHub does. */
  readonly slugs: ReadonlySet<string>;
  /** Body line of each heading -> its slug. */
  readonly headingIds: Readonly<Record<number, string>>;
  /** The body as an HTML syntax tree with heading ids, for the browser to render as is. */
  readonly tree: HastRoot;
  readonly links: readonly LocatedRef[];
  readonly images: readonly LocatedRef[];
  readonly imageAlts: readonly LocatedRef[];
  readonly sections: readonly LessonSection[];
  readonly callouts: { readonly examTips: number; readonly mistakes: number; readonly answers: number };
  readonly proseWords: number;
}

interface FrontMatterSplit {
  readonly yaml: string;
  readonly body: string;
  /** Lines before the body starts (front matter and its fences). */
  readonly bodyLineOffset: number;
}

function splitFrontMatter(source: string): FrontMatterSplit | null {
  const text = source.replace(/\r\n/g, '\n');
  if (!text.startsWith('---\n')) return null;
  const end = text.indexOf('\n---\n', 3);
  if (end < 0) return null;
  const yaml = text.slice(4, end + 1);
  const body = text.slice(end + 5);
  const bodyLineOffset = yaml.split('\n').length + 1;
  return { yaml, body, bodyLineOffset };
}

/** Label of a callout block quote: the text of a leading `**Label:**`, if any. */
export function calloutLabel(node: RootContent): string | null {
  if (node.type !== 'blockquote') return null;
  const first = node.children[0];
  if (!first || first.type !== 'paragraph') return null;
  const strong = first.children[0];
  if (!strong || strong.type !== 'strong') return null;
  return mdastToString(strong).trim().replace(/:$/, '').toLowerCase();
}

function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’_./-]*/gu);
  return matches ? matches.length : 0;
}

const BLOCK_CONTAINERS = new Set(['list', 'listItem', 'blockquote', 'table', 'tableRow', 'tableCell']);

/** The plain text of a block, with a space between list items and table cells (for search). */
function blockText(node: RootContent): string {
  if (BLOCK_CONTAINERS.has(node.type) && 'children' in node) {
    return (node.children as RootContent[]).map(blockText).join(' ');
  }
  return mdastToString(node);
}

function collectSections(tree: Root, slugOf: Map<Heading, string>): LessonSection[] {
  const sections: LessonSection[] = [];
  let current: { slug: string; heading: string; parts: string[] } = { slug: '', heading: '', parts: [] };
  const flush = () => {
    if (current.parts.length > 0 || current.slug) {
      sections.push({ slug: current.slug, heading: current.heading, text: current.parts.join('\n') });
    }
  };
  for (const node of tree.children) {
    if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
      flush();
      current = { slug: slugOf.get(node) ?? '', heading: mdastToString(node), parts: [] };
    } else if (node.type === 'code') {
      current.parts.push(node.value);
    } else {
      current.parts.push(blockText(node));
    }
  }
  flush();
  return sections;
}

function measureWords(tree: Root): { prose: number; code: number } {
  let prose = 0;
  let code = 0;
  for (const node of tree.children) {
    if (node.type === 'code') code += countWords(node.value);
    else prose += countWords(mdastToString(node));
  }
  return { prose, code };
}

function parseFrontMatter(file: string, split: FrontMatterSplit, errors: ContentError[]) {
  let data: unknown;
  try {
    data = parseYaml(split.yaml);
  } catch (error) {
    const line = error instanceof YAMLParseError ? (error.linePos?.[0]?.line ?? 0) + 1 : undefined;
    errors.push(contentError(file, `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`, line));
    return null;
  }
  const result = lessonFrontMatterSchema.safeParse(data);
  if (!result.success) {
    for (const message of describeZodError('front matter', result.error)) errors.push(contentError(file, message, 2));
    return null;
  }
  return result.data;
}

/**
 * Parses one lesson file: front matter, headings and their slugs, links, images, callouts.
 * @param file path relative to the project, used in messages (e.g. "content/lessons/p2v.md")
 * @param source the whole file
 */
export function parseLessonFile(file: string, source: string): { lesson: ParsedLesson | null; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const split = splitFrontMatter(source);
  if (!split) {
    return { lesson: null, errors: [contentError(file, 'missing front matter: the file must start with a --- fenced YAML block', 1)] };
  }
  const front = parseFrontMatter(file, split, errors);
  const tree = fromMarkdown(split.body, { extensions: gfmSubsetSyntax(), mdastExtensions: gfmSubsetFromMarkdown() });
  const lineOf = (node: { position?: { start: { line: number } } }) => (node.position?.start.line ?? 1) + split.bodyLineOffset;

  const slugger = new GithubSlugger();
  const slugs = new Set<string>();
  const slugOf = new Map<Heading, string>();
  const headingIds: Record<number, string> = {};
  const headings: LessonHeading[] = [];
  const links: LocatedRef[] = [];
  const images: LocatedRef[] = [];
  const imageAlts: LocatedRef[] = [];
  visit(tree, (node) => {
    if (node.type === 'heading') {
      const text = mdastToString(node);
      const slug = slugger.slug(text);
      slugs.add(slug);
      slugOf.set(node, slug);
      if (node.position) headingIds[node.position.start.line] = slug;
      if (node.depth === 2 || node.depth === 3) headings.push({ depth: node.depth, text, slug });
      if (node.depth === 1) errors.push(contentError(file, 'use ## and ### headings; the title comes from the front matter', lineOf(node)));
    } else if (node.type === 'link') {
      links.push({ target: node.url, line: lineOf(node) });
    } else if (node.type === 'image') {
      images.push({ target: node.url, line: lineOf(node) });
      imageAlts.push({ target: node.alt ?? '', line: lineOf(node) });
    } else if (node.type === 'table') {
      const header = node.children[0];
      if (header?.children.some((cell) => mdastToString(cell).trim() === '')) {
        errors.push(contentError(file, 'a table header cell is empty; give every column a name (screen readers announce it)', lineOf(node)));
      }
    } else if (node.type === 'html') {
      errors.push(contentError(file, 'raw HTML is not rendered; use Markdown instead', lineOf(node)));
    }
  });

  const callouts = { examTips: 0, mistakes: 0, answers: 0 };
  visit(tree, 'blockquote', (node) => {
    const label = calloutLabel(node);
    if (label === 'exam tip') callouts.examTips += 1;
    else if (label === 'common mistake') callouts.mistakes += 1;
    else if (label === 'answer') callouts.answers += 1;
  });

  if (!front) return { lesson: null, errors };
  const words = measureWords(tree);
  const meta: LessonMeta = {
    id: front.id as LessonId,
    title: front.title,
    area: front.area,
    order: front.order,
    summary: front.summary,
    words: words.prose,
    readingMinutes: Math.max(1, Math.round(words.prose / PROSE_WPM + words.code / CODE_WPM)),
    headings,
  };
  const lesson: ParsedLesson = {
    file,
    meta,
    slugs,
    headingIds,
    tree: compileLessonTree(tree, headingIds),
    links,
    images,
    imageAlts,
    sections: collectSections(tree, slugOf),
    callouts,
    proseWords: words.prose,
  };
  return { lesson, errors };
}
