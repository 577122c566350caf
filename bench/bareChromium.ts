// Loads as an attendee's browser makes them: Chromium driven over its
// DevTools pipe with no DevTools domain turned on but the ones a load needs
// (Page, Emulation), so nothing of DevTools' own runs inside the page.
//
// Playwright turns on the Network and Runtime domains in every page it
// drives, and adds a second script world to each document. With them on, the
// page pays for DevTools: each request records the script stack that started
// it, which makes V8 parse the app's chunk a second time to find positions
// in it (V8.CollectSourcePositions, 22 ms of a 34 ms module evaluation
// traced at 1×). Measured 2026-12-07 through bare CDP on the same build,
// 8 loads of each in turn: IstioCon's first session 163 ms bare against 197
// with Network and Runtime on (1×), 555 against 648 (4×); React alone 92
// against 113. No attendee has DevTools open, so the loads are taken here;
// the interactions, which Playwright's clicks and keys drive, stay on it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

type Json = Record<string, unknown>;

interface Reply {
  id?: number;
  result?: Json;
  error?: { message: string };
}

/**
 * The switches Playwright starts Chromium with (playwright-core's
 * chromiumSwitches and its headless ones, 2026-12), so that a bare load and
 * a Playwright load differ only in the DevTools domains: among them field
 * trials off, paint holding off, and the hover and pointer a mouse gives.
 */
const SWITCHES = [
  '--headless',
  '--remote-debugging-pipe',
  '--no-sandbox',
  '--disable-field-trial-config',
  '--disable-background-networking',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-back-forward-cache',
  '--disable-breakpad',
  '--disable-component-extensions-with-background-pages',
  '--disable-component-update',
  '--no-default-browser-check',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
  '--disable-extensions',
  '--disable-features=AvoidUnnecessaryBeforeUnloadCheckSync,DestroyProfileOnBrowserClose,HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,MediaRouter,PaintHolding,ThirdPartyStoragePartitioning,OptimizationHints,NetworkTimeServiceQuerying,PreconnectToSearch',
  '--allow-pre-commit-input',
  '--disable-hang-monitor',
  '--disable-ipc-flooding-protection',
  '--disable-popup-blocking',
  '--disable-prompt-on-repost',
  '--disable-renderer-backgrounding',
  '--force-color-profile=srgb',
  '--metrics-recording-only',
  '--no-first-run',
  '--password-store=basic',
  '--no-service-autorun',
  '--disable-sync',
  '--hide-scrollbars',
  '--mute-audio',
  '--blink-settings=primaryHoverType=2,availableHoverTypes=2,primaryPointerType=4,availablePointerTypes=4',
  // The bench's own (launchChromium in measure.ts).
  '--disable-gpu',
];

/** A browser context and its one page, attached over the pipe. */
export interface BarePage {
  /** A DevTools command to this page. */
  send(method: string, params?: Json): Promise<Json>;
  /** `fn(arg)` run in the page (a function that uses only its argument and browser globals); awaited, returned by value. */
  run<A, R>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  close(): Promise<void>;
}

export interface BareChromium {
  version: string;
  newPage(): Promise<BarePage>;
  close(): Promise<void>;
}

/**
 * The whole messages in what has come down the pipe so far, and the start of
 * the next one: each message ends with a NUL byte, and a read can stop
 * anywhere, in the middle of a message or between two.
 */
export function pipeMessages(received: string): { messages: string[]; rest: string } {
  const parts = received.split('\0');
  return { messages: parts.slice(0, -1), rest: parts.at(-1) ?? '' };
}

/** Chromium at `executable` (measure.ts has checked it is there), over its pipe. */
export async function launchBareChromium(executable: string): Promise<BareChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-bare-'));
  const child: ChildProcess = spawn(executable, [...SWITCHES, `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  const waiting = new Map<number, { resolve: (result: Json) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let buffered = '';
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`Chromium exited (${code})`))));
  exited.catch(() => undefined);
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (chunk: string) => {
    const { messages, rest } = pipeMessages(buffered + chunk);
    buffered = rest;
    for (const message of messages) {
      const reply = JSON.parse(message) as Reply;
      const pending = reply.id === undefined ? undefined : waiting.get(reply.id);
      if (!pending || reply.id === undefined) continue;
      waiting.delete(reply.id);
      if (reply.error) pending.reject(new Error(reply.error.message));
      else pending.resolve(reply.result ?? {});
    }
  });
  const send = (method: string, params: Json = {}, sessionId?: string): Promise<Json> => {
    nextId += 1;
    const id = nextId;
    const reply = new Promise<Json>((resolve, reject) => {
      waiting.set(id, { resolve, reject: (error) => reject(new Error(`${method}: ${error.message}`)) });
    });
    toBrowser.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    return Promise.race([reply, exited]);
  };

  const { product } = (await send('Browser.getVersion')) as { product: string };
  return {
    version: product.replace(/^[^/]*\//, ''),
    async newPage() {
      const { browserContextId } = (await send('Target.createBrowserContext', { disposeOnDetach: true })) as { browserContextId: string };
      const { targetId } = (await send('Target.createTarget', { url: 'about:blank', browserContextId })) as { targetId: string };
      const { sessionId } = (await send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
      const toPage = (method: string, params?: Json) => send(method, params, sessionId);
      return {
        send: toPage,
        async run<A, R>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
          const { result, exceptionDetails } = (await toPage('Runtime.evaluate', {
            expression: `(${String(fn)})(${arg === undefined ? '' : JSON.stringify(arg)})`,
            awaitPromise: true,
            returnByValue: true,
          })) as { result: { value: R }; exceptionDetails?: { exception?: { description?: string }; text: string } };
          if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
          return result.value;
        },
        async close() {
          await send('Target.disposeBrowserContext', { browserContextId });
        },
      };
    },
    async close() {
      child.kill();
      await exited.catch(() => undefined);
      // The browser's own exit does not wait for its helper processes, which
      // may still be writing into the profile: a run that had measured
      // everything then failed on ENOTEMPTY, and hung, its servers never
      // closed. rmSync retries that; a folder still left in the temp dir is
      // reported, not fatal.
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
      } catch (error) {
        console.error(`bench: could not remove ${profile}: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}
