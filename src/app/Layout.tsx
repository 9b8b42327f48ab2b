import { useEffect, useRef, useState } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { SearchBox } from '../features/search/SearchBox';
import { usePreferences } from '../store/stores-context';
import { applyTheme, resolveTheme } from './theme';
import { NAV_ITEMS } from './nav';
import { PersistenceBanner } from './PersistenceBanner';
import { UpdateBanner } from './UpdateBanner';

function ThemeToggle() {
  const theme = usePreferences((state) => state.theme);
  const setTheme = usePreferences((state) => state.setTheme);
  const [shown, setShown] = useState(() => resolveTheme(theme));
  useEffect(() => {
    applyTheme(theme);
    setShown(resolveTheme(theme));
    if (theme !== 'system' || typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const follow = () => {
      applyTheme('system');
      setShown(resolveTheme('system'));
    };
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, [theme]);
  const next = shown === 'dark' ? 'light' : 'dark';
  return (
    <button type="button" className="icon-button" onClick={() => setTheme(next)} aria-label={`Switch to ${next} theme`} title={`Switch to ${next} theme`}>
      <span aria-hidden="true">{shown === 'dark' ? '☀' : '☾'}</span>
    </button>
  );
}

/**
 * Focuses the page's h1 once it exists: pages load lazily, so it may appear only after the
 * route's code arrives. Gives up after a few seconds or if the learner has moved focus.
 * @returns a cleanup that stops waiting
 */
function focusPageHeading(): () => void {
  const main = document.getElementById('main');
  if (!main) return () => undefined;
  main.focus({ preventScroll: true });
  const tryFocus = () => {
    const heading = main.querySelector<HTMLElement>('h1');
    if (!heading) return false;
    if (document.activeElement === main || document.activeElement === document.body) heading.focus({ preventScroll: true });
    return true;
  };
  if (tryFocus()) return () => undefined;
  const observer = new MutationObserver(() => {
    if (tryFocus()) observer.disconnect();
  });
  observer.observe(main, { childList: true, subtree: true });
  const timeout = window.setTimeout(() => observer.disconnect(), 5000);
  return () => {
    observer.disconnect();
    window.clearTimeout(timeout);
  };
}

const SITE_TITLE = 'LPIC-3 351.1 Virtualization';

/**
 * Names the browser tab after the page's h1 ("Live migration · LPIC-3 351.1 Virtualization"),
 * waiting for lazily loaded pages to render their heading.
 */
function useDocumentTitle() {
  const { pathname } = useLocation();
  useEffect(() => {
    const main = document.getElementById('main');
    if (!main) return;
    const apply = () => {
      const heading = main.querySelector('h1')?.textContent?.trim();
      if (heading) document.title = heading === 'Virtualization Concepts and Theory' ? `${SITE_TITLE}: ${heading}` : `${heading} · ${SITE_TITLE}`;
    };
    apply();
    // The new page may render its heading a little later (lazy code, loaded data): follow it briefly.
    const observer = new MutationObserver(apply);
    observer.observe(main, { childList: true, subtree: true, characterData: true });
    const timeout = window.setTimeout(() => observer.disconnect(), 3000);
    return () => {
      observer.disconnect();
      window.clearTimeout(timeout);
    };
  }, [pathname]);
}

/**
 * After client-side navigation (not on first load): back to the top, unless the address names
 * a section (the page scrolls to it), and focus on the new page's heading for screen readers.
 */
function useFocusOnNavigate() {
  const { pathname, hash } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (hash) return;
    window.scrollTo({ top: 0 });
    return focusPageHeading();
  }, [pathname]); // eslint-disable-line react-hooks/exhaustive-deps -- only a new page moves focus, not a new #section
}

function Navigation() {
  const [open, setOpen] = useState(false);
  const { pathname } = useLocation();
  useEffect(() => setOpen(false), [pathname]);
  return (
    <nav
      className="site-nav"
      aria-label="Main"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false);
          event.currentTarget.querySelector<HTMLButtonElement>('.site-nav__toggle')?.focus();
        }
      }}
    >
      <button type="button" className="site-nav__toggle" aria-expanded={open} aria-controls="site-nav-list" onClick={() => setOpen(!open)}>
        Menu
      </button>
      <ul id="site-nav-list" className={open ? 'site-nav__list site-nav__list--open' : 'site-nav__list'}>
        {NAV_ITEMS.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.to === '/'}>
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The frame around every page: skip link, header, navigation, search, theme, footer. */
export function Layout() {
  useFocusOnNavigate();
  useDocumentTitle();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <NavLink to="/" className="brand" aria-label="351.1 Virtualization, home">
            <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width="28" height="28" />
            <span>
              <strong>351.1</strong> Virtualization
            </span>
          </NavLink>
          <Navigation />
          <div className="site-header__tools">
            <SearchBox />
            <ThemeToggle />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <UpdateBanner />
        <PersistenceBanner />
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          Study notes for LPIC-3 exam 305-300, objective 351.1. Not affiliated with the Linux Professional Institute. Your
          progress stays in this browser.
        </p>
      </footer>
    </>
  );
}
