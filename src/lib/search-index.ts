import MiniSearch from 'minisearch';
import type { SearchDocument } from '../engine/content/lesson-body';

export interface SearchHit {
  readonly id: string;
  readonly lesson: string;
  readonly lessonTitle: string;
  readonly slug: string;
  readonly heading: string;
  /** A short passage around the first match, split into plain and matched parts. */
  readonly snippet: readonly { readonly text: string; readonly match: boolean }[];
}

export type LessonSearch = (query: string, limit?: number) => SearchHit[];

/** Splits on white space and punctuation but keeps option names and flags whole ("ovs-appctl", "--live"). */
function tokenize(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}_][\p{L}\p{N}_.:/-]*[\p{L}\p{N}_]|[\p{L}\p{N}_]/gu) ?? [];
  const parts = words.flatMap((word) => (/[-./:]/.test(word) ? [word, ...word.split(/[-./:]+/).filter(Boolean)] : [word]));
  return parts;
}

const SNIPPET_RADIUS = 90;

function buildSnippet(text: string, terms: readonly string[]): SearchHit['snippet'] {
  const flat = text.replace(/\s+/g, ' ');
  const lower = flat.toLowerCase();
  const positions = terms.map((term) => lower.indexOf(term)).filter((index) => index >= 0);
  const first = positions.length > 0 ? Math.min(...positions) : 0;
  const start = Math.max(0, first - SNIPPET_RADIUS);
  const end = Math.min(flat.length, first + SNIPPET_RADIUS * 2);
  const passage = `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
  const escaped = [...terms].sort((a, b) => b.length - a.length).map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (escaped.length === 0) return [{ text: passage, match: false }];
  const pattern = new RegExp(`(${escaped.join('|')})`, 'gi');
  return passage
    .split(pattern)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, match: terms.includes(part.toLowerCase()) }));
}

/**
 * Indexes lesson sections for full-text search: exact words, prefixes and small typos,
 * headings weighted above body text.
 * @param documents one entry per lesson section
 */
export function createLessonSearch(documents: readonly SearchDocument[]): LessonSearch {
  const index = new MiniSearch<SearchDocument>({
    fields: ['heading', 'lessonTitle', 'text'],
    storeFields: ['lesson', 'lessonTitle', 'slug', 'heading'],
    tokenize,
    searchOptions: { boost: { heading: 3, lessonTitle: 1.5 }, prefix: true, fuzzy: (term) => (term.length > 4 ? 0.2 : 0), combineWith: 'AND' },
  });
  index.addAll(documents);
  const byId = new Map(documents.map((document) => [document.id, document]));
  return (query, limit = 20) => {
    const trimmed = query.trim().slice(0, 200);
    if (!trimmed) return [];
    return index.search(trimmed).slice(0, limit).map((result) => {
      const document = byId.get(String(result.id));
      const terms = [...new Set([...result.terms, ...tokenize(trimmed)])];
      return {
        id: String(result.id),
        lesson: String(result['lesson']),
        lessonTitle: String(result['lessonTitle']),
        slug: String(result['slug']),
        heading: String(result['heading']),
        snippet: buildSnippet(document?.text ?? '', terms),
      };
    });
  };
}
