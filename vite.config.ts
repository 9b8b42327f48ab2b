import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentPlugin } from './scripts/vite-content-plugin';
import { serviceWorkerPlugin } from './scripts/vite-sw-plugin';
import { contentSecurityPolicyPlugin } from './scripts/vite-csp-plugin';

/**
 * BASE_PATH lets the static build live under a sub-path, e.g. BASE_PATH=/lpic3/ npm run build.
 */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  // CONTENT_ROOT points the build at another content tree (the pipeline's test fixtures).
  plugins: [react(), contentPlugin(process.env.CONTENT_ROOT ?? process.cwd()), serviceWorkerPlugin(), contentSecurityPolicyPlugin()],
  build: {
    target: 'es2022',
    // Figures and icons stay files, so the Content-Security-Policy needs no data: images.
    assetsInlineLimit: 0,
    reportCompressedSize: true,
    // The size budget check reads the chunk graph from here.
    manifest: true,
  },
});
