import { memo, useMemo, type ReactNode } from 'react';
import ReactMarkdown from 'react-markdown';
import { remarkGfmSubset } from './remark-gfm-subset';
import { buildComponents } from './markdown-components';

export interface MarkdownProps {
  readonly children: string;
}

const REMARK_PLUGINS = [remarkGfmSubset];

/**
 * Renders the short Markdown of questions, explanations and glossary entries at run time:
 * the content's GFM subset, no raw HTML, checked links, highlighted code, callouts.
 * (Lessons are compiled at build time instead; see LessonContent.)
 */
export const Markdown = memo(function Markdown({ children }: MarkdownProps): ReactNode {
  const components = useMemo(() => buildComponents({}, false), []);
  return (
    <ReactMarkdown remarkPlugins={REMARK_PLUGINS} components={components} skipHtml>
      {children}
    </ReactMarkdown>
  );
});
