import { Link } from 'react-router';
import { lessonList } from '../../lib/content';
import { countDueCards } from '../../engine/srs/count-due';
import { useClock, useProgressStore } from '../../store/stores-context';

/** Where to go next: the next unread lesson, due reviews, practice and a mock exam. */
export function TodayPanel() {
  const clock = useClock();
  const read = useProgressStore((state) => state.progress.lessonsRead);
  const due = useProgressStore((state) => countDueCards(state.progress, clock.now()));
  const answered = useProgressStore((state) => state.progress.logs.length);
  const nextLesson = lessonList.find((lesson) => read[lesson.id] === undefined);
  return (
    <section className="today" aria-labelledby="today-title">
      <h2 id="today-title" className="today__title">
        {answered === 0 ? 'Start here' : 'Today'}
      </h2>
      <ul className="today__list">
        {nextLesson ? (
          <li>
            <Link className="today__item" to={`/lessons/${nextLesson.id}`}>
              <span className="today__label">{Object.keys(read).length === 0 ? 'Read the first lesson' : 'Continue reading'}</span>
              <span className="today__detail">
                {nextLesson.order}. {nextLesson.title}
              </span>
            </Link>
          </li>
        ) : null}
        <li>
          <Link className="today__item" to="/review">
            <span className="today__label">Review</span>
            <span className="today__detail">{due === 0 ? 'Nothing due now' : `${due} question${due === 1 ? '' : 's'} due`}</span>
          </Link>
        </li>
        <li>
          <Link className="today__item" to="/practice">
            <span className="today__label">Practise</span>
            <span className="today__detail">{answered === 0 ? 'Questions in the exam’s three formats' : `${answered} answers so far`}</span>
          </Link>
        </li>
        <li>
          <Link className="today__item" to="/exam">
            <span className="today__label">Mock exam</span>
            <span className="today__detail">Timed, like the real one</span>
          </Link>
        </li>
      </ul>
    </section>
  );
}
