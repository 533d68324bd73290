// The banner's manners on real seller pages: it folds to a pill and moves corner (each remembered
// per site), gives way to the control the seller is using, says where the figure lives until one is
// read, saves a layout report where a page cannot be read, follows the rows the seller ticks, and
// passes an accessibility scan in light and dark mode.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { SAMPLE_PAGES } from '../../scripts/sample-pages';
import { bannerWords, expect, host, test } from './fixtures';

const url = (name: string) => SAMPLE_PAGES.find((p) => p.name === name)!.url;

async function visit(page: Page, name: string): Promise<void> {
  await page.goto(url(name));
  await expect(host(page)).toHaveAttribute('data-read', /ok|failed/);
}

const box = (page: Page) => host(page).locator('section').boundingBox();

test('folds to a pill that still shows the level and the rate, remembered on this site only', async ({ ext }) => {
  const page = await ext.context.newPage();
  await visit(page, 'amazon-account-health');
  const said = await bannerWords(page);
  await host(page)
    .getByRole('button', { name: said.t('banner.collapse') })
    .click();
  await expect(host(page)).toHaveAttribute('data-collapsed', '');
  const pill = host(page).locator('.pill button');
  await expect(pill).toHaveText(`${said.t('extName')}${said.t('level.near')}${said.percent(1.92)}`);
  await expect(pill).toBeFocused();
  // Every contract attribute stays on the host, folded or not.
  for (const [name, value] of <[string, string][]>[
    ['data-level', 'near'],
    ['data-rate', '1.92'],
    ['data-read', 'ok'],
    ['data-page', 'account-health'],
  ])
    await expect(host(page)).toHaveAttribute(name, value);
  expect((await box(page))!.height).toBeLessThan(50);

  await visit(page, 'amazon-order-detail');
  await expect(host(page)).toHaveAttribute('data-collapsed', '');
  await expect(host(page)).toHaveAttribute('data-projected-rate', '2.56');
  // Another site (amazon.de) keeps its own place: unfolded.
  await visit(page, 'amazon-de-account-health');
  await expect(host(page)).not.toHaveAttribute('data-collapsed', /.*/);

  await visit(page, 'amazon-order-detail');
  await pill.click();
  await expect(host(page)).not.toHaveAttribute('data-collapsed', /.*/);
  await expect(host(page).locator('[data-k="fold"]')).toBeFocused();
});

test('moves to another corner, and stays there on the next page of the site', async ({ ext }) => {
  const page = await ext.context.newPage();
  await visit(page, 'amazon-order-detail');
  const said = await bannerWords(page);
  const move = host(page).getByRole('button', { name: said.t('banner.move-label') });
  const start = (await box(page))!;
  expect(start.x).toBeGreaterThan(640);
  await move.click();
  await expect(host(page)).toHaveAttribute('data-corner', 'bl');
  await expect(move).toBeFocused();
  await expect.poll(async () => (await box(page))!.x).toBeLessThan(40);
  await move.click();
  await expect(host(page)).toHaveAttribute('data-corner', 'tl');
  await expect.poll(async () => (await box(page))!.y).toBeLessThan(40);
  await visit(page, 'amazon-order-list');
  await expect(host(page)).toHaveAttribute('data-corner', 'tl');
});

/** A page control placed where the banner sits (bottom right), as the order page's proceeds column is. */
async function controlUnderBanner(page: Page, tag: 'textarea' | 'button') {
  const b = (await box(page))!;
  await page.evaluate(
    ({ tag, b }) => {
      const el = document.createElement(tag);
      el.id = `under-${tag}`;
      el.textContent = tag === 'button' ? 'Confirm shipment' : '';
      Object.assign(el.style, {
        position: 'fixed',
        left: `${b.x + 20}px`,
        top: `${b.y + 10}px`,
        width: '200px',
        height: '40px',
      });
      document.body.append(el);
    },
    { tag, b },
  );
  return page.locator(`#under-${tag}`);
}

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('never covers the control the seller is using: focus, or the pointer resting over it', async ({ ext }) => {
  const page = await ext.context.newPage();
  await visit(page, 'amazon-order-detail');
  const box_ = await controlUnderBanner(page, 'textarea');
  await box_.focus();
  await expect(host(page)).toHaveAttribute('data-aside', '');
  expect(overlap((await box(page))!, (await box_.boundingBox())!)).toBe(false);
  await box_.pressSequentially('Dear Margaret');
  await expect(box_).toHaveValue('Dear Margaret');
  await box_.blur();
  await expect(host(page)).not.toHaveAttribute('data-aside', /.*/);
  await expect(host(page)).toHaveAttribute('data-corner', 'br');

  const button = await controlUnderBanner(page, 'button');
  const b = (await box(page))!;
  // The pointer rests on the banner's text, with the page's button beneath it.
  await page.mouse.move(b.x + 40, b.y + 30);
  await expect(host(page)).toHaveAttribute('data-aside', '');
  await button.click();
  // The button the seller clicked has the focus: the banner stays clear of it until the seller is done.
  await page.mouse.move(5, 5);
  await expect(host(page)).toHaveAttribute('data-aside', '');
  await page.mouse.click(5, 5);
  await expect(host(page)).not.toHaveAttribute('data-aside', /.*/);
});

