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
  const days = (JSON.parse(text) as { schedule: { conference: { days: { rooms: Record<string, FrabEvent[]> }[] } } }).schedule.conference.days;
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
