import { bench, describe } from 'vitest';
import { AREA_IDS, type Difficulty, type LessonId, type Question, type QuestionId } from '../src/engine/content/types';
import { buildExam } from '../src/engine/exam/build-exam';
import { answerExamQuestion, submitExam } from '../src/engine/exam/exam-state';
import { scoreExam } from '../src/engine/exam/score-exam';
import { buildSession, type QuestionHistory } from '../src/engine/quiz/build-session';
import { gradeAnswer, type AnswerResponse } from '../src/engine/quiz/grade';
import { indexQuestions } from '../src/engine/quiz/question-bank';
import { createRng, drawIndex } from '../src/engine/quiz/rng';
import { summarizeSession } from '../src/engine/quiz/summarize';

const START = 1_767_258_000_000; // 2026-01-01T09:00:00Z

/** 10,000 questions spread unevenly over the ten areas, a third of each format. */
function generateBank(size: number): Question[] {
  return Array.from({ length: size }, (_, n): Question => {
    const area = AREA_IDS[(n * 7 + (n % 13)) % AREA_IDS.length] ?? 'terminology';
    const base = {
      id: `q-${n}` as QuestionId,
      area,
      lesson: area as unknown as LessonId,
      section: 'section',
      difficulty: ((n % 3) + 1) as Difficulty,
      prompt: `Question ${n}: which statement about ${area} is true?`,
      explanation: `Because of reason ${n}.`,
    };
    if (n % 3 === 2) return { ...base, type: 'fill', answers: [`answer-${n}`, `Answer ${n}`], caseSensitive: n % 2 === 0 };
    return {
      ...base,
      type: n % 3 === 0 ? 'single' : 'multiple',
      fixedOrder: n % 17 === 0,
      options: Array.from({ length: 5 }, (_, index) => ({ text: `option ${index}`, correct: n % 3 === 0 ? index === 1 : index < 2 })),
    };
  });
}

const BANK = generateBank(10_000);
const LOOKUP = indexQuestions(BANK);
/** Every other question answered before; a third of those last answered wrongly. */
const HISTORY: QuestionHistory = new Map(
  BANK.filter((_, n) => n % 2 === 0).map((question, n) => [question.id, { seen: 1 + (n % 4), lastCorrect: n % 3 !== 0 }]),
);

/** 1,000 answers, about half of them right, with typing noise on the fill answers. */
const ANSWERS: readonly { readonly question: Question; readonly response: AnswerResponse }[] = (() => {
  const rng = createRng(1000);
  return Array.from({ length: 1_000 }, () => {
    const question = BANK[drawIndex(rng, BANK.length)] as Question;
    const right = rng() < 0.5;
    if (question.type === 'fill') {
      return { question, response: { kind: 'fill', text: right ? `  "${question.answers[0] ?? ''}"  ` : 'a wrong  answer' } as const };
    }
    return { question, response: { kind: 'choice', selected: right ? [1] : [0, 3] } as const };
  });
})();

const RESULTS = ANSWERS.map(({ question, response }, n) => gradeAnswer(question, response, 1_000 + n));

describe('practice sessions over 10,000 questions', () => {
  let seed = 0;
  bench('buildSession: 20 questions, no filter', () => {
    buildSession(BANK, {}, 20, (seed += 1));
  });
  bench('buildSession: 60 questions, no filter', () => {
    buildSession(BANK, {}, 60, (seed += 1));
  });
  bench('buildSession: 20 questions, two areas, only wrong (history of 5,000)', () => {
    buildSession(BANK, { areas: ['cpu-flags', 'p2v'], onlyWrong: true }, 20, (seed += 1), HISTORY);
  });
});

describe('grading', () => {
  bench('gradeAnswer: 1,000 answers', () => {
    for (const { question, response } of ANSWERS) gradeAnswer(question, response, 1_000);
  });
  bench('summarizeSession: 1,000 results', () => {
    summarizeSession(LOOKUP, RESULTS);
  });
});

describe('mock exams over 10,000 questions', () => {
  let seed = 0;
  bench('buildExam: 20 questions', () => {
    buildExam(BANK, { id: 'bench', seed: (seed += 1), startedAt: START });
  });
  bench('buildExam: 60 questions', () => {
    buildExam(BANK, { id: 'bench', seed: (seed += 1), startedAt: START, size: 60 });
  });

  const exam = (() => {
    let state = buildExam(BANK, { id: 'bench', seed: 60, startedAt: START, size: 60 });
    state.items.forEach((item, index) => {
      const response: AnswerResponse = item.optionOrder.length === 0 ? { kind: 'fill', text: 'x' } : { kind: 'choice', selected: [1] };
      state = answerExamQuestion(state, index, response, START + index);
    });
    return submitExam(state, START + 3_600_000);
  })();
  bench('scoreExam: 60 questions', () => {
    scoreExam(exam, LOOKUP);
  });
});
