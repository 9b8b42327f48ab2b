/** Where a Markdown link in a lesson or question points, resolved for the app's router. */
export type ResolvedLink =
  | { readonly kind: 'lesson'; readonly to: string }
  | { readonly kind: 'anchor'; readonly hash: string }
  | { readonly kind: 'external'; readonly href: string }
  | { readonly kind: 'unsafe' };

/**
 * Resolves a link written in content: "other.md#slug" becomes a route, "#slug" stays an
 * anchor, http(s) and mailto are external, anything else (javascript:, data:) is refused.
 * @param href the link target as written
 */
export function resolveContentLink(href: string): ResolvedLink {
  const lesson = /^(?:\.\/)?([a-z0-9-]+)\.md(#[\w-]+)?$/.exec(href);
  if (lesson?.[1]) return { kind: 'lesson', to: `/lessons/${lesson[1]}${lesson[2] ?? ''}` };
  if (href.startsWith('#')) return { kind: 'anchor', hash: href };
  if (/^(https?:|mailto:)/i.test(href)) return { kind: 'external', href };
  if (href.startsWith('/')) return { kind: 'lesson', to: href };
  return { kind: 'unsafe' };
}
