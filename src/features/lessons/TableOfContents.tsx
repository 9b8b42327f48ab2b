import type { LessonHeading } from '../../engine/content/types';

export interface TableOfContentsProps {
  readonly headings: readonly LessonHeading[];
  readonly active: string | undefined;
}

/** The lesson's sections; the one in view is marked with aria-current. */
export function TableOfContents({ headings, active }: TableOfContentsProps) {
  return (
    <nav className="toc" aria-label="On this page">
      <h2 className="toc__title">On this page</h2>
      <ol className="toc__list">
        {headings.map((heading) => (
          <li key={heading.slug} className={`toc__item toc__item--${heading.depth}`}>
            <a href={`#${heading.slug}`} aria-current={heading.slug === active ? 'location' : undefined}>
              {heading.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
