// Each platform's real rule: eBay's levels (a rate AND a count of defects from different buyers,
// the volume window, the 20th), Mercado Libre's colours per country, TikTok Shop's US limit and
// Southeast Asia's violation steps, Etsy's case rate; headroom is to the NEXT boundary.
import { describe, expect, it } from 'vitest';
import type { GuardInput, GuardSnapshot } from '../../src/core/guard-input';
import { summarize } from '../../src/core/guard-view';
import { projectCancellation } from '../../src/core/projection';
import { guardRate } from '../../src/core/rate-guard';
import { RULEBOOKS } from '../../src/core/rulebooks';
import type { MetricId, OrderSeen, Platform } from '../../src/core/types';
import { snapshotOf } from './snapshot-of';

const NOW = Date.UTC(2026, 10, 21, 12);
const HOUR = 3_600_000;

function guard(
  platform: Platform,
  marketplace: string,
  counted: number,
  total: number,
  extra: Partial<GuardSnapshot> = {},
  over: Partial<GuardInput> = {},
) {
  const snapshot: GuardSnapshot = snapshotOf(platform, marketplace, counted, total, NOW - HOUR, extra);
  return guardRate({ platform, marketplace, now: NOW, orders: [], cancellations: [], snapshot, ...over });
}
const other = (
  platform: Platform,
  marketplace: string,
  metric: MetricId,
  counted: number,
  total: number,
): GuardSnapshot => snapshotOf(platform, marketplace, counted, total, NOW - HOUR, { metric });
const order = (platform: Platform, marketplace: string, over: Partial<OrderSeen> = {}): OrderSeen => ({
  platform,
  marketplace,
  id: 'o-1',
  orderedAt: NOW - 2 * 86_400_000,
  items: [],
  status: 'unshipped',
  fulfilment: 'merchant',
  ...over,
});
const band = (id: string) => ({ code: `band.${id}` });

describe('eBay: levels need a rate and a count of defects from different buyers', () => {
  it('one defect in 30 orders is 3.33% but far from Below Standard: 3 more defects fit', () => {
    const g = guard('ebay', 'US', 1, 30, { uniqueBuyers: 1 });
    expect(g).toMatchObject({ level: 'ok', ratePercent: 3.33, headroom: 3, windowDays: 365 });
    expect(summarize(g, RULEBOOKS.ebay).details).toContainEqual({
      code: 'guard.standing.defects',
      params: { band: band('above-standard'), limit: 2, left: 3, next: band('below-standard') },
    });
  });
  it('five defects from five buyers over 2%: Below Standard', () => {
    expect(guard('ebay', 'US', 5, 150, { uniqueBuyers: 5 }).level).toBe('over');
  });
  it('five defects from four buyers: not yet; one more from a new buyer crosses', () => {
    expect(guard('ebay', 'US', 5, 150, { uniqueBuyers: 4 })).toMatchObject({ level: 'near', headroom: 0 });
  });
  it('buyers not shown on the page: each defect is taken as a different buyer, and the banner says so', () => {
    const g = guard('ebay', 'US', 5, 150);
    expect(g).toMatchObject({ level: 'over', uniquesAssumed: true });
    expect(summarize(g, RULEBOOKS.ebay).details).toContainEqual({
      code: 'guard.unique-buyers-assumed',
      params: { count: 5 },
    });
  });
  it('a Top Rated seller (as the page says) sees the room before losing it, and before Below Standard', () => {
    const g = guard('ebay', 'US', 1, 600, { uniqueBuyers: 1, level: 'top-rated' });
    expect(g).toMatchObject({ level: 'ok', windowDays: 90, standing: { band: 'top-rated', next: { room: 2 } } });
    const lines = summarize(g, RULEBOOKS.ebay).details;
    expect(lines).toContainEqual({
      code: 'guard.standing.defects',
      params: { band: band('top-rated'), limit: 0.5, left: 2, next: band('above-standard') },
    });
    expect(lines).toContainEqual({ code: 'guard.before.defects', params: { left: 11, band: band('below-standard') } });
  });
  it('what-if per reason: OutOfStockOrCannotFulfill costs Top Rated, BuyerCancelOrder (the buyer asked) nothing', () => {
    const g = guard('ebay', 'US', 3, 600, { uniqueBuyers: 3, level: 'top-rated' });
    const o = order('ebay', 'US');
    const seller = projectCancellation(g, RULEBOOKS.ebay, o, {
      fulfilment: 'merchant',
      askedVia: 'seller',
      reasonCode: 'OutOfStockOrCannotFulfill',
    });
    expect(seller).toMatchObject({ counts: true, projectedBand: 'above-standard', projectedRatePercent: 0.67 });
    const buyer = projectCancellation(g, RULEBOOKS.ebay, o, {
      fulfilment: 'merchant',
      askedVia: 'message',
      reasonCode: 'BuyerCancelOrder',
    });
    expect(buyer.counts).toBe(false);
    const s = summarize(g, RULEBOOKS.ebay, o);
    expect(s.details[0]).toEqual({
      code: 'projection.band',
      params: { from: 0.5, to: 0.67, band: band('above-standard') },
    });
    expect(s.details[1]).toEqual({ code: 'guard.reason-buyer-free', params: { reason: 'BuyerCancelOrder' } });
  });
  it('cases closed without seller resolution are guarded the same way', () => {
    const g = guard(
      'ebay',
      'US',
      1,
      500,
      { uniqueBuyers: 1 },
      { otherSnapshots: [other('ebay', 'US', 'cases-closed-rate', 2, 500)] },
    );
    expect(g.also?.[0]).toMatchObject({ level: 'near', ratePercent: 0.4, standing: { band: 'above-standard' } });
    expect(summarize(g, RULEBOOKS.ebay).details).toContainEqual({
      code: 'guard.also-near',
      params: {
        metric: { code: 'metric.cases-closed' },
        rate: 0.4,
        limit: 0.3,
        sure: { code: 'confidence.third-party' },
      },
    });
  });
  it('the next evaluation is the 20th', () => {
    expect(guard('ebay', 'US', 1, 600).nextEvaluationAt).toBe(Date.UTC(2026, 11, 20));
  });
});

