import { useEffect, useState } from 'react';

/**
 * The slug of the section the reader is in: the last heading that has scrolled past the
 * top fifth of the viewport. Uses IntersectionObserver, so scrolling costs no layout reads.
 * @param slugs heading ids in document order
 * @param ready re-observe once the article has rendered
 */
export function useActiveHeading(slugs: readonly string[], ready: boolean): string | undefined {
  const [active, setActive] = useState<string | undefined>(slugs[0]);
  useEffect(() => {
    if (!ready || typeof IntersectionObserver === 'undefined') return;
    const elements = slugs.map((slug) => document.getElementById(slug)).filter((el): el is HTMLElement => el !== null);
    const visible = new Set<string>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) visible.add(entry.target.id);
          else visible.delete(entry.target.id);
        }
        const above = elements.filter((el) => el.getBoundingClientRect().top < window.innerHeight * 0.2);
        const current = above[above.length - 1]?.id ?? elements.find((el) => visible.has(el.id))?.id;
        if (current) setActive(current);
      },
      { rootMargin: '0px 0px -80% 0px', threshold: [0, 1] },
    );
    for (const element of elements) observer.observe(element);
    return () => observer.disconnect();
  }, [slugs, ready]);
  return active;
}
