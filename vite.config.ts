/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// The feed is untrusted: even if text ever reached the DOM as markup, no
// inline script, no foreign script and no foreign connection could run.
// Built pages only: the dev server needs inline scripts for hot reload.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

// Code only the lazy chunks use: the grid, the virtual list (big feeds), the
// Chinese strings and the frab/pretalx importer.
const LAZY_ONLY = /\/(GridView\.tsx|GridSession\.tsx|DayTabs\.tsx|useGridViewport\.ts|VirtualList\.tsx|zh\.json|frab\.ts)$|\/(react-virtual|virtual-core|workbox-window)\//;

// The service worker (src/pwa/sw.ts, built from Workbox's modules; the
// precache list is injected from the files written to dist/). Registration is
// in src/pwa/serviceWorker.ts, bundled: no inline script, for the CSP.
function offlineWorker() {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/pwa',
    filename: 'sw.ts',
    registerType: 'prompt',
    injectRegister: false,
    // public/manifest.webmanifest is the manifest; the plugin does not write one.
    manifest: false,
    injectManifest: {
      globPatterns: ['**/*.{html,js,css,png,svg,ico,webmanifest}'],
    },
  });
}

// Relative base: the built app works from any folder it is copied to,
// and sessions.json is fetched next to index.html.
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), offlineWorker()],
  build: {
    rolldownOptions: {
      output: {
        // Everything the first page needs in one chunk: left to itself the
        // bundler splits out each module a lazy chunk shares, and the extra
        // chunks cost a request and about 2 KB gzip of glue.
        codeSplitting: { groups: [{ name: 'app', test: (id: string) => !LAZY_ONLY.test(id) }] },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    // The property tests run thousands of cases: on a busy 2-core machine
    // they take seconds, and a test must not fail on time.
    testTimeout: 120_000,
  },
});
