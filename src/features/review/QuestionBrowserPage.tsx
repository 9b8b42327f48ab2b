import { useDeferredValue, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { AREA_IDS, AREA_TITLES, type AreaId, type Question } from '../../engine/content/types';
import { CARD_STATE, type CompactCard, type Progress } from '../../engine/progress/types';
import { isLeech } from '../../engine/srs/question-info';
import { useQuestionBank } from '../../lib/use-question-bank';
import { useClock, useProgressStore } from '../../store/stores-context';
import { BankStatus } from '../../ui/BankStatus';
import { formatDateTime, promptExcerpt } from './format';
import { STATE_NAMES } from './review-session';
import './review.css';

const STATE_FILTERS = {
  all: 'Every state',
  new: 'New',
  learning: 'Learning or relearning',
  review: 'Review',
  due: 'Due now',
  leech: 'Leeches',
} as const;
type StateFilter = keyof typeof STATE_FILTERS;

function cardOf(progress: Progress, question: Question): CompactCard | undefined {
  return Object.hasOwn(progress.cards, question.id) ? progress.cards[question.id] : undefined;
}

function matchesState(card: CompactCard | undefined, filter: StateFilter, now: number): boolean {
  const state = card?.state ?? CARD_STATE.new;
  switch (filter) {
    case 'all':
      return true;
    case 'new':
      return state === CARD_STATE.new;
    case 'learning':
      return state === CARD_STATE.learning || state === CARD_STATE.relearning;
    case 'review':
      return state === CARD_STATE.review;
    case 'due':
      return card !== undefined && state !== CARD_STATE.new && card.due <= now;
    case 'leech':
      return isLeech(card);
  }
}

/** /review/questions: every question with its state, due date and lapses, like Anki's browser. */
export function QuestionBrowserPage() {
  const clock = useClock();
  const bank = useQuestionBank();
  const progress = useProgressStore((state) => state.progress);
  const [now] = useState(() => clock.now());
  const [text, setText] = useState('');
  const [area, setArea] = useState<AreaId | 'all'>('all');
  const [stateFilter, setStateFilter] = useState<StateFilter>('all');
  const query = useDeferredValue(text.trim().toLowerCase());

  const rows = useMemo(() => {
    if (bank.status !== 'ready') return [];
    return bank.bank.questions.filter(
      (question) =>
        (area === 'all' || question.area === area) &&
        matchesState(cardOf(progress, question), stateFilter, now) &&
        (query === '' || question.prompt.toLowerCase().includes(query) || question.id.includes(query)),
    );
  }, [bank, progress, area, stateFilter, query, now]);

  return (
    <div className="question-browser">
      <p className="eyebrow">
        <Link to="/review">Review</Link>
      </p>
      <h1 tabIndex={-1}>All questions</h1>
      <form className="question-browser__filters" role="search" aria-label="Filter the questions" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor="browser-text">Words in the question</label>
          <input id="browser-text" type="search" value={text} maxLength={200} onChange={(event) => setText(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="browser-area">Knowledge area</label>
          <select id="browser-area" value={area} onChange={(event) => setArea(event.target.value as AreaId | 'all')}>
            <option value="all">Every area</option>
            {AREA_IDS.map((id) => (
              <option key={id} value={id}>
                {AREA_TITLES[id]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="browser-state">State</label>
          <select id="browser-state" value={stateFilter} onChange={(event) => setStateFilter(event.target.value as StateFilter)}>
            {Object.entries(STATE_FILTERS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </form>
      <BankStatus bank={bank} />
      {bank.status === 'ready' ? (
        <>
          <p role="status" className="muted">
            Showing {rows.length} of {bank.bank.questions.length} questions.
          </p>
          {rows.length > 0 ? (
            <div className="table-scroll" tabIndex={0} role="region" aria-label="Questions">
              <table className="question-browser__table">
                <thead>
                  <tr>
                    <th scope="col">Question</th>
                    <th scope="col">Area</th>
                    <th scope="col">State</th>
                    <th scope="col">Due</th>
                    <th scope="col">Lapses</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((question) => {
                    const card = cardOf(progress, question);
                    const seen = card !== undefined && card.state !== CARD_STATE.new;
                    return (
                      <tr key={question.id}>
                        <td>
                          <Link to={`/review/questions/${encodeURIComponent(question.id)}`}>{promptExcerpt(question.prompt, 110)}</Link>
                          {isLeech(card) ? <span className="badge badge--warn question-browser__leech">Leech</span> : null}
                        </td>
                        <td>{AREA_TITLES[question.area]}</td>
                        <td>{STATE_NAMES[card?.state ?? CARD_STATE.new]}</td>
                        <td>{seen ? formatDateTime(card.due, clock.tzOffsetMinutes(card.due)) : '–'}</td>
                        <td>{card?.lapses ?? 0}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          ) : (
            <p>No question matches these filters.</p>
          )}
        </>
      ) : null}
    </div>
  );
}
