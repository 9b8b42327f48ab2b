import { Link } from 'react-router';
import { AREA_TITLES, type Question } from '../../engine/content/types';
import type { CompactCard } from '../../engine/progress/types';
import { lessonLinkFor } from '../../ui/question/Feedback';
import { promptExcerpt } from './format';

export interface LeechEntry {
  readonly question: Question;
  readonly card: CompactCard;
}

/** Questions forgotten again and again, each with the lesson section to re-read. */
export function LeechList({ leeches }: { leeches: readonly LeechEntry[] }) {
  if (leeches.length === 0) {
    return <p>No leeches. A question you forget 8 times is flagged here, with the section of the lesson to re-read.</p>;
  }
  return (
    <>
      <p>
        You keep forgetting these. More reviews rarely help a leech: re-read the section, then rewrite the idea in your own words or
        practise the lesson.
      </p>
      <ul className="leech-list">
        {leeches.map(({ question, card }) => {
          const link = lessonLinkFor(question);
          return (
            <li key={question.id} className="leech-list__item">
              <p className="leech-list__prompt">
                <span className="badge badge--warn">Leech</span> {promptExcerpt(question.prompt)}
              </p>
              <p className="leech-list__meta">
                Forgotten {card.lapses} times · {AREA_TITLES[question.area]} · Lesson: <Link to={link.to}>{link.label}</Link> ·{' '}
                <Link to={`/review/questions/${encodeURIComponent(question.id)}`} aria-label={`Question info: ${promptExcerpt(question.prompt, 60)}`}>
                  Question info
                </Link>
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
