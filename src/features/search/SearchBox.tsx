import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { getLessonSearch } from './use-lesson-search';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The header's search field: "/" focuses it, Enter opens the results page. */
export function SearchBox() {
  const input = useRef<HTMLInputElement>(null);
  const [params] = useSearchParams();
  const { pathname } = useLocation();
  const onSearchPage = pathname === '/search';
  const [typed, setQuery] = useState('');
  // On the results page the box shows, and live-updates, the query in the address.
  const query = onSearchPage ? (params.get('q') ?? '') : typed;
  const navigate = useNavigate();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      input.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <form
      role="search"
      aria-label="Site search"
      className="header-search"
      onSubmit={(event) => {
        event.preventDefault();
        if (query.trim()) navigate(`/search?q=${encodeURIComponent(query.trim())}`);
      }}
    >
      <label htmlFor="header-search" className="visually-hidden">
        Search lessons (press / to focus)
      </label>
      <input
        id="header-search"
        ref={input}
        type="search"
        value={query}
        maxLength={200}
        autoComplete="off"
        placeholder="Search"
        aria-keyshortcuts="/"
        onFocus={() => void getLessonSearch()}
        onChange={(event) => {
          const value = event.target.value;
          if (onSearchPage) navigate(value ? `/search?q=${encodeURIComponent(value)}` : '/search', { replace: true });
          else setQuery(value);
        }}
      />
      <kbd className="header-search__hint" aria-hidden="true">
        /
      </kbd>
    </form>
  );
}
