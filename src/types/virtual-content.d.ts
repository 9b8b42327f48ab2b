declare module 'virtual:content/lessons' {
  import type { LessonMeta } from '../engine/content/types';
  export const lessons: readonly LessonMeta[];
  export const loaders: Readonly<Record<string, () => Promise<{ default: import('../engine/content/lesson-body').LessonBody }>>>;
}
declare module 'virtual:content/questions' {
  const questions: readonly import('../engine/content/types').Question[];
  export default questions;
}
declare module 'virtual:content/glossary' {
  const glossary: readonly import('../engine/content/types').GlossaryEntry[];
  export default glossary;
}
declare module 'virtual:content/search' {
  const documents: readonly import('../engine/content/lesson-body').SearchDocument[];
  export default documents;
}
