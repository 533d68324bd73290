// The readers in real Chromium with the built extension, at real URLs: a dashboard that builds
// itself after load from its own summary, and the German and Japanese dashboards.
import type { Page } from '@playwright/test';
import { READER_PAGES, routeSamplePages } from '../../scripts/sample-pages';
import { expect, host, test } from './fixtures';

const urlOf = (name: string) => READER_PAGES.find((p) => p.name === name)!.url;

/** Every value the host's data-read and data-rate take, from the first moment of the page. */
async function recordHost(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { hostHistory: string[] }).hostHistory = seen;
    new MutationObserver(() => {
      const el = document.querySelector('[data-seller-guard]');
      if (!el) return;
      const row = document.getElementById('shipping-cancellation-rate-row') ? 'row' : 'no-row';
      const state = `${el.getAttribute('data-read') ?? 'pending'} ${el.getAttribute('data-rate') ?? '-'} ${row}`;
      if (seen[seen.length - 1] !== state) seen.push(state);
    }).observe(document, { subtree: true, attributes: true, childList: true });
  });
}

const history = (page: Page) => page.evaluate(() => (window as unknown as { hostHistory: string[] }).hostHistory);

test.beforeEach(async ({ ext }) => {
  await routeSamplePages(ext.context, READER_PAGES);
});

test('a dashboard built after load is read when its figures appear: never a failure, never another number', async ({
  ext,
}) => {
  const page = await ext.context.newPage();
  await recordHost(page);
  await page.goto(urlOf('amazon-in-account-health-late'));
  await expect(host(page)).toHaveAttribute('data-read', 'ok', { timeout: 15_000 });
  await expect(host(page)).toHaveAttribute('data-rate', '1.21');
  await expect(page.locator('#shipping-cancellation-rate-row')).toBeVisible();
  // The page re-renders its dashboard (same figures): nothing new is read, nothing else is shown.
  await page.evaluate(() => {
    const root = document.getElementById('ah-root')!;
    root.replaceChildren();
    setTimeout(
      () =>
        root.replaceChildren((document.getElementById('ah-dashboard') as HTMLTemplateElement).content.cloneNode(true)),
      400,
    );
  });
  await page.waitForTimeout(2000);
  await expect(host(page)).toHaveAttribute('data-rate', '1.21');
  const seen = await history(page);
  expect(seen.some((s) => s.startsWith('failed'))).toBe(false);
  // The figure was there before the dashboard: read from the page's own summary, as it arrived.
  expect(seen).toContain('ok 1.21 no-row');
  expect(new Set(seen.map((s) => s.split(' ')[1]).filter((r) => r !== '-'))).toEqual(new Set(['1.21']));
});

test('without its summary, a dashboard built after load waits for its figures, then reads them', async ({ ext }) => {
  const page = await ext.context.newPage();
  await recordHost(page);
  await page.goto(urlOf('amazon-de-account-health-late'));
  await expect(host(page)).toHaveAttribute('data-rate', '1.42', { timeout: 15_000 });
  const seen = await history(page);
  expect(seen[0]).toBe('pending - no-row');
  // Waiting for the figures, then waiting for the background's answer: pending; then the one reading.
  expect(seen.filter((s) => !s.startsWith('pending'))).toEqual(['ok 1.42 row']);
});

for (const [name, rate, pattern] of [
  ['amazon-de-account-health-built', '1.42', /1,42|1\.42/],
  ['amazon-jp-account-health', '0.64', /0[.,]64/],
] as const) {
  test(`${name}: the rate read off the dashboard is the banner's and data-rate's`, async ({ ext }) => {
    const page = await ext.context.newPage();
    await page.goto(urlOf(name));
    await expect(host(page)).toHaveAttribute('data-read', 'ok');
    await expect(host(page)).toHaveAttribute('data-page', 'account-health');
    await expect(host(page)).toHaveAttribute('data-rate', rate);
    await expect(host(page).locator('section')).toContainText(pattern);
  });
}
