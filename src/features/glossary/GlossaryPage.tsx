import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { GlossaryEntry } from '../../engine/content/types';
import { loadGlossary, findLesson } from '../../lib/content';
import { Markdown } from '../../ui/Markdown';

function termSlug(term: string): string {
  return `term-${term.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}

function GlossaryList({ entries }: { entries: readonly GlossaryEntry[] }) {
  return (
    <dl className="glossary">
      {entries.map((entry) => (
        <div key={entry.term} className="glossary__entry" id={termSlug(entry.term)}>
          <dt>{entry.term}</dt>
          <dd>
            <Markdown>{entry.definition}</Markdown>
            <Link to={`/lessons/${entry.lesson}#${entry.section}`} className="glossary__link">
              Read more in “{findLesson(entry.lesson)?.title ?? entry.lesson}”
            </Link>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The letter a term is filed under; terms that start with a path or a digit go under "#". */
function letterOf(term: string): string {
  const first = term.charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/** Jump links to the first term of each letter. */
function LetterIndex({ entries }: { entries: readonly GlossaryEntry[] }) {
  const firsts = new Map<string, string>();
  for (const entry of entries) if (!firsts.has(letterOf(entry.term))) firsts.set(letterOf(entry.term), termSlug(entry.term));
  return (
    <nav aria-label="Terms by letter" className="glossary-letters">
      <ul>
        {[...firsts].sort(([a], [b]) => a.localeCompare(b)).map(([letter, slug]) => (
          <li key={letter}>
            <a href={`#${slug}`}>{letter}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Every term the syllabus uses, defined briefly and linked to the section that teaches it. */
export function GlossaryPage() {
  const [entries, setEntries] = useState<readonly GlossaryEntry[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [filter, setFilter] = useState('');
  useEffect(() => {
    loadGlossary().then(setEntries, () => setFailed(true));
  }, []);
  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    if (!entries || !needle) return entries ?? [];
    return entries.filter((entry) => entry.term.toLowerCase().includes(needle) || entry.definition.toLowerCase().includes(needle));
  }, [entries, filter]);
  return (
    <div className="glossary-page">
      <h1 tabIndex={-1}>Glossary</h1>
      <p className="lead">{entries ? `${entries.length} terms` : 'Terms'} used in objective 351.1, each linked to the section that teaches it.</p>
      <div className="field">
        <label htmlFor="glossary-filter">Filter terms</label>
        <input id="glossary-filter" type="search" value={filter} maxLength={100} onChange={(event) => setFilter(event.target.value)} />
      </div>
      {failed ? <p role="alert">The glossary could not be loaded. Check your connection and reload.</p> : null}
      {entries === null && !failed ? <p role="status">Loading…</p> : null}
      {entries !== null ? (
        <>
          <p role="status" className="muted">
            {filter ? `${shown.length} of ${entries.length} terms match` : ''}
          </p>
          {filter && shown.length === 0 ? (
            <p>
              No term matches. <Link to={`/search?q=${encodeURIComponent(filter.trim())}`}>Search the lessons for “{filter.trim()}”</Link>.
            </p>
          ) : null}
          {filter ? null : <LetterIndex entries={entries} />}
          <GlossaryList entries={shown} />
        </>
      ) : null}
    </div>
  );
}
