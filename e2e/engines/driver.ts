// One small page interface over the two drivers that can reach Debian's
// stock browsers: Playwright drives only its own patched Firefox and WebKit
// builds, which cannot be downloaded here. Firefox ESR speaks WebDriver BiDi
// (puppeteer-core); WebKitGTK's MiniBrowser is driven by WebKitWebDriver
// (W3C WebDriver, through selenium-webdriver) and needs a display (Xvfb).
//
// The time zone is the browser process's TZ, so each page is its own
// browser, started for one zone.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';
import { Builder, By, type WebDriver } from 'selenium-webdriver';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser'].find(
  (path) => existsSync(path),
);

export type EngineName = 'firefox' | 'webkit';

export interface EnginePage {
  readonly engine: EngineName;
  /** The browser's own name and version, as its user agent says. */
  version(): Promise<string>;
  goto(url: string): Promise<void>;
  /** Runs a function body in the page (it may `return` a value or a promise). */
  run<T>(body: string): Promise<T>;
  click(selector: string): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

interface LaunchOptions {
  timeZone: string;
  /** The browser's preferred language, as a POSIX locale: en_US, zh_CN. */
  locale?: string;
}

function browserEnv({ timeZone, locale = 'en_US' }: LaunchOptions): NodeJS.ProcessEnv {
  return { ...process.env, TZ: timeZone, LANG: `${locale}.UTF-8`, LC_ALL: `${locale}.UTF-8`, LANGUAGE: locale };
}

export async function launchFirefox(options: LaunchOptions): Promise<EnginePage> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    env: browserEnv(options),
    extraPrefsFirefox: { 'intl.accept_languages': options.locale === 'zh_CN' ? 'zh-CN,zh' : 'en-US,en' },
  });
  const page = await browser.newPage();
  return {
    engine: 'firefox',
    version: () => browser.version(),
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    run: <T>(body: string) => page.evaluate(`(async () => { ${body} })()`) as Promise<T>,
    click: (selector) => page.click(selector),
    type: (selector, text) => page.type(selector, text),
    setViewport: async (width, height) => {
      // puppeteer-core sends a screen-orientation override with the viewport,
      // a BiDi command Firefox ESR 140.12 answers 'unknown command' to; the
      // viewport command, sent beside it, still applies. Wait for the size
      // itself, so the error stays harmless only while the size is right.
      await page.setViewport({ width, height }).catch((error: unknown) => {
        if (!(error instanceof Error && error.message.includes('setScreenOrientationOverride'))) throw error;
      });
      await page.waitForFunction((w: number, h: number) => innerWidth === w && innerHeight === h, { timeout: 10_000 }, width, height);
    },
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    close: () => browser.close(),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForDriver(port: number, driver: ChildProcess): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${driver.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not start within 20 s');
}

export async function launchWebKit(options: LaunchOptions): Promise<EnginePage> {
  if (!MINIBROWSER) throw new Error("WebKitGTK's MiniBrowser is missing: install Debian's webkit2gtk-driver");
  const port = await freePort();
  // xvfb-run gives MiniBrowser a display of its own; -a picks a free one,
  // searching from a number per Playwright worker so two never race for one.
  const firstDisplay = String(99 + 10 * Number(process.env.TEST_PARALLEL_INDEX ?? 0));
  const driverProcess = spawn('xvfb-run', ['-a', '-n', firstDisplay, '-s', '-screen 0 1280x1024x24', WEBKIT_DRIVER, `--port=${port}`], {
    env: browserEnv(options),
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      if (driverProcess.pid) process.kill(-driverProcess.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  let driver: WebDriver;
  try {
    await waitForDriver(port, driverProcess);
    driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } })
      .build();
  } catch (error) {
    stop();
    throw error;
  }
  return {
    engine: 'webkit',
    version: () => driver.executeScript<string>('return navigator.userAgent'),
    goto: (url) => driver.get(url),
    run: (body) => driver.executeScript(`return (async () => { ${body} })()`),
    click: async (selector) => {
      await driver.findElement(By.css(selector)).click();
    },
    type: async (selector, text) => {
      await driver.findElement(By.css(selector)).sendKeys(text);
    },
    setViewport: async (width, height) => {
      await driver.manage().window().setRect({ width, height });
    },
    screenshot: async (path) => {
      const { writeFile } = await import('node:fs/promises');
      await writeFile(path, await driver.takeScreenshot(), 'base64');
    },
    close: async () => {
      try {
        await driver.quit();
      } finally {
        stop();
      }
    },
  };
}

export function launch(engine: EngineName, options: LaunchOptions): Promise<EnginePage> {
  return engine === 'firefox' ? launchFirefox(options) : launchWebKit(options);
}
