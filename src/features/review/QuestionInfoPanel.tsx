import type { QuestionId } from '../../engine/content/types';
import { CARD_STATE } from '../../engine/progress/types';
import { questionInfo } from '../../engine/srs/question-info';
import { useClock, useProgressStore } from '../../store/stores-context';
import { describeWait, formatDateTime, formatDuration } from './format';
import { RATING_NAMES, SOURCE_NAMES, STATE_NAMES } from './review-session';

function oneDecimal(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1);
}

/**
 * Anki's card info for one question: memory state (stability, difficulty, probability of
 * recall now), next due date, reps and lapses, and every past answer.
 * @param questionId the question
 * @param now the moment the numbers are for (epoch ms)
 */
export function QuestionInfoPanel({ questionId, now }: { questionId: QuestionId; now: number }) {
  const clock = useClock();
  const progress = useProgressStore((state) => state.progress);
  const info = questionInfo(progress, questionId, now);
  const state = info.card === null ? CARD_STATE.new : info.card.state;
  return (
    <div className="question-info">
      <dl className="question-info__facts">
        <div>
          <dt>State</dt>
          <dd>
            {STATE_NAMES[state]}
            {info.isLeech ? <span className="badge badge--warn question-info__leech">Leech</span> : null}
          </dd>
        </div>
        <div>
          <dt>Next due</dt>
          <dd>{info.nextDue === null ? 'not scheduled yet' : `${formatDateTime(info.nextDue, clock.tzOffsetMinutes(info.nextDue))} (${describeWait(info.nextDue - now)})`}</dd>
        </div>
        <div>
          <dt>Recall probability now</dt>
          <dd>{info.card === null ? 'not answered yet' : `${Math.round(info.retrievability * 100)}%`}</dd>
        </div>
        <div>
          <dt>Stability</dt>
          <dd>{info.stability === null ? '–' : `${oneDecimal(info.stability)} days`}</dd>
        </div>
        <div>
          <dt>Difficulty</dt>
          <dd>{info.difficulty === null ? '–' : `${oneDecimal(info.difficulty)} of 10`}</dd>
        </div>
        <div>
          <dt>Reviews</dt>
          <dd>{info.reps}</dd>
        </div>
        <div>
          <dt>Lapses</dt>
          <dd>{info.lapses}</dd>
        </div>
      </dl>
      {info.history.length === 0 ? (
        <p className="muted">No answers yet.</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Answer history">
          <table>
            <caption className="visually-hidden">Every answer to this question, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Type</th>
                <th scope="col">Rating</th>
                <th scope="col">Time</th>
                <th scope="col">Where</th>
              </tr>
            </thead>
            <tbody>
              {info.history.map((row, index) => (
                <tr key={`${row.reviewedAt}-${index}`}>
                  <td>{formatDateTime(row.reviewedAt, clock.tzOffsetMinutes(row.reviewedAt))}</td>
                  <td>{STATE_NAMES[row.stateBefore]}</td>
                  <td className={row.rating === 1 ? 'question-info__again' : undefined}>{RATING_NAMES[row.rating]}</td>
                  <td>{formatDuration(row.responseMs)}</td>
                  <td>{SOURCE_NAMES[row.source]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted question-info__note">
        Stability is how many days it takes for the chance of recalling the answer to fall to 90%; difficulty runs from 1 (easy) to
        10 (hard).
      </p>
    </div>
  );
}
