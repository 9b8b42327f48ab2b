import { memo, type ReactNode } from 'react';

/**
 * Renders the inline Markdown that option texts use (`code`, **bold**, *emphasis*) without
 * the full Markdown pipeline: options are short and many, and this keeps answering fast.
 * Anything else is shown as written; nothing is interpreted as HTML.
 */
export const InlineMarkdown = memo(function InlineMarkdown({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  const pattern = /(`+)([\s\S]*?[^`])\1(?!`)|\*\*([^*]+)\*\*|(?<![\w*])\*([^*\s][^*]*)\*(?![\w*])/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    if (match[2] !== undefined) parts.push(<code key={match.index}>{match[2].trim() || match[2]}</code>);
    else if (match[3] !== undefined) parts.push(<strong key={match.index}>{match[3]}</strong>);
    else if (match[4] !== undefined) parts.push(<em key={match.index}>{match[4]}</em>);
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
});
