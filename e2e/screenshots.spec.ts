// Regenerates docs/screenshots/: every view at a phone and a desktop size, in
// the light and the dark theme. Skipped in `npm test`; run with
//   SCREENSHOTS=1 E2E_PORT=4176 npx playwright test e2e/screenshots.spec.ts
// SCREENSHOTS_LANG=en|zh takes every shot in one language (default: the phone
// in Chinese, the desktop in English), SCREENSHOTS_DIR writes elsewhere.
// Chinese needs a CJK system font on the machine (Debian: fonts-noto-cjk).
import { mkdirSync } from 'node:fs';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { FAVORITES_KEY, SAMPLE_FAVORITES } from './feed.ts';

// Other checkouts share this machine's two cores: give a slow first render room.
const expect = baseExpect.configure({ timeout: 20_000 });

test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to regenerate the screenshots');

const OUT = process.env.SCREENSHOTS_DIR ?? 'docs/screenshots';

const SIZES = {
  phone: { width: 360, height: 740 },
  desktop: { width: 1280, height: 800 },
} as const;
type Size = keyof typeof SIZES;

const ready = {
  list: (page: Page) => expect(page.locator('main article').first()).toBeVisible(),
  grid: (page: Page) => expect(page.locator('main .grid-session').first()).toBeVisible(),
  mine: (page: Page) => expect(page.locator('main article').first()).toBeVisible(),
};

const VIEWS: { name: string; query: string; phoneOnly?: boolean; ready: (page: Page) => Promise<void> }[] = [
  { name: 'list', query: '', ready: ready.list },
  { name: 'grid', query: 'view=grid&day=2022-04-26', ready: ready.grid },
  { name: 'detail', query: 'session=zero-trust-istio', ready: (page) => expect(page.getByRole('dialog')).toBeVisible() },
  { name: 'mine', query: 'view=mine', ready: ready.mine },
  { name: 'speakers', query: 'view=speakers', ready: (page) => expect(page.locator('main .speaker-entry').first()).toBeVisible() },
  {
    name: 'speaker',
    query: 'view=speakers',
    ready: async (page) => {
      await page.getByRole('link', { name: 'Lin Sun', exact: true }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'filters',
    query: 'language=en&track=infrastructure-networking',
    phoneOnly: true,
    ready: async (page) => {
      await page.getByRole('button', { name: /^(Filters|筛选)/ }).click();
      // The drawer holds the chips; the search box has its own button in the toolbar.
      await expect(page.getByRole('complementary').getByRole('group').first()).toBeVisible();
    },
  },
];

mkdirSync(OUT, { recursive: true });

for (const size of Object.keys(SIZES) as Size[]) {
  const language = process.env.SCREENSHOTS_LANG ?? (size === 'phone' ? 'zh' : 'en');
  for (const theme of ['light', 'dark'] as const) {
    test.describe(`${size} ${theme} ${language}`, () => {
      test.use({
        viewport: SIZES[size],
        colorScheme: theme,
        locale: language === 'zh' ? 'zh-CN' : 'en-US',
        timezoneId: language === 'zh' ? 'Asia/Shanghai' : 'America/Los_Angeles',
      });
      for (const view of VIEWS) {
        if (view.phoneOnly && size !== 'phone') continue;
        test(view.name, async ({ page }) => {
          await page.addInitScript(([key, ids]) => localStorage.setItem(key, JSON.stringify({ version: 1, ids })), [
            FAVORITES_KEY,
            SAMPLE_FAVORITES,
          ] as const);
          await page.goto(`./?lang=${language}${view.query ? `&${view.query}` : ''}`);
          await view.ready(page);
          await page.screenshot({ path: `${OUT}/${view.name}-${size}-${language}-${theme}.png` });
        });
      }
    });
  }
}

// The pictures the README's overview shows, under their existing names.
const README_SHOTS: {
  file: string;
  size: Size;
  language: 'en' | 'zh';
  timezoneId: string;
  query: string;
  ready: (page: Page) => Promise<void>;
}[] = [
  { file: 'list-desktop-en', size: 'desktop', language: 'en', timezoneId: 'America/Los_Angeles', query: 'language=zh', ready: ready.list },
  { file: 'grid-desktop-en', size: 'desktop', language: 'en', timezoneId: 'UTC', query: 'view=grid&day=2022-04-26', ready: ready.grid },
  { file: 'mine-desktop-en', size: 'desktop', language: 'en', timezoneId: 'UTC', query: 'view=mine', ready: ready.mine },
  {
    file: 'grid-phone-zh',
    size: 'phone',
    language: 'zh',
    timezoneId: 'Asia/Shanghai',
    query: 'view=grid&day=2022-04-26',
    ready: ready.grid,
  },
  { file: 'list-phone-zh', size: 'phone', language: 'zh', timezoneId: 'Asia/Shanghai', query: '', ready: ready.list },
];

for (const shot of README_SHOTS) {
  test.describe(`README ${shot.file}`, () => {
    test.use({
      viewport: SIZES[shot.size],
      colorScheme: 'light',
      locale: shot.language === 'zh' ? 'zh-CN' : 'en-US',
      timezoneId: shot.timezoneId,
    });
    test(shot.file, async ({ page }) => {
      await page.addInitScript(([key, ids]) => localStorage.setItem(key, JSON.stringify({ version: 1, ids })), [
        FAVORITES_KEY,
        SAMPLE_FAVORITES,
      ] as const);
      await page.goto(`./?lang=${shot.language}${shot.query ? `&${shot.query}` : ''}`);
      await shot.ready(page);
      await page.screenshot({ path: `${OUT}/${shot.file}.png` });
    });
  });
}
