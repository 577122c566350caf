// The bench's own build of the app (never dist/), shared by `npm run bench`
// and `npm run bench:after-paint`. Vite's output goes to stderr, so stdout
// carries only the figures.
import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VITE = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));

/** `vite build --outDir outDir` from the project root (a path relative to it); unminified when asked, so traces name the app's functions. */
export function buildApp(outDir: string, { minify = true }: { minify?: boolean } = {}): void {
  const args = [VITE, 'build', '--outDir', outDir, '--logLevel', 'warn', ...(minify ? [] : ['--minify', 'false'])];
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status ?? result.signal})`);
}

/**
 * The floor pages (bench/floor/: the feed listed by plain DOM code, and by
 * React alone) into outDir, beside a copy of the IstioCon feed. Production
 * React, relative base; no config file, so none of the app's plugins.
 */
export async function buildFloors(outDir: string): Promise<void> {
  const root = fileURLToPath(new URL('./floor/', import.meta.url));
  // One build per page, so each is one script as the app's entry is (a shared chunk would add a request).
  for (const [at, page] of ['plain', 'react'].entries()) {
    await build({
      root,
      configFile: false,
      base: './',
      logLevel: 'warn',
      build: { outDir: `${ROOT}${outDir}`, emptyOutDir: at === 0, rollupOptions: { input: `${root}${page}.html` } },
    });
  }
  copyFileSync(`${ROOT}public/sessions.json`, `${ROOT}${outDir}/sessions.json`);
}
