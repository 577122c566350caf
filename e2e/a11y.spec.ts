// axe scans of every view (list, grid, session detail, My schedule, filters),
// in English and Chinese, in the light and the dark theme, chosen both by the
// system (prefers-color-scheme) and by the header's toggle. Zero violations of
// WCAG 2.0/2.1 A and AA; no rule is turned off. Plus what axe does not check:
// one h1, no skipped heading level, landmarks, track colours that keep their
// contrast whatever the feed says, and reduced motion.
import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test, type Page } from '@playwright/test';

// Other checkouts share this machine's two cores: give a slow first render room.
const expect = baseExpect.configure({ timeout: 15_000 });
import { bundledFeed, holdFeed, serveFeed } from './feed.ts';
import { speakerIdFor, speakersFeed } from './speakers-feed.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const FAVORITES_KEY = 'schedule:v1:istiocon-2022:favorites';
const FAVORITES = ['state-istio', 'zero-trust-istio', 'istio-0-to-60-workshop', 'ecosystem-outlook-from-china'];

interface View {
  name: string;
  query: string;
  ready: (page: Page) => Promise<void>;
}

const VIEWS: View[] = [
  { name: 'list', query: '', ready: (page) => expect(page.locator('main article').first()).toBeVisible() },
  { name: 'grid', query: 'view=grid&day=2022-04-26', ready: (page) => expect(page.locator('main .grid-session').first()).toBeVisible() },
  { name: 'detail', query: 'session=istio-0-to-60-workshop', ready: (page) => expect(page.getByRole('dialog')).toBeVisible() },
  { name: 'my schedule', query: 'view=mine', ready: (page) => expect(page.locator('main article').first()).toBeVisible() },
  { name: 'speakers', query: 'view=speakers', ready: (page) => expect(page.locator('main .speaker-entry').first()).toBeVisible() },
  {
    name: 'speaker detail',
    query: `view=speakers&speaker=${speakerIdFor(speakersFeed(), 'Lin Sun')}`,
    ready: (page) => expect(page.getByRole('dialog', { name: 'Lin Sun' })).toBeVisible(),
  },
  {
    name: 'filters',
    query: 'language=en&track=infrastructure-networking&type=talk&fav=1&q=istio&recording=1',
    ready: (page) => expect(page.getByRole('searchbox')).toBeVisible(),
  },
];

async function seedFavorites(page: Page): Promise<void> {
  await page.addInitScript(([key, ids]) => localStorage.setItem(key, JSON.stringify({ version: 1, ids })), [
    FAVORITES_KEY,
    FAVORITES,
  ] as const);
}

/** Headings and landmarks, which axe's WCAG rules leave alone. */
async function expectSoundStructure(page: Page, view: string): Promise<void> {
  const levels = await page
    .locator('h1, h2, h3, h4, h5, h6')
    .evaluateAll((headings) =>
      headings.filter((heading) => heading.getClientRects().length > 0).map((heading) => Number(heading.tagName[1])),
    );
  expect(
    levels.filter((level) => level === 1),
    `${view}: one h1`,
  ).toHaveLength(1);
  levels.forEach((level, index) => {
    const previous = levels[index - 1] ?? 0;
    expect(level, `${view}: heading ${index} (h${level}) follows h${previous}`).toBeLessThanOrEqual(previous + 1);
  });
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
}

async function expectAxeClean(page: Page, view: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const violations = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(violations, view).toEqual([]);
  // What axe could not decide (contrast of text under a sticky heading or
  // clipped in a grid cell) is kept with the test's results for review.
  const undecided = results.incomplete.map((item) => `${item.id} ×${item.nodes.length}`).join(', ');
  if (undecided) test.info().annotations.push({ type: 'axe incomplete', description: `${view}: ${undecided}` });
}

// Both themes from the system in both languages; the toggle once per language,
// in opposite directions (it sets the same tokens, so four more full scans
// would add a minute and a half of CI for no new rule).
const SCHEMES = [
  { name: 'light, from the system', colorScheme: 'light', languages: ['en', 'zh'] },
  { name: 'dark, from the system', colorScheme: 'dark', languages: ['en', 'zh'] },
  { name: 'dark, from the toggle over a light system', colorScheme: 'light', toggle: 'dark', languages: ['en'] },
  { name: 'light, from the toggle over a dark system', colorScheme: 'dark', toggle: 'light', languages: ['zh'] },
] as const;

const THEME_BUTTON = { en: { light: 'Light', dark: 'Dark' }, zh: { light: '浅色', dark: '深色' } } as const;

