// A static server of a test's own, as real hosts serve (404 for a missing
// file, scripts/static-server.ts), on a free port.
import type { Server } from 'node:http';
import { startStaticServer, type StaticServerOptions } from '../scripts/static-server.ts';

/** The build playwright.config.ts makes before the tests run. */
export const DIST = new URL('../dist/', import.meta.url).pathname;

export interface TestServer {
  url: string;
  close: () => Promise<void>;
}

/** Serves `root` until `close`; `url` ends with the base, so `${url}?view=grid` works. */
export async function serve(options: Omit<StaticServerOptions, 'port'>): Promise<TestServer> {
  const server: Server = await startStaticServer({ ...options, port: 0 });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${options.base ?? '/'}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
