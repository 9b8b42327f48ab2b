import { lessons, loaders } from 'virtual:content/lessons';
import type { LessonBody, SearchDocument } from '../engine/content/lesson-body';
import type { GlossaryEntry, LessonId, LessonMeta, Question } from '../engine/content/types';

/** Every lesson's metadata, in syllabus order. Small: bodies load on demand. */
export const lessonList: readonly LessonMeta[] = lessons;

const byId = new Map(lessons.map((lesson) => [lesson.id as string, lesson]));

/** The lesson with this id, or undefined. */
export function findLesson(id: string): LessonMeta | undefined {
  return byId.get(id);
}

/** The lessons before and after this one in syllabus order. */
export function neighbours(id: LessonId): { previous?: LessonMeta; next?: LessonMeta } {
  const index = lessons.findIndex((lesson) => lesson.id === id);
  const previous = index > 0 ? lessons[index - 1] : undefined;
  const next = index >= 0 ? lessons[index + 1] : undefined;
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/** Loads one lesson's Markdown and figure URLs (its own chunk). */
export async function loadLessonBody(id: string): Promise<LessonBody> {
  const load = loaders[id];
  if (!load) throw new Error(`No lesson with id "${id}"`);
  return (await load()).default;
}

/** Loads the question bank (one chunk, shared by practice, review and exam). */
export async function loadQuestionBank(): Promise<readonly Question[]> {
  return (await import('virtual:content/questions')).default;
}

/** Loads the glossary. */
export async function loadGlossary(): Promise<readonly GlossaryEntry[]> {
  return (await import('virtual:content/glossary')).default;
}

/** Loads the lesson sections that the search indexes. */
export async function loadSearchDocuments(): Promise<readonly SearchDocument[]> {
  return (await import('virtual:content/search')).default;
}
