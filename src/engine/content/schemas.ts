import { z } from 'zod';
import { AREA_IDS } from './types';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Front matter of a lesson file; unknown keys are an error so typos surface. */
export const lessonFrontMatterSchema = z.strictObject({
  id: z.string().regex(kebab, 'expected a kebab-case id'),
  title: z.string().min(3),
  area: z.enum(AREA_IDS),
  order: z.number().int().positive(),
  summary: z.string().min(10),
});
export type LessonFrontMatter = z.infer<typeof lessonFrontMatterSchema>;

const optionSchema = z.strictObject({
  text: z.string().min(1),
  correct: z.boolean().optional(),
});

const questionBase = {
  id: z.string().regex(kebab, 'expected a kebab-case id'),
  area: z.enum(AREA_IDS),
  lesson: z.string().regex(kebab, 'expected a lesson id'),
  section: z.string().min(1),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  prompt: z.string().min(10),
  explanation: z.string().min(20),
};

const choiceQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.enum(['single', 'multiple']),
  options: z.array(optionSchema),
  fixed_order: z.boolean().optional(),
});

const fillQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('fill'),
  answers: z.array(z.union([z.string().min(1), z.number()])).min(1, 'expected at least 1 accepted answer'),
  case_sensitive: z.boolean().optional(),
});

/** One question as written in `content/questions/*.yaml`. */
export const rawQuestionSchema = z.discriminatedUnion('type', [choiceQuestionSchema, fillQuestionSchema]);
export type RawQuestion = z.infer<typeof rawQuestionSchema>;

/** One glossary entry as written in `content/glossary.yaml`. */
export const rawGlossarySchema = z.strictObject({
  term: z.string().min(1),
  definition: z.string().min(10),
  lesson: z.string().regex(kebab),
  section: z.string().min(1),
});

/**
 * Formats a zod issue list as "field: message" lines.
 * @param prefix the text before each field path, e.g. "q-p2v-07"
 * @param error the zod error
 */
export function describeZodError(prefix: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const where = path ? `${prefix}.${path}` : prefix;
    return `${where}: ${issue.message}`;
  });
}
