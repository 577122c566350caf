// Sizes of the built JS and CSS, raw and compressed the way a server would
// send them. "Initial" is exactly what index.html makes the browser fetch
// before the app can run: the entry script, modulepreloads and stylesheets.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface ChunkSize {
  file: string;
  kind: 'entry' | 'preload' | 'css' | 'lazy' | 'worker';
  initial: boolean;
  raw: number;
  gzip: number;
  brotli: number;
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    if (match[1]) found.set(match[1].toLowerCase(), match[2] ?? match[3] ?? '');
  }
  return found;
}

/** The files index.html loads up front, relative to the build folder. */
export function initialFiles(html: string): Map<string, ChunkSize['kind']> {
  const files = new Map<string, ChunkSize['kind']>();
  const clean = (href: string) => href.replace(/^\.?\//, '');
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const attrs = attributes(tag);
    const src = attrs.get('src');
    const href = attrs.get('href');
    const rel = attrs.get('rel');
    if (tag.toLowerCase().startsWith('<script') && src) files.set(clean(src), 'entry');
    else if (rel === 'modulepreload' && href) files.set(clean(href), 'preload');
    else if (rel === 'stylesheet' && href) files.set(clean(href), 'css');
  }
  return files;
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? allFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

export function measureBundle(outDir: string): ChunkSize[] {
  const initial = initialFiles(readFileSync(join(outDir, 'index.html'), 'utf8'));
  const chunks = allFiles(outDir)
    .map((path) => relative(outDir, path).split('\\').join('/'))
    .filter((file) => /\.(m?js|css)$/.test(file))
    .map((file): ChunkSize => {
      const bytes = readFileSync(join(outDir, file));
      const kind = initial.get(file) ?? (file.startsWith('assets/') ? 'lazy' : 'worker');
      return {
        file,
        kind,
        initial: initial.has(file),
        raw: bytes.length,
        // zlib's default level, as Vite's own size report and most servers use.
        gzip: gzipSync(bytes).length,
        // Quality 11: brotli is usually precompressed at build time, so at its best.
        brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      };
    });
  const missing = [...initial.keys()].filter((file) => !chunks.some((chunk) => chunk.file === file));
  if (missing.length > 0) throw new Error(`index.html loads files the build does not have: ${missing.join(', ')}`);
  const order: ChunkSize['kind'][] = ['entry', 'preload', 'css', 'lazy', 'worker'];
  return chunks.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || b.raw - a.raw);
}
