import { Link } from 'react-router';
import { AREA_IDS, AREA_TITLES, type LessonMeta } from '../../engine/content/types';
import { lessonList } from '../../lib/content';
import { useLessonsRead } from '../../store/stores-context';
import { ProgressBar } from '../../ui/ProgressBar';
import { TodayPanel } from './TodayPanel';

function LessonCard({ lesson, read }: { lesson: LessonMeta; read: boolean }) {
  return (
    <li className="lesson-card">
      <Link to={`/lessons/${lesson.id}`} className="lesson-card__link">
        <span className="lesson-card__order" aria-hidden="true">
          {lesson.order}
        </span>
        <span className="lesson-card__text">
          <span className="lesson-card__title">{lesson.title}</span>
          <span className="lesson-card__summary">{lesson.summary}</span>
          <span className="lesson-card__meta">
            {lesson.readingMinutes} min read
            {read ? <span className="badge badge--done">Read</span> : <span className="badge">Unread</span>}
          </span>
        </span>
      </Link>
    </li>
  );
}

/** The syllabus: lessons grouped by knowledge area, with read state and overall progress. */
export function HomePage({ intro }: { intro?: React.ReactNode }) {
  const read = useLessonsRead();
  const readCount = lessonList.filter((lesson) => read[lesson.id] !== undefined).length;
  const areas = AREA_IDS.map((area) => ({ area, lessons: lessonList.filter((lesson) => lesson.area === area) })).filter(
    (group) => group.lessons.length > 0,
  );
  return (
    <div className="home">
      <header className="home__header">
        <p className="eyebrow">LPIC-3 · Exam 305-300 · Objective 351.1 (weight 6)</p>
        <h1 tabIndex={-1}>Virtualization Concepts and Theory</h1>
        <p className="lead">
          Hypervisor types, HVM and paravirtualization, CPU flags, P2V and V2V, live migration, snapshots and clones,
          oVirt, Proxmox, systemd-machined, VirtualBox and Open vSwitch: everything objective 351.1 asks, checked
          against the projects&apos; own documentation.
        </p>
        <ProgressBar value={readCount} max={lessonList.length} label={`Read ${readCount} of ${lessonList.length} lessons`} />
        {intro}
      </header>
      <TodayPanel />
      <div className="home__areas">
      {areas.map(({ area, lessons }) => (
        <section key={area} className="area-group" aria-labelledby={`area-${area}`}>
          <h2 id={`area-${area}`}>{AREA_TITLES[area]}</h2>
          <ol className="lesson-cards">
            {lessons.map((lesson) => (
              <LessonCard key={lesson.id} lesson={lesson} read={read[lesson.id] !== undefined} />
            ))}
          </ol>
        </section>
      ))}
      </div>
    </div>
  );
}
