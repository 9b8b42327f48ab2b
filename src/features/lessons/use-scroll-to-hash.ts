import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Once the article is on the page, brings the section named in the URL's hash into view and
 * moves focus to it, so a deep link works after a reload and for screen-reader users.
 * @param ready true once the lesson body has rendered
 */
export function useScrollToHash(ready: boolean): void {
  const { hash, pathname } = useLocation();
  useEffect(() => {
    if (!ready) return;
    if (!hash) {
      window.scrollTo({ top: 0, behavior: 'instant' });
      return;
    }
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    // Instant, not smooth: a deep link should land on its section, not animate past the page.
    target.scrollIntoView({ block: 'start', behavior: 'instant' });
    target.focus({ preventScroll: true });
  }, [ready, hash, pathname]);
}
