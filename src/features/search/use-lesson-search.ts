import { useEffect, useState } from 'react';
import { loadSearchDocuments } from '../../lib/content';
import type { LessonSearch } from '../../lib/search-index';

let shared: Promise<LessonSearch> | null = null;

/** Loads the search documents and builds the index once per page load. */
export function getLessonSearch(): Promise<LessonSearch> {
  // MiniSearch and the documents load only when someone searches, keeping the first page small.
  shared ??= Promise.all([loadSearchDocuments(), import('../../lib/search-index')]).then(([documents, module]) =>
    module.createLessonSearch(documents),
  );
  shared.catch(() => {
    shared = null;
  });
  return shared;
}

/** The search function, once the index is ready (undefined while it loads). */
export function useLessonSearch(): LessonSearch | undefined {
  const [search, setSearch] = useState<LessonSearch>();
  useEffect(() => {
    let cancelled = false;
    getLessonSearch().then((ready) => !cancelled && setSearch(() => ready));
    return () => {
      cancelled = true;
    };
  }, []);
  return search;
}
