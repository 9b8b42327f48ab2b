import { useEffect, useId, useState } from 'react';
import { AREA_TITLES } from '../../engine/content/types';
import type { ExamScore } from '../../engine/exam/score-exam';
import type { ExamState } from '../../engine/exam/exam-state';
import type { LoadedBank } from '../../lib/use-question-bank';
import { Feedback } from '../../ui/question/Feedback';
import { QuestionView } from '../../ui/question/QuestionView';
import { formatDuration } from './format';

type Filter = 'all' | 'wrong' | 'flagged';

export interface AnswerReviewProps {
  readonly exam: ExamState;
  readonly score: ExamScore;
  readonly bank: LoadedBank;
}

const ignoreChange = () => undefined;

function resultLabel(score: ExamScore, index: number): string {
  const result = score.results[index]!;
  if (result.correct) return '✓ Correct';
  return result.details.empty ? '– Not answered' : '✗ Wrong';
}

/** Every question at a glance (result, time, flag) and then in full with its explanation. */
export function AnswerReview({ exam, score, bank }: AnswerReviewProps) {
  const [filter, setFilter] = useState<Filter>('all');
  const [focusTarget, setFocusTarget] = useState<number | null>(null);
  const filterName = useId();
  const wrongCount = score.results.filter((result) => !result.correct).length;
  const shown = exam.items.flatMap((item, index) => {
    const keep = filter === 'all' || (filter === 'wrong' ? !score.results[index]!.correct : exam.flagged.includes(index));
    return keep ? [index] : [];
  });

  useEffect(() => {
    if (focusTarget === null) return;
    const heading = document.getElementById(`review-${focusTarget + 1}`);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
    setFocusTarget(null);
  }, [focusTarget]);

  const filters: readonly { id: Filter; label: string }[] = [
    { id: 'all', label: `All (${exam.items.length})` },
    { id: 'wrong', label: `Wrong or unanswered (${wrongCount})` },
    { id: 'flagged', label: `Flagged (${exam.flagged.length})` },
  ];
  return (
    <>
      <section className="exam-results__section">
        <h2 id="exam-glance-title">Questions at a glance</h2>
        <div className="table-scroll" role="region" aria-labelledby="exam-glance-title" tabIndex={0}>
          <table className="exam-glance">
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">Area</th>
                <th scope="col">Result</th>
                <th scope="col">Time spent</th>
                <th scope="col">Flagged</th>
              </tr>
            </thead>
            <tbody>
              {exam.items.map((item, index) => {
                const question = bank.byId.get(item.questionId);
                return (
                  <tr key={item.questionId}>
                    <th scope="row">
                      <a
                        href={`#review-${index + 1}`}
                        onClick={(event) => {
                          event.preventDefault();
                          setFilter('all');
                          setFocusTarget(index);
                        }}
                      >
                        {index + 1}
                      </a>
                    </th>
                    <td>{question ? AREA_TITLES[question.area] : ''}</td>
                    <td className={score.results[index]!.correct ? 'exam-glance__right' : 'exam-glance__wrong'}>{resultLabel(score, index)}</td>
                    <td>{formatDuration(score.timeOnQuestionMs[index] ?? 0)}</td>
                    <td>{exam.flagged.includes(index) ? '⚑ Yes' : 'No'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="exam-review-title" className="exam-results__section">
        <h2 id="exam-review-title">Review every answer</h2>
        <fieldset className="exam-review__filter">
          <legend>Show</legend>
          {filters.map((option) => (
            <label key={option.id}>
              <input type="radio" name={filterName} checked={filter === option.id} onChange={() => setFilter(option.id)} /> {option.label}
            </label>
          ))}
        </fieldset>
        {shown.length === 0 ? <p className="muted">No question matches.</p> : null}
        <ol className="exam-review">
          {shown.map((index) => {
            const item = exam.items[index]!;
            const question = bank.byId.get(item.questionId);
            const grade = score.results[index]!;
            if (!question) return null;
            return (
              <li key={item.questionId} className="exam-review__item">
                <QuestionView
                  question={question}
                  item={item}
                  response={exam.answers[index] ?? null}
                  onChange={ignoreChange}
                  grade={grade}
                  heading={
                    <>
                      <h3 id={`review-${index + 1}`} tabIndex={-1} className="exam-review__title">
                        Question {index + 1}
                      </h3>
                      <span className="exam-review__meta">
                        {AREA_TITLES[question.area]} · {formatDuration(score.timeOnQuestionMs[index] ?? 0)}
                        {exam.flagged.includes(index) ? ' · ⚑ Flagged' : ''}
                      </span>
                    </>
                  }
                />
                <Feedback question={question} grade={grade} />
              </li>
            );
          })}
        </ol>
      </section>
    </>
  );
}
