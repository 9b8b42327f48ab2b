import { useEffect, useRef } from 'react';
import type { LessonHeading } from '../../engine/content/types';

export interface TableOfContentsProps {
  readonly headings: readonly LessonHeading[];
  readonly active: string | undefined;
}

/** The lesson's sections; the one in view is marked with aria-current. */
export function TableOfContents({ headings, active }: TableOfContentsProps) {
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    // Keep the current section's entry visible in a long, scrolling table of contents.
    const link = nav.current?.querySelector<HTMLElement>('[aria-current]');
    const box = nav.current;
    if (!link || !box || box.scrollHeight <= box.clientHeight) return;
    const top = link.offsetTop - box.offsetTop;
    if (top < box.scrollTop || top > box.scrollTop + box.clientHeight - link.offsetHeight) box.scrollTop = top - box.clientHeight / 3;
  }, [active]);
  return (
    <nav className="toc" aria-label="On this page" ref={nav}>
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
