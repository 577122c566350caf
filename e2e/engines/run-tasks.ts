// Declares one Playwright test per task for an engine. The tests use no
// Playwright browser: each task starts Debian's browser through its driver.
import { test } from '@playwright/test';
import { launch, type EngineName, type EnginePage } from './driver.ts';
import { TASKS } from './tasks.ts';

export function runTasks(engine: EngineName): void {
  // Each task starts its own browser (a zone is a process's TZ): give the
  // start-up room on a busy 2-core machine.
  test.describe.configure({ timeout: 90_000 });

  for (const task of TASKS) {
    test(task.name, async ({ baseURL }) => {
      const pages: EnginePage[] = [];
      try {
        await task.run({
          baseURL: baseURL ?? '',
          open: async (timeZone, locale) => {
            const page = await launch(engine, { timeZone, locale });
            pages.push(page);
            await page.setViewport(1280, 900);
            return page;
          },
        });
      } finally {
        await Promise.allSettled(pages.map((page) => page.close()));
      }
    });
  }
}
