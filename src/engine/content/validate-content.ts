import { parseLessonFile, type ParsedLesson } from './parse-lesson';
import { parseQuestionsFile, parseGlossaryFile, type LocatedQuestion, type LocatedGlossaryEntry } from './parse-questions';
import { contentError, type ContentError } from './errors';
import { AREA_IDS, type GlossaryEntry, type Question } from './types';

export interface SourceFile {
  /** Path relative to the project, e.g. "content/lessons/cpu-flags.md". */
  readonly file: string;
  readonly source: string;
}

export interface ContentInput {
  readonly lessons: readonly SourceFile[];
  readonly questions: readonly SourceFile[];
  readonly glossary: readonly SourceFile[];
  /** Whether a file exists, given a project-relative path. Injected so tests need no disk. */
  readonly fileExists: (path: string) => boolean;
}

export interface ValidatedContent {
  readonly lessons: readonly ParsedLesson[];
  readonly questions: readonly Question[];
  readonly glossary: readonly GlossaryEntry[];
  readonly errors: readonly ContentError[];
  /** Problems worth a look that do not fail the build (near-duplicate prompts). */
  readonly warnings: readonly ContentError[];
}

const REQUIRED_HEADINGS = ['what-you-will-be-able-to-do', 'summary', 'exercises'] as const;

function dirname(path: string): string {
  const cut = path.lastIndexOf('/');
  return cut < 0 ? '' : path.slice(0, cut);
}

function basenameWithoutExt(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.replace(/\.[^.]+$/, '');
}

function checkLessonShape(lesson: ParsedLesson, errors: ContentError[]): void {
  const { file, meta } = lesson;
  if (basenameWithoutExt(file) !== meta.id) errors.push(contentError(file, `id "${meta.id}" must equal the file name "${basenameWithoutExt(file)}"`, 2));
  for (const slug of REQUIRED_HEADINGS) {
    if (!lesson.slugs.has(slug)) errors.push(contentError(file, `missing the "## ${slug.replace(/-/g, ' ')}" section (see content/README.md)`));
  }
  if (lesson.callouts.examTips === 0) errors.push(contentError(file, 'needs at least one "> **Exam tip:**" callout'));
  if (lesson.callouts.mistakes === 0) errors.push(contentError(file, 'needs at least one "> **Common mistake:**" callout'));
  if (lesson.callouts.answers === 0) errors.push(contentError(file, 'the exercises need answers: "> **Answer:** ..." after each task'));
  for (const alt of lesson.imageAlts) {
    if (alt.target.trim().length < 10) errors.push(contentError(file, 'an image needs a text alternative that describes it (at least 10 characters)', alt.line));
  }
}

/** Resolves a lesson-to-lesson link ("other.md#slug") and reports what does not exist. */
function checkLinks(lesson: ParsedLesson, byId: ReadonlyMap<string, ParsedLesson>, errors: ContentError[]): void {
  for (const link of lesson.links) {
    const target = link.target;
    if (/^(https?:|mailto:)/.test(target)) continue;
    if (target.startsWith('#')) {
      if (!lesson.slugs.has(target.slice(1))) errors.push(contentError(lesson.file, `link to "${target}": no heading with that slug in this lesson`, link.line));
      continue;
    }
    const match = /^(?:\.\/)?([a-z0-9-]+)\.md(?:#(.+))?$/.exec(target);
    if (!match?.[1]) {
      errors.push(contentError(lesson.file, `link "${target}": expected "other-lesson.md#slug", "#slug" or an https:// address`, link.line));
      continue;
    }
    const other = byId.get(match[1]);
    if (!other) errors.push(contentError(lesson.file, `link "${target}": no lesson with id "${match[1]}"`, link.line));
    else if (match[2] && !other.slugs.has(match[2])) errors.push(contentError(lesson.file, `link "${target}": lesson "${match[1]}" has no heading with slug "${match[2]}"`, link.line));
  }
}

function checkImages(lesson: ParsedLesson, fileExists: (path: string) => boolean, errors: ContentError[]): void {
  for (const image of lesson.images) {
    if (/^[a-z]+:/i.test(image.target)) {
      errors.push(contentError(lesson.file, `image "${image.target}": images must be local files (nothing is loaded from the network)`, image.line));
      continue;
    }
    const path = `${dirname(lesson.file)}/${image.target.replace(/^\.\//, '')}`;
    if (!fileExists(path)) errors.push(contentError(lesson.file, `image "${image.target}" does not exist (looked for ${path})`, image.line));
  }
}

function checkReference(
  where: { file: string; line: number; label: string },
  lessonId: string,
  section: string,
  byId: ReadonlyMap<string, ParsedLesson>,
  errors: ContentError[],
): void {
  const lesson = byId.get(lessonId);
  if (!lesson) errors.push(contentError(where.file, `${where.label}.lesson: no lesson with id "${lessonId}"`, where.line));
  else if (!lesson.slugs.has(section)) errors.push(contentError(where.file, `${where.label}.section: lesson "${lessonId}" has no heading with slug "${section}"`, where.line));
}

function tokens(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[a-z0-9][a-z0-9_./-]*/g) ?? []);
}

