import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app: scripts, styles, images and workers only
 * from the app's own origin, no inline script, nothing remote. (The dev server injects
 * inline styles for hot reloading, so the policy is added to the build only.)
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Adds the policy to index.html as a meta tag. */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'lpic3-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}
