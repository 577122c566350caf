// The bench's own build of the app (never dist/), shared by `npm run bench`
// and `npm run bench:after-paint`. Vite's output goes to stderr, so stdout
// carries only the figures.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/**
 * The app as it was at a git revision, built into outDir (relative to the
 * project root): checked out in a temporary worktree beside this one's
 * node_modules, so an old revision builds with today's packages. "." is the
 * working tree as it is, uncommitted changes included.
 */
export function buildRevision(revision: string, outDir: string): void {
  if (revision === '.') return buildApp(outDir);
  const tree = mkdtempSync(`${tmpdir()}/bench-ab-`);
  const git = (...args: string[]) => {
    const result = spawnSync('git', args, { cwd: ROOT, stdio: ['ignore', 2, 2] });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
  };
  git('worktree', 'add', '--detach', '--quiet', tree, revision);
  try {
    symlinkSync(`${ROOT}node_modules`, `${tree}/node_modules`, 'dir');
    const args = [VITE, 'build', '--outDir', `${ROOT}${outDir}`, '--emptyOutDir', '--logLevel', 'warn'];
    const result = spawnSync(process.execPath, args, { cwd: tree, stdio: ['ignore', 2, 2] });
    if (result.status !== 0) throw new Error(`vite build of ${revision} failed (exit ${result.status ?? result.signal})`);
  } finally {
    git('worktree', 'remove', '--force', tree);
  }
}

/** Where a build's copy with the 5,000-session feed sits, under the build. */
export const BIG_PATH = '5000/';

/**
 * The built app in outDir copied to outDir/5000/ with `feedJson` as its
 * sessions.json (the build's base is relative, so the copy fetches the feed
 * beside it). Staged beside outDir: a folder cannot be copied into itself.
 */
export function writeBigCopy(outDir: string, feedJson: string): void {
  const staging = `${ROOT}${outDir}-5000`;
  rmSync(staging, { recursive: true, force: true });
  cpSync(`${ROOT}${outDir}`, staging, { recursive: true });
  writeFileSync(`${staging}/sessions.json`, feedJson);
  renameSync(staging, `${ROOT}${outDir}/${BIG_PATH}`);
}
