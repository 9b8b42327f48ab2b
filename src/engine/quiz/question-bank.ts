import type { Question, QuestionId } from '../content/types';

/** Anything that finds a question by id; a `ReadonlyMap<QuestionId, Question>` is one. */
export interface QuestionLookup {
  get(id: QuestionId): Question | undefined;
}

/**
 * Drop repeated ids, keeping the first question with each id, so that no session or exam
 * can show the same question twice even if the bank was assembled carelessly.
 * @param bank the questions, in bank order
 * @returns the questions with unique ids, in bank order
 */
export function uniqueQuestions(bank: readonly Question[]): Question[] {
  return filterUniqueQuestions(bank, () => true);
}

/**
 * Keep the questions that pass a test, each id once (the first question with an id is the
 * one tested), in one pass over the bank.
 * @param bank the questions, in bank order
 * @param keep the test a question must pass
 * @returns the kept questions, in bank order
 */
export function filterUniqueQuestions(bank: readonly Question[], keep: (question: Question) => boolean): Question[] {
  const seen = new Set<QuestionId>();
  const kept: Question[] = [];
  for (const question of bank) {
    if (seen.has(question.id)) continue;
    seen.add(question.id);
    if (keep(question)) kept.push(question);
  }
  return kept;
}

/**
 * Index a bank by question id (the first question wins when ids repeat).
 * @param bank the questions
 * @returns a map from id to question, usable wherever a `QuestionLookup` is expected
 */
export function indexQuestions(bank: readonly Question[]): ReadonlyMap<QuestionId, Question> {
  const byId = new Map<QuestionId, Question>();
  for (const question of bank) {
    if (!byId.has(question.id)) byId.set(question.id, question);
  }
  return byId;
}
