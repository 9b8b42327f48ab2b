import { useState, type ComponentProps, type ReactNode } from 'react';
import type { Components, ExtraProps } from 'react-markdown';
import { Link } from 'react-router';
import type { Element, ElementContent } from 'hast';
import { CodeBlock } from './CodeBlock';
import { resolveContentLink } from '../lib/markdown-links';


function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

function firstElement(node: Element | undefined, tagName: string): Element | undefined {
  return node?.children.find((child): child is Element => child.type === 'element' && child.tagName === tagName);
}

const CALLOUT_KINDS: Readonly<Record<string, string>> = {
  'exam tip': 'exam-tip',
  'common mistake': 'mistake',
  note: 'note',
  answer: 'answer',
};

/** The callout kind of a block quote that starts with "**Exam tip:**" and the like. */
function calloutKind(node: Element | undefined): string | undefined {
  const paragraph = firstElement(node, 'p');
  const first = paragraph?.children.find((child) => child.type !== 'text' || child.value.trim() !== '');
  if (!first || first.type !== 'element' || first.tagName !== 'strong') return undefined;
  const label = textOf(first).trim().replace(/:$/, '').toLowerCase();
  return CALLOUT_KINDS[label];
}

/** An exercise answer, hidden until the reader asks; the summary says what it will do. */
function RevealAnswer({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="callout callout--answer" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{open ? 'Hide answer' : 'Show answer'}</summary>
      <div className="callout__body">{children}</div>
    </details>
  );
}

function Blockquote({ node, children }: ComponentProps<'blockquote'> & ExtraProps) {
  const kind = calloutKind(node);
  if (kind === 'answer') return <RevealAnswer>{children}</RevealAnswer>;
  if (kind) {
    return (
      // role="note", not <aside>: a lesson has many callouts, and landmarks must be unique.
      <div role="note" className={`callout callout--${kind}`} aria-label={kind === 'exam-tip' ? 'Exam tip' : kind === 'mistake' ? 'Common mistake' : 'Note'}>
        {children}
      </div>
    );
  }
  return <blockquote>{children}</blockquote>;
}

function Pre({ node }: ComponentProps<'pre'> & ExtraProps) {
  const code = firstElement(node, 'code');
  const classes = code?.properties.className;
  const classList = Array.isArray(classes) ? classes.map(String) : [];
  const language = classList.find((name) => name.startsWith('language-'))?.slice('language-'.length) ?? 'text';
  return <CodeBlock code={code ? textOf(code) : ''} language={language} />;
}

function Anchor({ href = '', children }: ComponentProps<'a'> & ExtraProps) {
  const link = resolveContentLink(href);
  if (link.kind === 'lesson') return <Link to={link.to}>{children}</Link>;
  if (link.kind === 'anchor') return <a href={link.hash}>{children}</a>;
  if (link.kind === 'external') {
    return (
      <a href={link.href} rel="noopener noreferrer" target="_blank">
        {children}
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>
    );
  }
  return <span>{children}</span>;
}

function Table({ children }: ComponentProps<'table'> & ExtraProps) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Table">
      <table>{children}</table>
    </div>
  );
}

function headingWithAnchor(Tag: 'h2' | 'h3') {
  return function Heading({ id, children }: ComponentProps<'h2'> & ExtraProps) {
    return (
      <Tag id={id} tabIndex={-1}>
        {children}
        {id ? (
          <a className="heading-anchor" href={`#${id}`} aria-label="Link to this section">
            #
          </a>
        ) : null}
      </Tag>
    );
  };
}

/**
 * How content Markdown becomes React: callouts, revealable answers, highlighted code, safe
 * links, figures from built assets, scrollable tables and (for lessons) heading anchors.
 * Shared by the runtime Markdown renderer and the precompiled lesson trees.
 * @param figures figure path as written -> built asset URL
 * @param headingAnchors give h2/h3 a "link to this section" anchor (their ids come with the tree)
 */
export function buildComponents(figures: Readonly<Record<string, string>>, headingAnchors: boolean): Components {
  const components: Components = {
    blockquote: Blockquote,
    pre: Pre,
    a: Anchor,
    table: Table,
    p({ node, children }) {
      const only = node?.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
      const onlyImage = only?.length === 1 && only[0]?.type === 'element' && only[0].tagName === 'img';
      return onlyImage ? <>{children}</> : <p>{children}</p>;
    },
    img({ src = '', alt = '', title }) {
      const url = typeof src === 'string' ? figures[src] : undefined;
      if (!url) return <span className="figure-missing">[{alt}]</span>;
      return (
        <figure className="figure">
          <a href={url} target="_blank" rel="noopener" className="figure__open" title="Open the figure full size">
            <img src={url} alt={alt} loading="lazy" decoding="async" />
          </a>
          {title ? <figcaption>{title}</figcaption> : null}
        </figure>
      );
    },
  };
  if (headingAnchors) {
    components.h2 = headingWithAnchor('h2');
    components.h3 = headingWithAnchor('h3');
  }
  return components;
}

