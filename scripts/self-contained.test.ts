import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { isScanned, NOT_COPIED, outsideReferences, SIBLING_DATA_FOLDER, type SourceFile } from './self-contained.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const SIBLING = SIBLING_DATA_FOLDER;
// A machine path, put together as the sibling's is (see self-contained.ts).
const MACHINE = ['', 'work', 'data'].join('/');

describe('outsideReferences', () => {
  it('finds a sibling shared folder, a machine path and relative URLs that climb out', () => {
    const files: SourceFile[] = [
      { path: 'src/feed/a.test.ts', text: 'ok\nreadFileSync(new URL(`../../../data/${name}`, import.meta.url))' },
      { path: 'scripts/b.ts', text: `const d = '${MACHINE}/seeds';` },
      { path: 'README.md', text: `see ${SIBLING}/FEED.md` },
      { path: 'e2e/c.spec.ts', text: "new URL('../../x.json', import.meta.url)" },
    ];
    expect(outsideReferences(files)).toEqual([
      { path: 'src/feed/a.test.ts', line: 2, reason: expect.stringMatching(/resolves outside/) },
      { path: 'scripts/b.ts', line: 1, reason: expect.stringMatching(/absolute path/) },
      { path: 'README.md', line: 1, reason: expect.stringMatching(/a clone does not have/) },
      { path: 'e2e/c.spec.ts', line: 1, reason: expect.stringMatching(/resolves outside/) },
    ]);
  });

  it('accepts paths that stay inside the repository', () => {
    const files: SourceFile[] = [
      { path: 'src/feed/frab.test.ts', text: 'new URL(`./fixtures/${name}`, import.meta.url)' },
      { path: 'scripts/build-feed.ts', text: "new URL('../data/istiocon-2022/', import.meta.url)" },
      { path: 'e2e/import.spec.ts', text: 'new URL(`../src/feed/fixtures/${name}`, import.meta.url)' },
      { path: 'vite.config.ts', text: "new URL('.', import.meta.url)" },
    ];
    expect(outsideReferences(files)).toEqual([]);
  });

  it('scans code, tests, root configs and docs, not data', () => {
    const scanned = [
      'src/feed/parse.ts',
      'e2e/a.spec.ts',
      'bench/run.ts',
      'scripts/x.js',
      'vite.config.ts',
      'package.json',
      'index.html',
      '.ci/run',
    ];
    const docs = ['README.md', 'docs/feed-format.md', 'data/README.md', 'src/feed/fixtures/README.md'];
    expect([...scanned, ...docs].every(isScanned)).toBe(true);
    expect(
      [
        'public/sessions.json',
        'data/istiocon-2022/sessions/a2.md',
        'src/feed/fixtures/camp2019-frab-schedule.json',
        'docs/feed.schema.json',
      ].some(isScanned),
    ).toBe(false);
  });
});

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (NOT_COPIED.has(entry.name)) return [];
    const full = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

describe('this repository', () => {
  it('reads nothing outside itself in its code, tests, scripts and configs, and its docs point at nothing outside', () => {
    const files = listFiles(ROOT)
      .map((full) => relative(ROOT, full).split(sep).join('/'))
      .filter(isScanned)
      .map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') }));
    expect(files.length).toBeGreaterThan(50);
    expect(outsideReferences(files)).toEqual([]);
  });

  describe('copied alone into an empty folder', () => {
    // <tmp>/schedule-solo-XXXX/app: the folder beside the copy is empty.
    const parent = mkdtempSync(join(tmpdir(), 'schedule-solo-'));
    const copy = join(parent, 'app');
    afterAll(() => rmSync(parent, { recursive: true, force: true }));

    it('regenerates the committed public/sessions.json byte for byte with `npm run feed`', () => {
      cpSync(ROOT, copy, { recursive: true, filter: (source) => !NOT_COPIED.has(source.split(sep).pop() ?? '') });
      rmSync(join(copy, 'public', 'sessions.json'));
      // Installed packages are not the repository's to prove; link them rather than install.
      symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
      expect(readdirSync(parent)).toEqual(['app']);
      execFileSync('npm', ['run', '--silent', 'feed'], { cwd: copy, stdio: 'pipe' });
      expect(existsSync(join(copy, 'public', 'sessions.json'))).toBe(true);
      expect(readFileSync(join(copy, 'public', 'sessions.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'public', 'sessions.json'), 'utf8'));
    });
  });
});
