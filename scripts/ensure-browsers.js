// Before the browser tests: make sure the three engines attendees use are
// there, as Debian's packages: Chromium, Firefox ESR, and WebKitGTK's
// WebDriver (Safari's engine) with Xvfb for its window. Installs what is
// missing when it can (root with apt-get); otherwise says, in one line, what
// to install. Never downloads a browser build of its own.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const needs = [
  { path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', pkg: 'chromium', overridden: Boolean(process.env.CHROMIUM_PATH) },
  { path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', pkg: 'firefox-esr', overridden: Boolean(process.env.FIREFOX_PATH) },
  {
    path: process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver',
    pkg: 'webkit2gtk-driver',
    overridden: Boolean(process.env.WEBKIT_DRIVER_PATH),
  },
  { path: '/usr/bin/xvfb-run', pkg: 'xvfb', overridden: false },
];

const missing = () => needs.filter((need) => !existsSync(need.path));
let lacking = missing();
if (lacking.length === 0) process.exit(0);

const canApt = process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
const installable = lacking.filter((need) => !need.overridden);
if (canApt && installable.length > 0) {
  const packages = installable.map((need) => need.pkg);
  console.log(`Installing Debian's ${packages.join(', ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  lacking = missing();
  if (lacking.length === 0) process.exit(0);
}

console.error(
  `npm test needs ${lacking.map((need) => need.path).join(', ')}: install them (Debian/Ubuntu: sudo apt-get install ${lacking.map((need) => need.pkg).join(' ')}), or set CHROMIUM_PATH / FIREFOX_PATH / WEBKIT_DRIVER_PATH.`,
);
process.exit(1);
