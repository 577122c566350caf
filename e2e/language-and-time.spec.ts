import { expect, test } from '@playwright/test';

const card = (id: string) => `main [data-session-id="${id}"]`;
const dayOf = (id: string) => `main section.day:has([data-session-id="${id}"]) h2`;

test.describe('a viewer whose browser prefers Chinese, in Shanghai', () => {
  test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });

  test('sees the UI in Chinese with Chinese dates and 24-hour times', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('日程');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator(card('state-istio')).locator('time').first()).toHaveText('23:00');
    await expect(page.locator(dayOf('state-istio'))).toHaveText('2022年4月25日星期一');
    await expect(page.getByText('时间按 Asia/Shanghai（UTC+8）显示')).toBeVisible();
    // The Chinese-language block at 01:00 UTC is the same morning here.
    await expect(page.locator(dayOf('ecosystem-outlook-from-china'))).toHaveText('2022年4月26日星期二');
    await expect(page.locator(card('ecosystem-outlook-from-china')).locator('time').first()).toHaveText('09:15');
  });

  test('sees titles in Chinese where the feed has them, and English marked as such', async ({ page }) => {
    await page.goto('./');
    const bilingual = page.locator(card('ecosystem-outlook-from-china')).locator('h3 [lang]').first();
    await expect(bilingual).toHaveText('Istio 开源生态展望');
    await expect(bilingual).toHaveAttribute('lang', 'zh');
    const englishOnly = page.locator(card('state-istio')).locator('h3 > a > span');
    await expect(englishOnly).toHaveAttribute('lang', 'en');
    await expect(englishOnly.locator('.fallback-marker')).toHaveText('英文');
    // Once per card: the English abstract under an English title is not marked again.
    await expect(page.locator(card('state-istio')).locator('.fallback-marker')).toHaveCount(1);
    // Delivery language is its own badge, named in the UI language.
    await expect(page.locator(card('state-istio')).locator('.badge-language')).toHaveText('英语');
  });

  test('reads Chinese names family name first, without a space', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator(card('zhihus-istio-journey')).locator('.speakers')).toHaveText('唐阳, 谢楚瑜');
  });

  test('switches to English without a reload, remembers it, and says so in the URL', async ({ page }) => {
    await page.goto('./');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Schedule');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator(dayOf('state-istio'))).toHaveText(/Monday, April 25, 2022/);
    await expect(page).toHaveURL(/lang=en/);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Schedule');
  });

  test('picks the conference zone and then any zone from the list', async ({ page }) => {
    await page.goto('./');
    await page.getByText('时间按 Asia/Shanghai').click();
    await page.getByRole('button', { name: /大会时区/ }).click();
    await expect(page.locator(card('state-istio')).locator('time').first()).toHaveText('15:00');
    await expect(page).toHaveURL(/tz=UTC/);
    await page.getByLabel('其他时区').fill('Asia/Kathmandu');
    await expect(page.locator(card('state-istio')).locator('time').first()).toHaveText('20:45');
    await expect(page.getByText('时间按 Asia/Kathmandu（UTC+5:45）显示')).toBeVisible();
    // Remembered for the next visit.
    await page.goto('./');
    await expect(page.locator(card('state-istio')).locator('time').first()).toHaveText('20:45');
    await expect(page).toHaveURL(/tz=Asia%2FKathmandu/);
  });
});

test.describe('finding a zone by its city', () => {
  test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });

  for (const city of ['London', '伦敦']) {
    test(`"${city}" finds Europe/London`, async ({ page }) => {
      await page.goto('./');
      await page.getByText('时间按 Asia/Shanghai').click();
      const input = page.getByLabel('其他时区');
      await input.fill(city);
      await expect(page.getByText('按回车选择 Europe/London')).toBeVisible();
      await input.press('Enter');
      // State of Istio, 15:00 UTC on 25 April 2022: 16:00 in London (BST).
      await expect(page.locator(card('state-istio')).locator('time').first()).toHaveText('16:00');
      await expect(page.getByText('时间按 Europe/London（UTC+1）显示')).toBeVisible();
    });
  }
});

test.describe('a shared link with lang and tz', () => {
  test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

  test('opens in the sender’s language and zone', async ({ page }) => {
    await page.goto('./?lang=zh&tz=Asia%2FKolkata');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('日程');
    await expect(page.locator(card('state-istio')).locator('time').first()).toHaveText('20:30');
    // The workshop runs past local midnight in India.
    const workshop = page.locator(card('istio-0-to-60-workshop'));
    await expect(workshop.locator('time').first()).toHaveText('23:30');
    await expect(workshop.locator('.next-day')).toHaveText('+1 天');
  });
});

test.describe('in Los Angeles, in English', () => {
  test.use({ locale: 'en-US', timezoneId: 'America/Los_Angeles' });

  test('the Chinese-language block falls on the previous evening, and a Chinese-only abstract is marked', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator(dayOf('ecosystem-outlook-from-china'))).toHaveText(/Monday, April 25, 2022/);
    await expect(page.locator(card('ecosystem-outlook-from-china')).locator('time').first()).toHaveText('6:15 PM');
    const abstract = page.locator(card('istio-push-performance-optimization')).locator('.abstract-text > span');
    await expect(abstract).toHaveAttribute('lang', 'zh');
    await expect(abstract.locator('.fallback-marker')).toHaveText('中文');
    await expect(page.getByText('Times in America/Los_Angeles (UTC−7)')).toBeVisible();
  });
});

test('a zone named by its offset is not named twice', async ({ page }) => {
  await page.goto('./?lang=en');
  await expect(page.locator('.tz-picker summary')).toHaveText('Times in UTC');
});
