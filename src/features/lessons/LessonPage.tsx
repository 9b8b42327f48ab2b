import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { AREA_TITLES, type LessonId, type LessonMeta } from '../../engine/content/types';
import { findLesson, neighbours } from '../../lib/content';
import { LessonContent } from '../../ui/LessonContent';
import { useLessonsRead, useProgressActions } from '../../store/stores-context';
import { TableOfContents } from './TableOfContents';
import { useActiveHeading } from './use-active-heading';
import { useLessonBody } from './use-lesson-body';
import { useScrollToHash } from './use-scroll-to-hash';
import { NotFoundMessage } from '../../ui/NotFoundMessage';

function ReadToggle({ id }: { id: LessonId }) {
  const read = useLessonsRead()[id] !== undefined;
  const { markLessonRead, markLessonUnread } = useProgressActions();
  return (
    <button
      type="button"
      className={read ? 'button button--done' : 'button'}
      aria-pressed={read}
      onClick={() => (read ? markLessonUnread(id) : markLessonRead(id))}
    >
      {read ? '✓ Read' : 'Mark as read'}
    </button>
  );
}

function LessonFooter({ lesson }: { lesson: LessonMeta }) {
  const { previous, next } = neighbours(lesson.id);
  return (
    <nav className="lesson-pager" aria-label="Previous and next lesson">
      {previous ? (
        <Link className="lesson-pager__link" to={`/lessons/${previous.id}`} rel="prev">
          <span className="lesson-pager__hint">Previous</span> {previous.title}
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link className="lesson-pager__link lesson-pager__link--next" to={`/lessons/${next.id}`} rel="next">
          <span className="lesson-pager__hint">Next</span> {next.title}
        </Link>
      ) : null}
    </nav>
  );
}

function LessonView({ lesson, extraActions }: { lesson: LessonMeta; extraActions: React.ReactNode }) {
  const state = useLessonBody(lesson.id);
  const ready = state.status === 'ready';
  const slugs = useMemo(() => lesson.headings.map((heading) => heading.slug), [lesson]);
  const active = useActiveHeading(slugs, ready);
  useScrollToHash(ready);
  return (
    <div className="lesson-layout">
      <article className="lesson" aria-labelledby="lesson-title">
        <header className="lesson__header">
          <p className="eyebrow">
            Lesson {lesson.order} · {AREA_TITLES[lesson.area]}
          </p>
          <h1 id="lesson-title" tabIndex={-1}>
            {lesson.title}
          </h1>
          <p className="lesson__summary">{lesson.summary}</p>
          <div className="lesson__actions">
            <span className="muted">{lesson.readingMinutes} min read</span>
            <ReadToggle id={lesson.id} />
            {extraActions}
          </div>
        </header>
        <details className="toc-mobile">
          <summary>On this page</summary>
          <TableOfContents headings={lesson.headings} active={active} />
        </details>
        {state.status === 'loading' ? <p role="status">Loading the lesson…</p> : null}
        {state.status === 'error' ? (
          <p role="alert" className="error-text">
            This lesson could not be loaded ({state.message}). Check your connection and reload the page.
          </p>
        ) : null}
        {state.status === 'ready' ? (
          <div className="prose">
            <LessonContent tree={state.body.tree} figures={state.body.figures} />
          </div>
        ) : null}
        <div className="lesson__end">
          <ReadToggle id={lesson.id} />
          {extraActions}
        </div>
        <LessonFooter lesson={lesson} />
      </article>
      <aside className="lesson-aside">
        <TableOfContents headings={lesson.headings} active={active} />
      </aside>
    </div>
  );
}

/**
 * A lesson: its Markdown, a table of contents that follows the reader, callouts, revealable
 * exercise answers, "Mark as read" and the way to the previous and next lesson.
 * @param extraActions links the router adds (e.g. "Practise this lesson") without this feature knowing them
 */
export function LessonPage({ extraActions }: { extraActions?: (lesson: LessonMeta) => React.ReactNode }) {
  const { lessonId = '' } = useParams();
  const lesson = findLesson(lessonId);
  if (!lesson) return <NotFoundMessage what={`There is no lesson "${lessonId}".`} />;
  return <LessonView key={lesson.id} lesson={lesson} extraActions={extraActions?.(lesson) ?? null} />;
}
