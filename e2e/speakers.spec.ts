// Recordings, slides and speakers: the "Has recording" chip, links that
// leave the app safely, the Speakers view and a speaker's detail by mouse,
// keyboard and deep link.
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { serveFeed } from './feed.ts';
import { speakersFeed, withRecording } from './speakers-feed.ts';

// Other checkouts share this machine's two cores: give a slow first render room.
const expect = baseExpect.configure({ timeout: 15_000 });

const feed = speakersFeed();
const recorded = withRecording(feed);
const cards = 'main article[data-session-id]';

async function open(page: Page, query: string): Promise<void> {
  await serveFeed(page, feed);
  await page.goto(`./${query}`);
}

/** In the Speakers view: waits until every speaker is on the page (the first screenful paints before the rest); returns how many. */
async function allSpeakers(page: Page): Promise<number> {
  const count = page.locator('main .speakers-view > .result-count');
  await expect(count).toHaveText(/^\d+/);
  const total = Number(/^\d+/.exec((await count.textContent()) ?? '')?.[0]);
  await expect(page.locator('main .speaker-entry')).toHaveCount(total);
  return total;
}

test('"Has recording" leaves the sessions with a recording, counted, in the URL and removable', async ({ page }) => {
  await open(page, '?lang=en');
  await expect(page.locator(cards)).toHaveCount(feed.sessions.length);
  // IstioCon 2022: 59 of the 65 sessions have a recording.
  expect(recorded.length).toBe(59);
  const chip = page.getByRole('button', { name: /^Has recording/ });
  await expect(chip).toHaveText(new RegExp(`Has recording\\s*${recorded.length}$`));
  await chip.click();
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator(cards)).toHaveCount(recorded.length);
  expect(new URL(page.url()).searchParams.get('recording')).toBe('1');
  await page.reload();
  await expect(page.locator(cards)).toHaveCount(recorded.length);
  await page.getByRole('button', { name: 'Remove filter: Has recording' }).click();
  await expect(page.locator(cards)).toHaveCount(feed.sessions.length);
  await page.goBack();
  await expect(page.locator(cards)).toHaveCount(recorded.length);
});

test('a recording link goes to its URL in a new tab, without an opener, naming the site', async ({ page, context }) => {
  // Nothing leaves the machine: the new tab's request is answered here.
  await context.route(
    (target) => target.hostname !== '127.0.0.1',
    (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>video</title>' }),
  );
  const session = recorded[0];
  if (!session) throw new Error('the feed has no recording');
  const url = session.links?.find((link) => link.kind === 'recording')?.url ?? '';
  await open(page, `?lang=en&session=${session.id}`);
  const dialog = page.getByRole('dialog');
  const link = dialog.getByRole('link', { name: `Recording on ${new URL(url).hostname.replace(/^www\./, '')}` });
  await expect(link).toHaveAttribute('href', url);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await tab.waitForLoadState();
  expect(tab.url()).toBe(url);
  expect(await tab.evaluate(() => window.opener)).toBeNull();
  // The card links the same recording.
  await tab.close();
  await page.keyboard.press('Escape');
  await expect(page.locator(`main [data-session-id="${session.id}"] a[href="${url}"]`)).toHaveCount(1);
  // No third-party content loads by itself: no frame, no remote image.
  expect(await page.locator('iframe, video, img[src^="http"]').count()).toBe(0);
});

test('the Speakers view lists every speaker with their sessions, and the search narrows it', async ({ page }) => {
  await open(page, '?lang=en&view=speakers');
  const names = new Set(feed.sessions.flatMap((session) => (session.speakers ?? []).map((speaker) => speaker.name.trim())));
  const profiles = feed.speakers ?? [];
  const entries = page.locator('main .speaker-entry');
  const count = await allSpeakers(page);
  expect(count).toBeGreaterThanOrEqual(Math.max(profiles.length, 1));
  expect(count).toBeLessThanOrEqual(names.size + profiles.length);
  // Every session with a speaker is listed under each of its speakers.
  const linked = await page.locator('main .speaker-sessions a').evaluateAll((links) => links.length);
  expect(linked).toBe(feed.sessions.reduce((sum, session) => sum + new Set((session.speakers ?? []).map((s) => s.name)).size, 0));
  await expect(page.getByText(`${count} speakers`)).toBeVisible();
  // A speaker without a photo shows initials.
  const linSun = page.locator('main .speaker-entry', { has: page.getByRole('link', { name: 'Lin Sun', exact: true }) });
  await expect(linSun.locator('.avatar-initials, img.avatar')).toHaveCount(1);
  if ((await linSun.locator('img.avatar').count()) === 0) await expect(linSun.locator('.avatar-initials')).toHaveText('LS');
  // The search box narrows the speakers, and the chips step aside.
  await expect(page.getByRole('button', { name: /^Has recording/ })).toHaveCount(0);
  await page.getByRole('searchbox').fill('lin sun');
  await expect(entries).toHaveCount(1);
  await expect(page.getByText(`Showing 1 of ${count} speakers`)).toBeVisible();
});

test('the letter index and the speakers are reachable by keyboard; the detail is a modal dialog that returns focus', async ({ page }) => {
  await open(page, '?lang=en&view=speakers');
  const index = page.getByRole('navigation', { name: 'Speakers by letter' });
  await allSpeakers(page);
  const letters = await index.getByRole('link').allTextContents();
  expect(letters.length).toBeGreaterThan(3);
  // Tab to the index's last letter, follow it: focus goes to that letter's heading.
  const last = letters[letters.length - 1] ?? '';
  await index.getByRole('link', { name: last, exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: last, exact: true })).toBeFocused();
  // Tab onward to the first speaker under it, and open it with Enter.
  await page.keyboard.press('Tab');
  const opener = page.locator(':focus');
  const name = (await opener.textContent()) ?? '';
  expect(await opener.evaluate((el) => el.closest('.speaker-name') !== null)).toBe(true);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
  expect(new URL(page.url()).searchParams.get('speaker')).toBeTruthy();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
  expect(new URL(page.url()).searchParams.get('speaker')).toBeNull();
});

