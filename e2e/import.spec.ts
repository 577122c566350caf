import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { serveFeed } from './feed.ts';

interface FrabEvent {
  guid: string;
  date: string;
  title: string;
  room: string;
}

function fixture(name: string): { text: string; events: FrabEvent[] } {
  const text = readFileSync(new URL(`../src/feed/fixtures/${name}`, import.meta.url), 'utf8');
  const days = (JSON.parse(text) as { schedule: { conference: { days: { rooms: Record<string, FrabEvent[]> }[] } } }).schedule.conference
    .days;
  return { text, events: days.flatMap((day) => Object.values(day.rooms).flat()) };
}

for (const name of ['camp2019-frab-schedule.json', 'democon-pretalx-schedule.json']) {
  test(`a real ${name} export shows every event, at its own instant, in room columns`, async ({ page }) => {
    const { text, events } = fixture(name);
    await serveFeed(page, text);
    await page.goto('./');
    const cards = page.locator('main article[data-session-id]');
    await expect(cards).toHaveCount(events.length);
    await expect(page.locator('.feed-problems')).toHaveCount(0);
    const shown = await cards.evaluateAll((els) => els.map((el) => el.querySelector('time')?.getAttribute('datetime') ?? ''));
    expect(shown.map((iso) => Date.parse(iso)).sort()).toEqual(events.map((event) => Date.parse(event.date)).sort());

    // The grid puts rooms across.
    await page.getByRole('button', { name: 'Grid', exact: true }).click();
    const rooms = new Set(events.map((event) => event.room));
    const heads = await page.locator('.grid-column-head').allTextContents();
    for (const head of heads) expect(rooms.has(head.trim())).toBe(true);
  });
}

// The other shapes: what each fixture publishes, as instants and room names, read with plain JSON here.
type Shape = { name: string; instants: number[]; roomNames: Set<string> };

function otherFixture(name: string): { text: string; raw: Record<string, unknown> } {
  const text = readFileSync(new URL(`../src/feed/fixtures/${name}`, import.meta.url), 'utf8');
  return { text, raw: JSON.parse(text) as Record<string, unknown> };
}

type Named = { name?: unknown; zh?: { name?: string }; en?: { name?: string } };
const namesOf = (rooms: Named[]) =>
  new Set(
    rooms.flatMap((room) =>
      [typeof room.name === 'string' ? room.name : Object.values((room.name ?? {}) as Record<string, string>), room.zh?.name, room.en?.name]
        .flat()
        .filter((n): n is string => typeof n === 'string'),
    ),
  );

const shapes: Shape[] = [
  (() => {
    const { raw } = otherFixture('pretalx-widget-pyconau-2024.json');
    return {
      name: 'pretalx-widget-pyconau-2024.json',
      instants: (raw.talks as { start: string }[]).map((t) => Date.parse(t.start)),
      roomNames: namesOf(raw.rooms as Named[]),
    };
  })(),
  (() => {
    const { raw } = otherFixture('schedule-v2-hub-38c3.json');
    const schedule = raw.schedule as { events: { start: string }[]; conference: { rooms: Named[] } };
    return {
      name: 'schedule-v2-hub-38c3.json',
      instants: schedule.events.map((e) => Date.parse(e.start)),
      roomNames: namesOf(schedule.conference.rooms),
    };
  })(),
  (() => {
    const { raw } = otherFixture('opass-coscup-2023.json');
    return {
      name: 'opass-coscup-2023.json',
      instants: (raw.sessions as { start: string }[]).map((s) => Date.parse(s.start)),
      roomNames: namesOf(raw.rooms as Named[]),
    };
  })(),
];

