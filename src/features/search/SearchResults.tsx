import { Link } from 'react-router';
import type { SearchHit } from '../../lib/search-index';

/** A list of lesson sections that match, each with its passage and the words found. */
export function SearchResults({ hits, query }: { hits: readonly SearchHit[]; query: string }) {
  if (!query.trim()) return null;
  if (hits.length === 0) {
    return <p role="status">No section mentions “{query}”. Try a shorter word or a command name.</p>;
  }
  return (
    <>
      <p role="status" className="muted">
        {hits.length === 1 ? '1 section' : `${hits.length} sections`} found
      </p>
      <ol className="search-results">
        {hits.map((hit) => (
          <li key={hit.id} className="search-result">
            <Link to={`/lessons/${hit.lesson}${hit.slug ? `#${hit.slug}` : ''}`} className="search-result__link">
              <span className="search-result__heading">{hit.heading}</span>
              <span className="search-result__lesson">{hit.lessonTitle}</span>
            </Link>
            <p className="search-result__snippet">
              {hit.snippet.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
