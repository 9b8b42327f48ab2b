import { toHast } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { Root as HastRoot } from 'hast';

const HEADING = /^h[1-6]$/;

/**
 * Compiles a lesson's Markdown tree to the HTML syntax tree the browser renders, at build
 * time: raw HTML is dropped (never rendered), headings get their GitHub-style ids, and
 * source positions are removed to keep the lesson's chunk small.
 * @param tree the lesson body as parsed (mdast, with positions)
 * @param headingIds source line of each heading -> its slug
 */
export function compileLessonTree(tree: Root, headingIds: Readonly<Record<number, string>>): HastRoot {
  const hast = toHast(tree) as HastRoot;
  visit(hast, (node) => {
    if (node.type === 'element' && HEADING.test(node.tagName)) {
      const line = node.position?.start.line;
      const id = line === undefined ? undefined : headingIds[line];
      if (id) node.properties.id = id;
    }
    delete node.position;
  });
  return hast;
}