describe('Mercado Libre: the colour now, its limit, and the room before it drops', () => {
  it('Brazil, green: up to 1.5%; 2 more cancellations before yellow', () => {
    const g = guard('mercadolibre', 'BR', 2, 300, { level: 'green' });
    expect(summarize(g, RULEBOOKS.mercadolibre).details).toContainEqual({
      code: 'guard.standing.cancellations',
      params: { band: band('green'), limit: 1.5, left: 2, next: band('yellow') },
    });
  });
  it('Mexico, MercadoLíder Gold: 0.5% keeps the status; 4 before yellow', () => {
    const g = guard('mercadolibre', 'MX', 0, 400, { level: 'green_gold' });
    const lines = summarize(g, RULEBOOKS.mercadolibre).details;
    expect(lines).toContainEqual({
      code: 'guard.standing.cancellations',
      params: { band: band('leader'), limit: 0.5, left: 2, next: band('green') },
    });
    expect(lines).toContainEqual({ code: 'guard.before.cancellations', params: { left: 4, band: band('yellow') } });
  });
  it('Colombia, yellow: its limit is 7%; 11 more before orange', () => {
    const g = guard('mercadolibre', 'CO', 10, 300, { level: 'yellow' });
    expect(g.level).toBe('over');
    expect(g.standing).toMatchObject({
      band: 'yellow',
      limit: { percent: 7 },
      next: { room: 11, boundary: { band: 'orange' } },
    });
  });
  it('a cancellation counts whoever asked; a sale the page marks "No afecta" does not', () => {
    const g = guard('mercadolibre', 'BR', 2, 300);
    const asked = order('mercadolibre', 'BR', { cancelRequest: { viaPlatform: true } });
    expect(
      projectCancellation(g, RULEBOOKS.mercadolibre, asked, { fulfilment: 'merchant', askedVia: 'platform-request' }),
    ).toMatchObject({
      counts: true,
      why: { code: 'count.whoever-asked' },
    });
    expect(
      projectCancellation(
        g,
        RULEBOOKS.mercadolibre,
        { ...asked, affectsReputation: false },
        { fulfilment: 'merchant', askedVia: 'seller' },
      ),
    ).toMatchObject({ counts: false, why: { code: 'count.platform-says-not' } });
  });
  it('a new seller (grey) is told so plainly', () => {
    const g = guard('mercadolibre', 'BR', 0, 4, { level: 'newbie' });
    expect(summarize(g, RULEBOOKS.mercadolibre).details[0]).toEqual({
      code: 'guard.new-seller',
      params: { platform: 'Mercado Libre', sales: 10, sure: { code: 'confidence.official' } },
    });
  });
  it('claims over their colour limit are said beside the cancellations', () => {
    const g = guard(
      'mercadolibre',
      'BR',
      0,
      300,
      {},
      { otherSnapshots: [other('mercadolibre', 'BR', 'claims-rate', 9, 300)] },
    );
    expect(summarize(g, RULEBOOKS.mercadolibre).details).toContainEqual({
      code: 'guard.also-over',
      params: { metric: { code: 'metric.claims' }, rate: 3, limit: 2, sure: { code: 'confidence.official' } },
    });
  });
});

