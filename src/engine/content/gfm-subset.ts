import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';

/*
 * The part of GitHub-flavoured Markdown the content uses: tables, strikethrough and task
 * lists. Build-time parsing and browser rendering share this list, so what the build checks
 * is exactly what the reader sees; leaving out footnotes, bare-URL autolinks and the
 * Markdown serializer keeps ~10 KB (gzipped) off every lesson page.
 */

/** Syntax extensions for micromark. */
export function gfmSubsetSyntax() {
  return [gfmTable(), gfmStrikethrough(), gfmTaskListItem()];
}

/** Tree-building extensions for mdast-util-from-markdown. */
export function gfmSubsetFromMarkdown() {
  return [gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTaskListItemFromMarkdown()];
}
