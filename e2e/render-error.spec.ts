// A render error must never blank the page. The errors are forced the way the
// WebKit bug happened: Intl throwing in the middle of a render (an init script
// breaks one Intl method before the app loads). No test-only code in the app.
import { expect, test } from '@playwright/test';

const FAVORITES_KEY = 'schedule:v1:istiocon-2022:favorites';

test('a view that throws while rendering shows a message, and the header, favorites and URL stay', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!localStorage.getItem(key)) localStorage.setItem(key, JSON.stringify({ version: 1, ids: ['state-istio'] }));
    // The list's day headings are the only long-weekday dates: break just
    // those. `format` is a getter that returns a bound function.
    const descriptor = Object.getOwnPropertyDescriptor(Intl.DateTimeFormat.prototype, 'format');
    Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', {
      configurable: true,
      get(this: Intl.DateTimeFormat) {
        const format = descriptor?.get?.call(this) as (date?: number | Date) => string;
        if (this.resolvedOptions().weekday !== 'long') return format;
        return () => {
          throw new RangeError('date value is not finite in DateTimeFormat format()');
        };
      },
    });
  }, FAVORITES_KEY);
  await page.goto('./?language=zh');
  const alert = page.getByRole('alert').filter({ hasText: 'This part of the schedule could not be shown.' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
  await alert.getByText('Technical details').click();
  await expect(alert.locator('pre')).toHaveText('RangeError: date value is not finite in DateTimeFormat format()');
  // The rest of the page still works: the header, the filters, another view.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('language')).toBe('zh');
  expect(await page.evaluate((key) => localStorage.getItem(key), FAVORITES_KEY)).toBe('{"version":1,"ids":["state-istio"]}');
  await page.getByRole('button', { name: /^Grid/ }).click();
  await expect(page.locator('main .grid-session').first()).toBeVisible();
  await expect(alert).toHaveCount(0);
});

test('an error in the page shell shows a message in place of the app, never a blank page', async ({ page }) => {
  await page.addInitScript(() => {
    // Every zone offset and day key goes through formatToParts: nothing renders.
    Intl.DateTimeFormat.prototype.formatToParts = () => {
      throw new RangeError('formatToParts is broken');
    };
  });
  await page.goto('./');
  const alert = page.getByRole('alert').filter({ hasText: 'Something went wrong while showing the schedule.' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
  await expect(alert.locator('pre')).toHaveText('RangeError: formatToParts is broken');
});
