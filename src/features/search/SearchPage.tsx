import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useLessonSearch } from './use-lesson-search';
import { SearchResults } from './SearchResults';

/** Full-text search over every lesson section; the query lives in the URL (?q=). */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const search = useLessonSearch();
  const hits = useMemo(() => (search ? search(query, 30) : []), [search, query]);
  return (
    <div className="search-page">
      <h1 tabIndex={-1}>Search the lessons</h1>
      <form role="search" aria-label="Search this page" className="search-form" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="search-page-input">Search for a word, command or flag</label>
        <input
          id="search-page-input"
          type="search"
          value={query}
          maxLength={200}
          autoComplete="off"
          placeholder="e.g. ovs-appctl, vmx, post-copy"
          onChange={(event) => setParams(event.target.value ? { q: event.target.value } : {}, { replace: true })}
        />
      </form>
      {search ? <SearchResults hits={hits} query={query} /> : <p role="status">Preparing the search index…</p>}
    </div>
  );
}
