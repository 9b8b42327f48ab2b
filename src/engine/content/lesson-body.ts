/** The lazily loaded part of a lesson: its Markdown and the URLs of its figures. */
export interface LessonBody {
  readonly id: string;
  readonly body: string;
  /** Line of each heading in `body` -> its id (slug), computed at build time. */
  readonly headingIds: Readonly<Record<number, string>>;
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