test('until a figure is read, says where it is, with a link to that page on this site', async ({ ext }) => {
  const page = await ext.context.newPage();
  await visit(page, 'amazon-order-detail');
  await expect(host(page)).toHaveAttribute('data-level', 'unknown');
  const said = await bannerWords(page);
  const link = host(page).locator('[data-figure-link] a');
  await expect(link).toHaveText(said.t('banner.figure-page.amazon'));
  await expect(link).toHaveAttribute('href', 'https://sellercentral.amazon.com/performance/dashboard');
  await link.click();
  await expect(page).toHaveURL(url('amazon-account-health'));
  await expect(host(page)).toHaveAttribute('data-rate', '1.92');
  await visit(page, 'amazon-order-detail');
  await expect(host(page)).toHaveAttribute('data-projected-rate', '2.56');
  await expect(host(page).locator('[data-figure-link]')).toHaveCount(0);
});

test('a page it cannot read: says why and saves a layout report with no page data in it', async ({ ext }) => {
  const page = await ext.context.newPage();
  await visit(page, 'amazon-redesigned-page');
  await expect(host(page)).toHaveAttribute('data-read', 'failed');
  const said = await bannerWords(page);
  const downloaded = page.waitForEvent('download');
  await host(page)
    .getByRole('button', { name: said.t('banner.save-report') })
    .click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toMatch(/^seller-guard-layout-amazon-account-health-\d{4}-\d\d-\d\d\.json$/);
  const report = JSON.parse(readFileSync(await download.path(), 'utf8')) as { html: string; url: string };
  expect(report).toMatchObject({ format: 'seller-guard-layout-report', platform: 'amazon', page: 'account-health' });
  expect(report.url).toBe('https://sellercentral.amazon.co.uk/performance/dashboard');
  // No digit of the page but 9 (the charset and heading tags aside).
  expect(report.html.replace('charset="utf-8"', '').replace(/<\/?h\d/g, '')).not.toMatch(/[0-8]/);
  expect(report.html).not.toContain('data-seller-guard');
  expect(report.html).toContain('Pre-fulfilment Cancel Rate');
  await expect(host(page).locator('[data-report="saved"]')).toContainText(download.suggestedFilename());
});

test('ticked rows: what cancelling them all would do, and which route keeps each one out', async ({ ext }) => {
  const page = await ext.context.newPage();
  await visit(page, 'amazon-account-health');
  await visit(page, 'amazon-order-list');
  await expect(host(page)).toHaveAttribute('data-selected', '0');
  const tick = (row: number) => page.locator('#orders-table tbody tr').nth(row).locator('td > input[type=checkbox]');
  // Margaret's two orders of the same calendar; the second one she asked to cancel through Amazon.
  await tick(0).check();
  await tick(1).check();
  await expect(host(page)).toHaveAttribute('data-selected', '2');
  await expect(host(page)).toHaveAttribute('data-projected-rate', '2.56');
  const said = await bannerWords(page);
  const ticked = host(page).locator('[data-ticked]');
  await expect(ticked).toContainText(
    said.t('ticked.over', { count: 1, from: 1.92, to: 2.56, limit: 2.5, counted: 4, total: 156 }),
  );
  await expect(ticked).toContainText(
    said.t('ticked.order', {
      order: '114-3941689-8772299',
      why: { code: 'count.asked-via-platform', params: { platform: 'Amazon', reason: 'BuyerCanceled' } },
    }),
  );
  // Only the one with the buyer's request: it would not count, so no projected rate.
  await tick(0).uncheck();
  await expect(host(page)).toHaveAttribute('data-selected', '1');
  await expect(host(page)).not.toHaveAttribute('data-projected-rate', /.*/);
  await expect(ticked).toContainText(said.t('ticked.none-count', { count: 1 }));
  // A shipped order is past cancelling: not among the orders the seller could cancel.
  await tick(2).check();
  await expect(host(page)).toHaveAttribute('data-selected', '1');
});

test('ticked duplicates that both count, on amazon.de: the rate if both are cancelled', async ({ ext }) => {
  const page = await ext.context.newPage();
  await visit(page, 'amazon-de-account-health');
  await visit(page, 'amazon-de-order-list');
  for (const row of [0, 1]) await page.locator('#orders-table tbody tr').nth(row).locator('input').check();
  await expect(host(page)).toHaveAttribute('data-selected', '2');
  // 3 of 211 → 5 of 211.
  await expect(host(page)).toHaveAttribute('data-projected-rate', '2.37');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the banner on a seller page has no serious accessibility finding (${colorScheme})`, async ({ ext }) => {
    const page = await ext.context.newPage();
    await page.emulateMedia({ colorScheme });
    await visit(page, 'amazon-account-health');
    await visit(page, 'amazon-order-detail');
    const scan = async () => {
      const result = await new AxeBuilder({ page }).include('[data-seller-guard]').analyze();
      // The scan saw the banner (inside its shadow root): colour contrast among the checks it passed.
      expect(result.passes.map((p) => p.id)).toContain('color-contrast');
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };
    expect(await scan()).toEqual([]);
    const said = await bannerWords(page);
    await host(page)
      .getByRole('button', { name: said.t('banner.collapse') })
      .click();
    expect(await scan()).toEqual([]);
    await visit(page, 'amazon-redesigned-page');
    expect(await scan()).toEqual([]);
  });
}