for (const shape of shapes) {
  test(`a real ${shape.name} shows every session, at its own instant, in room columns`, async ({ page }) => {
    await serveFeed(page, otherFixture(shape.name).text);
    await page.goto('./');
    const cards = page.locator('main article[data-session-id]');
    await expect(cards).toHaveCount(shape.instants.length);
    await expect(page.locator('.feed-problems')).toHaveCount(0);
    const shown = await cards.evaluateAll((els) => els.map((el) => el.querySelector('time')?.getAttribute('datetime') ?? ''));
    expect(shown.map((iso) => Date.parse(iso)).sort()).toEqual([...shape.instants].sort());
    // An unstated language is said so, never ICU's "root" for "und" or a raw code.
    const spoken = new Set(await page.locator('.badge-language').allTextContents());
    for (const bad of ['root', 'Root', 'und']) expect(spoken.has(bad), bad).toBe(false);

    await page.getByRole('button', { name: 'Grid', exact: true }).click();
    // The grid is a lazy chunk: wait for it before reading its heads.
    await expect(page.locator('.grid-column-head').first()).toBeVisible();
    // A head's own text, without the "中文"/"English" fallback marker beside a one-language name.
    const heads = await page.locator('.grid-column-head').evaluateAll((els) =>
      els.map((el) => {
        const copy = el.cloneNode(true) as Element;
        copy.querySelectorAll('.fallback-marker').forEach((marker) => marker.remove());
        return copy.textContent ?? '';
      }),
    );
    for (const head of heads) expect(shape.roomNames.has(head.trim()), head).toBe(true);
  });
}

test('a Sessionize answer is read in VITE_FEED_TIMEZONE, or refused with how to set it', async ({ page }) => {
  const { text, raw } = otherFixture('sessionize-dddmelbourne-2024.json');
  await serveFeed(page, text);
  await page.goto('./');
  if (process.env.VITE_FEED_TIMEZONE !== 'Australia/Melbourne') {
    await expect(page.getByText(/VITE_FEED_TIMEZONE/)).toBeVisible();
    return;
  }
  const sessions = raw.sessions as { startsAt: string }[];
  const cards = page.locator('main article[data-session-id]');
  await expect(cards).toHaveCount(sessions.length);
  const shown = await cards.evaluateAll((els) => els.map((el) => el.querySelector('time')?.getAttribute('datetime') ?? ''));
  // March 2024 in Melbourne is daylight time, +11:00.
  expect(shown.map((iso) => Date.parse(iso)).sort()).toEqual(sessions.map((s) => Date.parse(`${s.startsAt}+11:00`)).sort());
  await page.getByRole('button', { name: 'Grid', exact: true }).click();
  const rooms = new Set((raw.rooms as { name: string }[]).map((room) => room.name));
  await expect(page.locator('.grid-column-head').first()).toBeVisible();
  for (const head of await page.locator('.grid-column-head').allTextContents()) expect(rooms.has(head.trim())).toBe(true);
});

test('a guid repeated at two slots is two sessions, and a deep link keeps its slot after a reload', async ({ page }) => {
  const event = (date: string, title: string) => ({
    guid: 'repeat',
    id: 9,
    date,
    start: date.slice(11, 16),
    duration: '0:45',
    room: 'Hall A',
    title,
    type: 'lecture',
    language: 'en',
    persons: [],
  });
  const feed = {
    schedule: {
      version: '1',
      conference: {
        acronym: 'rep',
        title: 'Repeats',
        time_zone_name: 'Europe/Berlin',
        days: [
          {
            index: 1,
            date: '2019-08-21',
            rooms: { 'Hall A': [event('2019-08-21T15:00:00+02:00', 'Morning run'), event('2019-08-21T17:00:00+02:00', 'Evening run')] },
          },
        ],
      },
    },
  };
  await serveFeed(page, feed);
  await page.goto('./');
  await expect(page.locator('main article[data-session-id]')).toHaveCount(2);
  await page.goto('./?session=repeat-20190821t1500');
  await expect(page.getByRole('dialog')).toContainText('Evening run');
  await page.reload();
  await expect(page.getByRole('dialog')).toContainText('Evening run');
});