describe('TikTok Shop: the region decides', () => {
  it('US: 2.5% at most over 30 days, a limit from TikTok’s US page', () => {
    const g = guard('tiktok', 'US', 1, 40);
    expect(g).toMatchObject({ level: 'near', thresholdPercent: 2.5, windowDays: 30 });
    expect(summarize(g, RULEBOOKS.tiktok).details.map((d) => d.code)).not.toContain('guard.limit-official-regional');
  });
  it('Thailand: 7 days; 4 more before the 10% violation', () => {
    const g = guard('tiktok', 'TH', 5, 100);
    expect(g).toMatchObject({ level: 'ok', windowDays: 7, thresholdPercent: 10 });
    expect(summarize(g, RULEBOOKS.tiktok).details).toContainEqual({
      code: 'guard.standing.cancellations',
      params: { band: band('within'), limit: 10, left: 4, next: band('violation') },
    });
  });
  it('Vietnam: 12% is a violation; 35% with 35 cancellations is the second order limit', () => {
    expect(guard('tiktok', 'VN', 12, 100)).toMatchObject({ level: 'over', standing: { band: 'violation' } });
    expect(guard('tiktok', 'VN', 35, 100).standing?.band).toBe('order-limit-2');
    expect(guard('tiktok', 'VN', 31, 300).standing?.band).toBe('violation-severe');
  });
  it('Malaysia uses Thailand’s and Vietnam’s pages: the banner says the limit is another region’s', () => {
    expect(summarize(guard('tiktok', 'MY', 1, 100), RULEBOOKS.tiktok).details).toContainEqual({
      code: 'guard.limit-official-regional',
      params: { platform: 'TikTok Shop' },
    });
  });
  it('FBT orders and buyer requests are outside the rate', () => {
    const g = guard('tiktok', 'TH', 1, 100);
    const o = order('tiktok', 'TH');
    expect(projectCancellation(g, RULEBOOKS.tiktok, o, { fulfilment: 'platform', askedVia: 'seller' }).counts).toBe(
      false,
    );
    expect(
      projectCancellation(g, RULEBOOKS.tiktok, o, { fulfilment: 'merchant', askedVia: 'platform-request' }).counts,
    ).toBe(false);
  });
  it('an order about to cancel itself, and a shipped order with a request to decline by tracking', () => {
    const g = guard('tiktok', 'US', 1, 100);
    const soon = summarize(g, RULEBOOKS.tiktok, order('tiktok', 'US', { autoCancelAt: NOW + 5 * HOUR }));
    expect(soon.details).toContainEqual({
      code: 'guard.auto-cancel',
      params: { platform: 'TikTok Shop', at: NOW + 5 * HOUR, sure: { code: 'confidence.page' } },
    });
    const shipped = summarize(
      g,
      RULEBOOKS.tiktok,
      order('tiktok', 'US', { status: 'shipped', cancelRequest: { viaPlatform: true } }),
    );
    expect(shipped.details.slice(0, 2)).toEqual([
      { code: 'guard.decline-by-tracking', params: { platform: 'TikTok Shop' } },
      { code: 'guard.shipped' },
    ]);
  });
  it('a region with no published limit (UK) gets none, not the US number', () => {
    expect(guard('tiktok', 'UK', 1, 100)).toMatchObject({
      level: 'none',
      reason: { code: 'guard.no-metric.unsourced' },
    });
  });
});

describe('Amazon and Etsy', () => {
  it('amazon.com’s 2.5% is read on other marketplaces’ pages: the banner says so; amazon.co.uk’s is its own', () => {
    const codes = (m: string) => summarize(guard('amazon', m, 1, 100), RULEBOOKS.amazon).details.map((d) => d.code);
    expect(codes('US')).toContain('guard.limit-official-regional');
    expect(codes('UK')).not.toContain('guard.limit-official-regional');
  });
  it('Amazon cancels an order by itself 7 days after its ship-by date: said 2 days ahead', () => {
    const o = order('amazon', 'US', { shipBy: NOW - 6 * 86_400_000 });
    expect(summarize(guard('amazon', 'US', 1, 100), RULEBOOKS.amazon, o).details).toContainEqual({
      code: 'guard.auto-cancel',
      params: { platform: 'Amazon', at: NOW + 86_400_000, sure: { code: 'confidence.official' } },
    });
  });
  it('India: the cancellation fee is said', () => {
    expect(summarize(guard('amazon', 'IN', 1, 100), RULEBOOKS.amazon).details).toContainEqual({
      code: 'guard.cancellation-fee',
      params: { percent: 100, late: 150, sure: { code: 'confidence.official' } },
    });
  });
  it('Etsy’s case rate: 3 cases under 300 orders are within the standard, a fourth is over', () => {
    const etsy = (cases: number) =>
      guardRate({
        platform: 'etsy',
        marketplace: 'GLOBAL',
        now: NOW,
        orders: [],
        cancellations: [],
        otherSnapshots: [other('etsy', 'GLOBAL', 'case-rate', cases, 200)],
      });
    expect(etsy(3).also?.[0]?.level).toBe('near');
    expect(etsy(4).also?.[0]?.level).toBe('over');
    expect(etsy(4)).toMatchObject({ level: 'none' });
  });
});