/** Jaccard similarity of the word sets of two prompts (0..1). */
export function promptSimilarity(a: string, b: string): number {
  const left = tokens(a);
  const right = tokens(b);
  let shared = 0;
  for (const token of left) if (right.has(token)) shared += 1;
  const union = left.size + right.size - shared;
  return union === 0 ? 0 : shared / union;
}

function findNearDuplicates(questions: readonly LocatedQuestion[], threshold: number): ContentError[] {
  const warnings: ContentError[] = [];
  for (let i = 0; i < questions.length; i += 1) {
    for (let j = i + 1; j < questions.length; j += 1) {
      const a = questions[i]!;
      const b = questions[j]!;
      const similarity = promptSimilarity(a.question.prompt, b.question.prompt);
      if (similarity >= threshold) {
        warnings.push(contentError(a.file, `${a.question.id} and ${b.question.id} have near-duplicate prompts (similarity ${similarity.toFixed(2)})`, a.line));
      }
    }
  }
  return warnings;
}

function checkQuestions(located: readonly LocatedQuestion[], byId: ReadonlyMap<string, ParsedLesson>, errors: ContentError[]): void {
  const seen = new Map<string, LocatedQuestion>();
  for (const item of located) {
    const { question, file, line } = item;
    const previous = seen.get(question.id);
    if (previous) errors.push(contentError(file, `duplicate question id "${question.id}" (first used in ${previous.file}:${previous.line})`, line));
    seen.set(question.id, item);
    const fileArea = basenameWithoutExt(file);
    if ((AREA_IDS as readonly string[]).includes(fileArea) && fileArea !== question.area) {
      errors.push(contentError(file, `${question.id}.area: "${question.area}" in the file of area "${fileArea}"`, line));
    }
    checkReference({ file, line, label: question.id }, question.lesson, question.section, byId, errors);
  }
}

function checkGlossary(entries: readonly LocatedGlossaryEntry[], byId: ReadonlyMap<string, ParsedLesson>, errors: ContentError[]): void {
  const seen = new Set<string>();
  for (const { entry, file, line } of entries) {
    const key = entry.term.toLowerCase();
    if (seen.has(key)) errors.push(contentError(file, `duplicate glossary term "${entry.term}"`, line));
    seen.add(key);
    checkReference({ file, line, label: entry.term }, entry.lesson, entry.section, byId, errors);
  }
}

function parseLessons(files: readonly SourceFile[], errors: ContentError[]): ParsedLesson[] {
  const lessons: ParsedLesson[] = [];
  const ids = new Map<string, string>();
  const orders = new Map<number, string>();
  for (const { file, source } of files) {
    const result = parseLessonFile(file, source);
    errors.push(...result.errors);
    if (!result.lesson) continue;
    const { id, order } = result.lesson.meta;
    if (ids.has(id)) errors.push(contentError(file, `duplicate lesson id "${id}" (also in ${ids.get(id)})`, 2));
    if (orders.has(order)) errors.push(contentError(file, `duplicate order ${order} (also in ${orders.get(order)})`, 2));
    ids.set(id, file);
    orders.set(order, file);
    lessons.push(result.lesson);
  }
  return lessons.sort((a, b) => a.meta.order - b.meta.order);
}

/**
 * Parses and cross-checks all content: lessons, questions and glossary.
 * @param input the files and a way to test that referenced files exist
 * @param nearDuplicateThreshold prompt similarity (0..1) that is reported as a warning; default 0.8
 */
export function validateContent(input: ContentInput, nearDuplicateThreshold = 0.8): ValidatedContent {
  const errors: ContentError[] = [];
  const lessons = parseLessons(input.lessons, errors);
  const byId = new Map(lessons.map((lesson) => [lesson.meta.id as string, lesson]));
  for (const lesson of lessons) {
    checkLessonShape(lesson, errors);
    checkLinks(lesson, byId, errors);
    checkImages(lesson, input.fileExists, errors);
  }
  const located = input.questions.flatMap(({ file, source }) => {
    const result = parseQuestionsFile(file, source);
    errors.push(...result.errors);
    return result.questions;
  });
  checkQuestions(located, byId, errors);
  const glossary = input.glossary.flatMap(({ file, source }) => {
    const result = parseGlossaryFile(file, source);
    errors.push(...result.errors);
    return result.entries;
  });
  checkGlossary(glossary, byId, errors);
  return {
    lessons,
    questions: located.map((item) => item.question),
    glossary: glossary.map((item) => item.entry).sort((a, b) => a.term.localeCompare(b.term)),
    errors,
    warnings: findNearDuplicates(located, nearDuplicateThreshold),
  };
}
