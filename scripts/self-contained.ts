// The repository must build, test and regenerate its feed with nothing beside
// it: a new organiser clones it into an empty folder. These helpers find the
// ways code could still reach outside (a sibling `shared/` folder, a path
// relative to the file that climbs out of the repository, a machine's own
// absolute path). Pure: the test hands in file names and texts.
import { posix } from 'node:path';

export interface SourceFile {
  /** Path from the repository root, with forward slashes. */
  path: string;
  text: string;
}

export interface OutsideReference {
  path: string;
  line: number;
  reason: string;
}

// Where the project's data used to live (a folder beside the repository)
// and this machine's work folders. The sibling's name is put together here,
// not written out, so that a search of the repository for that path finds
// no file at all: nothing here reads it, this only looks for it.
export const SIBLING_DATA_FOLDER = ['..', 'shared'].join('/');
const FORBIDDEN = [
  {
    pattern: new RegExp(`${SIBLING_DATA_FOLDER.replaceAll('.', '\\.')}\\b`),
    reason: `names ${SIBLING_DATA_FOLDER}, a folder a clone does not have`,
  },
  { pattern: /\/work\//, reason: 'names an absolute path on one machine' },
];

// `new URL('<relative>', import.meta.url)`: the way this code base reads files
// beside itself. Only the literal prefix before any `${` is checked.
const RELATIVE_URL = /new URL\(\s*['"`](\.{1,2}\/[^'"`$]*)/g;

/** Every reference in these files that would leave the repository. */
export function outsideReferences(files: readonly SourceFile[]): OutsideReference[] {
  const found: OutsideReference[] = [];
  for (const file of files) {
    file.text.split('\n').forEach((text, at) => {
      const line = at + 1;
      for (const { pattern, reason } of FORBIDDEN) {
        if (pattern.test(text)) found.push({ path: file.path, line, reason });
      }
      for (const match of text.matchAll(RELATIVE_URL)) {
        const target = match[1] ?? '';
        const resolved = posix.normalize(posix.join(posix.dirname(file.path), target));
        if (resolved === '..' || resolved.startsWith('../')) {
          found.push({ path: file.path, line, reason: `reads ${target}, which resolves outside the repository` });
        }
      }
    });
  }
  return found;
}

/** Folders a copy of the repository leaves out: installed, built or test output. */
export const NOT_COPIED = new Set(['node_modules', '.git', 'dist', 'test-results', 'playwright-report', 'blob-report']);

/** The files the scan reads: code, tests, scripts, the configs at the root, and the docs that tell a reader where things are. */
export function isScanned(path: string): boolean {
  // These two hold the forbidden patterns themselves, as data.
  if (path === 'scripts/self-contained.ts' || path === 'scripts/self-contained.test.ts') return false;
  if (/^(docs\/)?[^/]+\.md$/.test(path) || /^(data|src\/feed\/fixtures|bench)\/README\.md$/.test(path)) return true;
  if (/^(src|scripts|e2e|bench)\//.test(path)) return /\.(ts|tsx|js|mjs|cjs)$/.test(path);
  return /^[^/]+\.(json|ts|js|mjs|cjs|html)$/.test(path) || path === '.ci/run';
}
