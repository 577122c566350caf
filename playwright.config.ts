import { defineConfig } from '@playwright/test';

const CI = Boolean(process.env.CI);
// E2E_PORT lets a second checkout run its tests beside this one.
const PORT = Number(process.env.E2E_PORT ?? 4174);
// The Fetch standard's "bad ports" above 1023: browsers refuse to load a page
// from them (4190 is ManageSieve's). With one, every Firefox task failed with
// deniedPortAccess before a page loaded; say so once instead.
const BAD_PORTS = [1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080];
if (BAD_PORTS.includes(PORT))
  throw new Error(`E2E_PORT=${PORT} is a port browsers refuse to load pages from; pick another (the default is 4174).`);

// Browsers cannot be downloaded here: drive the system Chromium (Debian's
// package), or whatever CHROMIUM_PATH names.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: CI ? 1 : 0,
  forbidOnly: CI,
  // Generous waits: on a loaded 2-core machine a cold page can take seconds;
  // a test should fail on behaviour, not on a busy CPU.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: CI ? [['list'], ['line']] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    locale: 'en-US',
    timezoneId: 'UTC',
    trace: 'retain-on-failure',
    // A service worker answers fetches itself, out of page.route's reach: the
    // specs that serve their own feed need it off. offline.spec.ts turns it on.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      // The machine has no network: keep Chromium from trying to reach Google.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
    },
  },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium' }, testIgnore: 'engines/**' },
    // Debian's Firefox ESR and WebKitGTK, driven by their own drivers
    // (e2e/engines/driver.ts): the same user tasks, one spec per engine.
    { name: 'firefox-esr', testMatch: 'engines/firefox.spec.ts' },
    { name: 'webkit', testMatch: 'engines/webkit.spec.ts' },
  ],
  webServer: {
    // A plain static server, as real hosts are: 404 for a missing file, no
    // index.html for every path (vite preview answers anything with the page,
    // which hid a service worker that could not install).
    command: `npx vite build --logLevel warn && npx tsx scripts/static-server.ts --root dist --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
