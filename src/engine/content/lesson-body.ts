import type { Root } from 'hast';

/** The lazily loaded part of a lesson: its compiled tree and the URLs of its figures. */
export interface LessonBody {
  readonly id: string;
  /** The body compiled at build time to an HTML syntax tree (no raw HTML, heading ids set). */
  readonly tree: Root;
  /** Figure path as written in the Markdown -> URL of the built asset. */
  readonly figures: Readonly<Record<string, string>>;
}

/** One lesson section as indexed by the search. */
export interface SearchDocument {
  readonly id: string;
  readonly lesson: string;
  readonly lessonTitle: string;
  readonly slug: string;
  readonly heading: string;
  readonly text: string;
}
