import { findLesson } from '../../lib/content';

/** A link to a section of a lesson, with its heading as the link text. */
export interface SectionLink {
  readonly href: string;
  /** The section's heading, or the lesson's title when the heading is unknown. */
  readonly title: string;
}

/**
 * Where a lab finding or task is explained.
 * @param lessonId the lesson, e.g. `cpu-flags`
 * @param slug the heading's slug in that lesson
 * @returns the address `/lessons/<lesson>#<slug>` and the heading's text
 */
export function lessonSection(lessonId: string, slug: string): SectionLink {
  const lesson = findLesson(lessonId);
  const heading = lesson?.headings.find((candidate) => candidate.slug === slug);
  return { href: `/lessons/${lessonId}#${slug}`, title: heading?.text ?? lesson?.title ?? lessonId };
}
