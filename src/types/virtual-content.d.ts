declare module 'virtual:content/lessons' {
  import type { LessonMeta } from '../engine/content/types';
  import type { LessonBody } from '../engine/content/lesson-body';
  export const lessons: readonly LessonMeta[];
  export const loaders: Readonly<Record<string, () => Promise<{ default: LessonBody }>>>;
}
declare module 'virtual:content/questions' {
  import type { Question } from '../engine/content/types';
  const questions: readonly Question[];
  export default questions;
}
declare module 'virtual:content/glossary' {
  import type { GlossaryEntry } from '../engine/content/types';
  const glossary: readonly GlossaryEntry[];
  export default glossary;
}
declare module 'virtual:content/search' {
  import type { SearchDocument } from '../engine/content/lesson-body';
  const documents: readonly SearchDocument[];
  export default documents;
}
