// The bench's own build of the app (never dist/), shared by `npm run bench`
// and `npm run bench:after-paint`. Vite's output goes to stderr, so stdout
// carries only the figures.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VITE = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));

/** `vite build --outDir outDir` from the project root (a path relative to it); unminified when asked, so traces name the app's functions. */
export function buildApp(outDir: string, { minify = true }: { minify?: boolean } = {}): void {
  const args = [VITE, 'build', '--outDir', outDir, '--logLevel', 'warn', ...(minify ? [] : ['--minify', 'false'])];
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status ?? result.signal})`);
}
