import { LineCounter, parseDocument, isSeq, type Node as YamlNode } from 'yaml';
import { rawQuestionSchema, rawGlossarySchema, describeZodError, type RawQuestion } from './schemas';
import { contentError, type ContentError } from './errors';
import type { GlossaryEntry, LessonId, Question, QuestionId } from './types';
import { statedChoiceCount } from './choice-count';

export interface LocatedQuestion {
  readonly question: Question;
  readonly file: string;
  readonly line: number;
}

export interface LocatedGlossaryEntry {
  readonly entry: GlossaryEntry;
  readonly file: string;
  readonly line: number;
}

function checkChoiceRules(raw: RawQuestion, where: string): string[] {
  if (raw.type === 'fill') return [];
  const correct = raw.options.filter((option) => option.correct === true).length;
  const problems: string[] = [];
  if (raw.type === 'single') {
    if (raw.options.length < 3) problems.push(`${where}.options: a single-answer question needs at least 3 options, got ${raw.options.length}`);
    if (correct !== 1) problems.push(`${where}.options: a single-answer question needs exactly 1 correct option, got ${correct}`);
  } else {
    if (raw.options.length < 4) problems.push(`${where}.options: a multiple-answer question needs at least 4 options, got ${raw.options.length}`);
    if (correct < 2) problems.push(`${where}.options: a multiple-answer question needs at least 2 correct options, got ${correct}`);
    const stated = statedChoiceCount(raw.prompt);
    if (stated === null) problems.push(`${where}.prompt: a multiple-answer prompt must say how many to choose ("Choose TWO.")`);
    else if (stated !== correct) problems.push(`${where}.prompt: says choose ${stated} but ${correct} options are correct`);
  }
  const texts = raw.options.map((option) => option.text.trim().toLowerCase());
  if (new Set(texts).size !== texts.length) problems.push(`${where}.options: two options have the same text`);
  return problems;
}

function toQuestion(raw: RawQuestion): Question {
  const base = {
    id: raw.id as QuestionId,
    area: raw.area,
    lesson: raw.lesson as LessonId,
    section: raw.section,
    difficulty: raw.difficulty,
    prompt: raw.prompt.trim(),
    explanation: raw.explanation.trim(),
  };
  if (raw.type === 'fill') {
    return { ...base, type: 'fill', answers: raw.answers.map(String), caseSensitive: raw.case_sensitive ?? false };
  }
  return {
    ...base,
    type: raw.type,
    options: raw.options.map((option) => ({ text: option.text.trim(), correct: option.correct === true })),
    fixedOrder: raw.fixed_order ?? false,
  };
}

function readYamlList(file: string, source: string, errors: ContentError[]) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  for (const error of doc.errors) {
    const line = lineCounter.linePos(error.pos[0]).line;
    errors.push(contentError(file, `invalid YAML: ${error.message.split('\n')[0]}`, line));
  }
  if (doc.errors.length > 0) return [];
  if (!isSeq(doc.contents)) {
    errors.push(contentError(file, 'expected a YAML list at the top level', 1));
    return [];
  }
  return doc.contents.items.map((item) => {
    const node = item as YamlNode;
    const line = node.range ? lineCounter.linePos(node.range[0]).line : 1;
    return { value: node.toJSON() as unknown, line };
  });
}

/**
 * Parses and checks one question file (a YAML list of questions).
 * @param file path relative to the project, used in messages
 * @param source the file's text
 */
export function parseQuestionsFile(file: string, source: string): { questions: LocatedQuestion[]; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const questions: LocatedQuestion[] = [];
  readYamlList(file, source, errors).forEach(({ value, line }, index) => {
    const id = typeof value === 'object' && value && 'id' in value ? String((value as { id: unknown }).id) : `#${index + 1}`;
    const parsed = rawQuestionSchema.safeParse(value);
    if (!parsed.success) {
      for (const message of describeZodError(id, parsed.error)) errors.push(contentError(file, message, line));
      return;
    }
    const problems = checkChoiceRules(parsed.data, id);
    for (const message of problems) errors.push(contentError(file, message, line));
    if (problems.length === 0) questions.push({ question: toQuestion(parsed.data), file, line });
  });
  return { questions, errors };
}

/**
 * Parses one glossary file (a YAML list of terms).
 * @param file path relative to the project, used in messages
 * @param source the file's text
 */
export function parseGlossaryFile(file: string, source: string): { entries: LocatedGlossaryEntry[]; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const entries: LocatedGlossaryEntry[] = [];
  readYamlList(file, source, errors).forEach(({ value, line }, index) => {
    const parsed = rawGlossarySchema.safeParse(value);
    if (!parsed.success) {
      const term = typeof value === 'object' && value && 'term' in value ? String((value as { term: unknown }).term) : `#${index + 1}`;
      for (const message of describeZodError(term, parsed.error)) errors.push(contentError(file, message, line));
      return;
    }
    const { term, definition, lesson, section } = parsed.data;
    entries.push({ entry: { term, definition: definition.trim(), lesson: lesson as LessonId, section }, file, line });
  });
  return { entries, errors };
}
