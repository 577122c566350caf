// A plain static file server, as real hosts behave: a file that exists is
// served, anything else is a 404. No fallback to index.html, so a precache
// list naming a missing file fails here as it fails on nginx, S3 or Pages.
// Used by the e2e tests and the engine specs; `--base /sub/` serves the app
// under a sub-path, as GitHub Pages does for a project site.
//
//   tsx scripts/static-server.ts --root dist --port 4174 [--base /sub/]
import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServerOptions {
  root: string;
  port: number;
  host?: string;
  /** The path the app lives under, with slashes at both ends: '/' or '/schedule/'. */
  base?: string;
  /**
   * Requests to accept and never answer, as "lie-fi" does (a captive portal,
   * a dead proxy): for tests of what the app does when the network hangs.
   */
  stall?: (urlPath: string) => boolean;
  /**
   * Every answer starts this many milliseconds after its request, as over a
   * line with that round trip (and no limit on bandwidth): for the bench,
   * whose loads otherwise get every file the moment they ask.
   */
  latencyMs?: number;
}

/** Which file a request path names, or undefined when it leaves the root or the base. */
export function fileFor(root: string, base: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
  if (!path.startsWith(base)) return undefined;
  const relative = path.slice(base.length);
  const file = normalize(join(root, relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative));
  return file === root || file.startsWith(root + sep) ? file : undefined;
}

// The caching a host should send: the page, the worker and the feed are
// revalidated; content-hashed assets never change under their name.
function cacheControl(file: string): string {
  return /[\\/]assets[\\/]/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export function startStaticServer({
  root,
  port,
  host = '127.0.0.1',
  base = '/',
  stall,
  latencyMs = 0,
}: StaticServerOptions): Promise<Server> {
  const absoluteRoot = resolve(root);
  const server = createServer((request, response) => {
    if (stall?.(request.url ?? '/')) return;
    if (latencyMs > 0) setTimeout(() => answer(request, response), latencyMs);
    else answer(request, response);
  });
  function answer(request: IncomingMessage, response: ServerResponse): void {
    const file = fileFor(absoluteRoot, base, request.url ?? '/');
    const stat = file ? statSync(file, { throwIfNoEntry: false }) : undefined;
    if (!file || !stat?.isFile() || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': stat.size,
      'cache-control': cacheControl(file),
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  }
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveStart(server));
  });
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const { values } = parseArgs({
    options: {
      root: { type: 'string', default: 'dist' },
      port: { type: 'string', default: '4174' },
      base: { type: 'string', default: '/' },
    },
  });
  const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
  const server = await startStaticServer({ root: values.root, port: Number(values.port), base });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : values.port;
  console.log(`Serving ${values.root} at http://127.0.0.1:${port}${base} (404 for missing files)`);
}
