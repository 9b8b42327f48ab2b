import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The service worker: precaches every file of the build (app, lessons, question bank,
 * figures), answers from the cache first, serves index.html for any page when offline, and
 * waits to take over until the app asks it to (after the learner agreed to reload).
 */
function serviceWorkerSource(version: string, files: readonly string[]): string {
  return `/* Generated at build time. */
const VERSION = ${JSON.stringify(version)};
const CACHE = 'lpic3-' + VERSION;
const FILES = ${JSON.stringify(files)};
const scope = new URL(self.registration.scope);
const toUrl = (file) => new URL(file, scope).href;
const INDEX = toUrl('index.html');

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map(toUrl))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('lpic3-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(scope.origin)) return;
  if (request.mode === 'navigate') {
    event.respondWith(caches.match(INDEX, { ignoreVary: true }).then((cached) => cached || fetch(request)));
    return;
  }
  // ignoreVary: hosts often send "Vary: Origin", and module scripts are requested with an Origin header.
  event.respondWith(caches.match(request, { ignoreSearch: true, ignoreVary: true }).then((cached) => cached || fetch(request)));
});
`;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** Writes dist/sw.js after the build, listing every file the app may need offline. */
export function serviceWorkerPlugin(): Plugin {
  return {
    name: 'lpic3-service-worker',
    apply: 'build',
    // After Vite's own HTML plugin, so index.html is in the bundle.
    enforce: 'post',
    generateBundle(_options, bundle) {
      // Everything Vite emits, plus the public/ files it copies; not the build manifest.
      const emitted = Object.keys(bundle).filter((file) => !file.startsWith('.vite/') && !file.endsWith('.map'));
      const publicDir = join(process.cwd(), 'public');
      const publicFiles = listFiles(publicDir).map((file) => relative(publicDir, file).split('\\').join('/'));
      const files = [...new Set([...emitted, ...publicFiles].filter((file) => file !== 'sw.js'))].sort();
      const version = createHash('sha256').update(files.join('\n')).update(emitted.map((file) => {
        const item = bundle[file]!;
        return item.type === 'chunk' ? item.code : typeof item.source === 'string' ? item.source : Buffer.from(item.source).toString('base64');
      }).join('')).digest('hex').slice(0, 12);
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: serviceWorkerSource(version, files) });
    },
  };
}
