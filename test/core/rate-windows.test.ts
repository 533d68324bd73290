// Windows the platform measures: Amazon India guards 7 and 30 days and shows the worse; eBay's
// window depends on volume; a window no platform states is said to be unverified.
import { describe, expect, it } from 'vitest';
import type { GuardInput } from '../../src/core/guard-input';
import { summarize } from '../../src/core/guard-view';
import { guardRate } from '../../src/core/rate-guard';
import { RULEBOOKS } from '../../src/core/rulebooks';
import type { MetricSnapshot, Platform } from '../../src/core/types';
import { snapshotOf } from './snapshot-of';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 21, 12);

const snap = (
  platform: Platform,
  marketplace: string,
  counted: number,
  total: number,
  windowDays?: number,
): MetricSnapshot => snapshotOf(platform, marketplace, counted, total, NOW - 3_600_000, { windowDays });
const input = (over: Partial<GuardInput>): GuardInput => ({
  platform: 'amazon',
  marketplace: 'IN',
  now: NOW,
  orders: [],
  cancellations: [],
  ...over,
});
/** Orders seen between 8 and 29 days ago: inside 30 days, outside 7. */
const olderOrders = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `old${i}`,
    orderedAt: NOW - (8 + (i % 20)) * DAY,
    fulfilment: 'merchant' as const,
  }));

describe('Amazon India: 7 and 30 days, the worse shown', () => {
  it('a 7-day figure under the limit, but 30 days over it: the 30-day window is shown', () => {
    const g = guardRate(
      input({
        snapshot: snap('amazon', 'IN', 0, 60, 7),
        orders: olderOrders(40),
        cancellations: [1, 2, 3].map((i) => ({ orderId: `old${i}`, cancelledAt: NOW - (10 + i) * DAY, counted: true })),
      }),
    );
    expect(g).toMatchObject({ level: 'over', windowDays: 30, thresholdPercent: 2, basis: 'observed' });
    expect(g.otherWindows).toEqual([{ windowDays: 7, level: 'ok', ratePercent: 0 }]);
  });
  it("a figure the page labels 30 days is the 30-day window's; the 7-day window then has too little to say", () => {
    const g = guardRate(input({ snapshot: snap('amazon', 'IN', 1, 100, 30) }));
    expect(g).toMatchObject({ level: 'near', windowDays: 30, ratePercent: 1, counted: 1, total: 100 });
    expect(g.otherWindows).toEqual([{ windowDays: 7, level: 'unknown', ratePercent: undefined }]);
    expect(summarize(g, RULEBOOKS.amazon).details).toContainEqual({
      code: 'guard.other-window-unknown',
      params: { days: 7 },
    });
  });
  it('a figure without a window is the main (7-day) one, as before', () => {
    expect(guardRate(input({ snapshot: snap('amazon', 'IN', 1, 100) }))).toMatchObject({
      windowDays: 7,
      level: 'near',
    });
  });
  it("a window the seller set replaces the platform's windows", () => {
    const g = guardRate(input({ snapshot: snap('amazon', 'IN', 1, 100), settings: { windowDays: 14 } }));
    expect(g).toMatchObject({ windowDays: 14, otherWindows: undefined });
  });
});

describe('eBay: 3 months with 400 or more transactions, else 12', () => {
  it('100 transactions: the 12-month window, and the banner says why', () => {
    const g = guardRate(input({ platform: 'ebay', marketplace: 'US', snapshot: snap('ebay', 'US', 2, 100) }));
    // 2%: not over (at most 2%), and 2 defects are far from the 5 different buyers Below Standard needs.
    expect(g).toMatchObject({ windowDays: 365, level: 'ok', ratePercent: 2, longWindow: { minOrders: 400 } });
    expect(summarize(g, RULEBOOKS.ebay).details).toContainEqual({
      code: 'guard.long-window',
      params: { platform: 'eBay', min: 400, short: 90, long: 365, sure: { code: 'confidence.official' } },
    });
  });
  it('a figure the page labels 12 months is read as the 12-month window, whatever its size', () => {
    const g = guardRate(input({ platform: 'ebay', marketplace: 'US', snapshot: snap('ebay', 'US', 2, 900, 365) }));
    expect(g).toMatchObject({ windowDays: 365, total: 900 });
  });
  it('500 transactions: the 3-month window', () => {
    const g = guardRate(input({ platform: 'ebay', marketplace: 'US', snapshot: snap('ebay', 'US', 2, 500) }));
    expect(g).toMatchObject({ windowDays: 90, level: 'ok' });
  });
});

describe('a window the platform states in two ways', () => {
  it("Mercado Libre: the banner says its own pages disagree, and the page's period wins", () => {
    const g = guardRate(
      input({ platform: 'mercadolibre', marketplace: 'BR', snapshot: snap('mercadolibre', 'BR', 1, 300) }),
    );
    expect(summarize(g, RULEBOOKS.mercadolibre).details).toContainEqual({
      code: 'guard.window-disputed',
      params: { platform: 'Mercado Libre', days: 60 },
    });
  });
  it('Mercado Libre: a small shop (under 10 sales in 60 days) is measured over 365 days', () => {
    const g = guardRate(
      input({ platform: 'mercadolibre', marketplace: 'BR', snapshot: snap('mercadolibre', 'BR', 0, 8, 365) }),
    );
    expect(g).toMatchObject({
      windowDays: 365,
      longWindow: { minOrders: 10, shortDays: 60 },
      newSeller: { untilSales: 10 },
    });
  });
});

describe('a window the platform does not state', () => {
  it('TikTok Shop: the banner says the 30 days come from third parties', () => {
    const g = guardRate(input({ platform: 'tiktok', marketplace: 'US', snapshot: snap('tiktok', 'US', 0, 100) }));
    expect(summarize(g, RULEBOOKS.tiktok).details).toContainEqual({
      code: 'guard.window-unverified',
      params: { days: 30 },
    });
    const amazon = guardRate(input({ marketplace: 'US', snapshot: snap('amazon', 'US', 0, 100) }));
    expect(summarize(amazon, RULEBOOKS.amazon).details.map((d) => d.code)).not.toContain('guard.window-unverified');
  });
});
