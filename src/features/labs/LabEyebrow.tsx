import { Link } from 'react-router';
import { findLesson } from '../../lib/content';

/** The line above a lab's title: back to the labs, and the lesson the lab practises. */
export function LabEyebrow({ lessonId }: { lessonId: string }) {
  const lesson = findLesson(lessonId);
  return (
    <p className="eyebrow lab-eyebrow">
      <Link to="/labs">Labs</Link>
      {lesson ? (
        <>
          {' · '}Practises the lesson <Link to={`/lessons/${lesson.id}`}>{lesson.title}</Link>
        </>
      ) : null}
    </p>
  );
}
