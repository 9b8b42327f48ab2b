import { memo, useMemo, type ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { Root } from 'hast';
import { buildComponents } from './markdown-components';

export interface LessonContentProps {
  /** The lesson as an HTML syntax tree, compiled and checked at build time. */
  readonly tree: Root;
  /** Figure path as written -> built asset URL. */
  readonly figures: Readonly<Record<string, string>>;
}

/**
 * Renders a lesson compiled at build time: no Markdown parsing in the browser, so a long
 * lesson appears without blocking the page. The tree holds no raw HTML (the compiler drops
 * it) and goes through the same components as all other content.
 */
export const LessonContent = memo(function LessonContent({ tree, figures }: LessonContentProps): ReactNode {
  const components = useMemo(() => buildComponents(figures, true), [figures]);
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, components, passNode: true });
});