for (const language of ['en', 'zh'] as const) {
  for (const scheme of SCHEMES.filter((candidate) => (candidate.languages as readonly string[]).includes(language))) {
    test(`every view is axe-clean in ${language}, ${scheme.name}`, async ({ page }) => {
      test.setTimeout(150_000);
      await page.emulateMedia({ colorScheme: scheme.colorScheme });
      await seedFavorites(page);
      // The bundled feed with recordings and slides, so their links and chip are scanned too.
      await serveFeed(page, speakersFeed());
      if ('toggle' in scheme) {
        await page.goto(`./?lang=${language}`);
        await page.getByRole('button', { name: THEME_BUTTON[language][scheme.toggle], exact: true }).click();
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme.toggle);
      }
      const expectDark = ('toggle' in scheme ? scheme.toggle : scheme.colorScheme) === 'dark';
      for (const view of VIEWS) {
        await page.goto(`./?lang=${language}${view.query ? `&${view.query}` : ''}`);
        await view.ready(page);
        // The theme really is the one asked for (and survives the reload when chosen).
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(isDark(background), `${view.name}: body ${background}`).toBe(expectDark);
        await expectSoundStructure(page, view.name);
        await expectAxeClean(page, `${language} ${scheme.name} ${view.name}`);
      }
    });
  }
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the open filter drawer is axe-clean, ${colorScheme}, in both languages`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme });
      for (const language of ['en', 'zh'] as const) {
        await page.goto(`./?lang=${language}&language=zh&track=use-case`);
        const toggle = page.getByRole('button', { name: language === 'en' ? /^Filters/ : /^筛选/ });
        await toggle.click();
        await expect(toggle).toHaveAttribute('aria-expanded', 'true');
        await expectSoundStructure(page, 'filter drawer');
        await expectAxeClean(page, `phone ${language} ${colorScheme} filter drawer`);
      }
    });
  }
});

/** The relative luminance of a CSS colour as the page draws it (any syntax the browser knows). */
function luminanceScript(colors: string[]): number[] {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2d canvas');
  return colors.map((color) => {
    context.clearRect(0, 0, 1, 1);
    context.fillStyle = color;
    context.fillRect(0, 0, 1, 1);
    const [r = 0, g = 0, b = 0] = context.getImageData(0, 0, 1, 1).data;
    const linear = (channel: number) => {
      const c = channel / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  });
}

function isDark(color: string): boolean {
  const [r = 255, g = 255, b = 255] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return r + g + b < 3 * 96;
}

const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

test('track colours from the feed stay ≥ 3:1 against the card in both themes, and the name is always written', async ({ page }) => {
  // The worst a feed can send: near-white, near-black, pure primaries, mid grey.
  const feed = bundledFeed() as unknown as { tracks: { id: string; color?: string }[] };
  const extremes = ['#ffff66', '#000000', '#0000ff', '#ff0000', '#777777', '#00ffff'];
  feed.tracks.forEach((track, index) => (track.color = extremes[index % extremes.length]));
  await serveFeed(page, feed);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('./');
    await expect(page.locator('main article').first()).toBeVisible();
    const pairs = await page.locator('main article.session-card[style]').evaluateAll((cards) =>
      cards.map((card) => {
        const style = getComputedStyle(card);
        const badge = card.querySelector('.badge-track');
        return { accent: style.borderInlineStartColor, surface: style.backgroundColor, name: badge?.textContent?.trim() ?? '' };
      }),
    );
    expect(pairs.length).toBeGreaterThan(0);
    const accents = await page.evaluate(
      luminanceScript,
      pairs.map((pair) => pair.accent),
    );
    const surfaces = await page.evaluate(
      luminanceScript,
      pairs.map((pair) => pair.surface),
    );
    pairs.forEach((pair, index) => {
      expect(pair.name, 'the track is named, not only coloured').not.toBe('');
      expect(
        contrast(accents[index] ?? 0, surfaces[index] ?? 0),
        `${colorScheme}: ${pair.accent} on ${pair.surface}`,
      ).toBeGreaterThanOrEqual(3);
    });
  }
});

test('with reduced motion, nothing spins or slides', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const release = await holdFeed(page);
  await page.goto('./');
  const spinner = page.locator('.spinner');
  await expect(spinner).toBeVisible();
  const seconds = (value: string) =>
    Math.max(...value.split(',').map((part) => parseFloat(part) * (part.trim().endsWith('ms') ? 0.001 : 1)));
  expect(seconds(await spinner.evaluate((el) => getComputedStyle(el).animationDuration))).toBeLessThan(0.001);
  release();
  await expect(page.locator('main article').first()).toBeVisible();
  const filtersButton = page.locator('.filters-toggle');
  expect(seconds(await filtersButton.evaluate((el) => getComputedStyle(el).transitionDuration))).toBeLessThan(0.001);
});
