import { Link } from 'react-router';
import type { Question } from '../../engine/content/types';
import type { GradeResult } from '../../engine/quiz/grade';
import { findLesson } from '../../lib/content';
import { Markdown } from '../Markdown';

/** The lesson section that teaches a question, as a link label and route. */
export function lessonLinkFor(question: Question): { to: string; label: string } {
  const lesson = findLesson(question.lesson);
  const heading = lesson?.headings.find((entry) => entry.slug === question.section);
  return {
    to: `/lessons/${question.lesson}#${question.section}`,
    label: lesson ? `${lesson.title}${heading ? ` › ${heading.text}` : ''}` : question.lesson,
  };
}

function verdictText(grade: GradeResult): string {
  if (grade.correct) return 'Correct.';
  const details = grade.details;
  if (details.empty) return 'No answer given.';
  if (details.kind === 'choice' && details.missed.length > 0 && details.wrongPicks.length === 0) {
    return `Not quite: ${details.missed.length === 1 ? 'one correct option was' : `${details.missed.length} correct options were`} missed. Multiple-answer questions score all or nothing.`;
  }
  return 'Incorrect.';
}

/** Right or wrong, the explanation, and the way to the section that teaches it. */
export function Feedback({ question, grade }: { question: Question; grade: GradeResult }) {
  const link = lessonLinkFor(question);
  return (
    <div className={`feedback ${grade.correct ? 'feedback--right' : 'feedback--wrong'}`}>
      <p className="feedback__verdict" role="status">
        {grade.correct ? '✓ ' : '✗ '}
        {verdictText(grade)}
      </p>
      <div className="feedback__explanation">
        <Markdown>{question.explanation}</Markdown>
      </div>
      <p className="feedback__link">
        Read in the lesson: <Link to={link.to}>{link.label}</Link>
      </p>
    </div>
  );
}
