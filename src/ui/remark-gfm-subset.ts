import type { Processor } from 'unified';
import { gfmSubsetFromMarkdown, gfmSubsetSyntax } from '../engine/content/gfm-subset';

interface ParserData {
  micromarkExtensions?: unknown[];
  fromMarkdownExtensions?: unknown[];
}

/** A remark plugin enabling the GFM subset the content uses (see engine/content/gfm-subset). */
export function remarkGfmSubset(this: Processor): void {
  const data = this.data() as ParserData;
  (data.micromarkExtensions ??= []).push(...gfmSubsetSyntax());
  (data.fromMarkdownExtensions ??= []).push(...gfmSubsetFromMarkdown());
}