test('?speaker= opens on reload, composes with the rest of the URL, and leads to sessions and back', async ({ page }) => {
  await open(page, '?lang=en&view=speakers');
  await page.getByRole('link', { name: 'Lin Sun', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Lin Sun' });
  await expect(dialog).toBeVisible();
  const id = new URL(page.url()).searchParams.get('speaker') ?? '';
  await page.goto(`./?speaker=${id}&view=grid&day=2022-04-25&lang=en&utm_source=x&track=keynote`);
  await expect(page.getByRole('dialog', { name: 'Lin Sun' })).toBeVisible();
  await expect(page.locator('main .grid-session').first()).toBeAttached();
  // From the speaker to one of their sessions, and from the session back to the speaker.
  await page.getByRole('dialog').getByRole('link', { name: 'State of Istio' }).click();
  const session = page.getByRole('dialog', { name: 'State of Istio' });
  await expect(session).toBeVisible();
  expect(new URL(page.url()).searchParams.get('speaker')).toBeNull();
  expect(new URL(page.url()).searchParams.get('session')).toBe('state-istio');
  await session.getByRole('link', { name: 'Lin Sun' }).click();
  await expect(page.getByRole('dialog', { name: 'Lin Sun' })).toBeVisible();
  // A bad id says so in the dialog; the page behind it still works.
  await page.goto('./?lang=en&speaker=no-such-speaker');
  await expect(page.getByRole('dialog', { name: 'Speaker not found' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator(cards).first()).toBeVisible();
});

test('under 简体中文 the speakers follow Chinese collation, Han names under their pinyin initial', async ({ page }) => {
  await open(page, '?lang=zh&view=speakers');
  await expect(page.getByRole('navigation', { name: '按首字母查找讲者' })).toBeVisible();
  await allSpeakers(page);
  const groups = await page.locator('main .speaker-group').evaluateAll((sections) =>
    sections.map((section) => ({
      letter: section.querySelector('h2')?.textContent ?? '',
      names: [...section.querySelectorAll('.speaker-name')].map((name) => name.textContent ?? ''),
    })),
  );
  const han = /^\p{Script=Han}/u;
  const collator = new Intl.Collator('zh-CN', { sensitivity: 'base', numeric: true });
  const hanNames = groups.flatMap((group) => group.names.filter((name) => han.test(name)));
  expect(hanNames.length).toBeGreaterThan(1);
  // Letters A–Z in order, and within them pinyin order: all the Han names, read down the page, are in zh-CN collation order.
  const letters = groups.map((group) => group.letter).filter((letter) => /^[A-Z]$/.test(letter));
  expect(letters).toEqual([...letters].sort());
  expect(hanNames).toEqual([...hanNames].sort(collator.compare));
});

test('a speaker without a photo, or with one from an origin the CSP does not name, shows initials and loads nothing', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  const changed = speakersFeed();
  const [first, second] = changed.speakers ?? [];
  if (!first || !second) throw new Error('the feed has no profiles');
  first.photo = [];
  second.photo = [{ url: 'https://images.example.net/photo-96.jpg', size: 96 }];
  await serveFeed(page, changed);
  await page.goto('./?lang=en&view=speakers');
  for (const profile of [first, second]) {
    const entry = page.locator(`main [data-speaker-id="${profile.id}"]`);
    await expect(entry.locator('.avatar-initials')).toBeVisible();
    await expect(entry.locator('img')).toHaveCount(0);
  }
  expect(requested.filter((url) => url.includes('images.example.net'))).toEqual([]);
});
