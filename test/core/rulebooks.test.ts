// Every rulebook rule cites a source and every id a rulebook uses exists; the numbers each rule
// states are the ones the guard uses.
import { describe, expect, it } from 'vitest';
import { cancellationCounts } from '../../src/core/cancellation-counting';
import { marketplaceRules, RULEBOOKS, ruleById, type RateMetric } from '../../src/core/rulebooks';

const rate = (platform: keyof typeof RULEBOOKS, market: string) =>
  marketplaceRules(RULEBOOKS[platform], market).cancellation as RateMetric;

describe('rulebooks', () => {
  for (const book of Object.values(RULEBOOKS)) {
    describe(book.platform, () => {
      it('carries the date it was checked', () => expect(book.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/));
      it('every rule has a unique id, words and an http(s) source', () => {
        expect(new Set(book.rules.map((r) => r.id)).size).toBe(book.rules.length);
        for (const r of book.rules) {
          expect(r.id.startsWith(`${book.platform}.`), r.id).toBe(true);
          expect(r.says.length).toBeGreaterThan(15);
          expect(new URL(r.source).protocol).toMatch(/^https?:$/);
        }
      });
      it('every rule id it refers to exists', () => {
        const ids = [
          ...Object.values(book.marketplaces).flatMap((m) => [
            ...m.cancellation.ruleIds,
            ...(m.consecutiveCancellationRisk ? [m.consecutiveCancellationRisk.ruleId] : []),
          ]),
          ...book.messaging.ruleIds,
          book.escalation.ruleId,
          ...(book.escalation.refundBeforeClaimRuleId ? [book.escalation.refundBeforeClaimRuleId] : []),
          ...(book.buyerCancelFlow ? [book.buyerCancelFlow.ruleId] : []),
          ...(book.buyerCancelFlow?.selfCancel ? [book.buyerCancelFlow.selfCancel.ruleId] : []),
          ...(book.askBuyerToCancelRuleId ? [book.askBuyerToCancelRuleId] : []),
          ...(book.shippedIsNotCancelledRuleId ? [book.shippedIsNotCancelledRuleId] : []),
          ...('ruleId' in book.buyerCancelRoute ? [book.buyerCancelRoute.ruleId] : []),
          ...('ruleId' in book.addressChange ? [book.addressChange.ruleId] : []),
          ...('ruleId' in book.unpaidOrders ? [book.unpaidOrders.ruleId] : []),
          book.followUpAfterCancel.ruleId,
        ];
        for (const id of ids) expect(() => ruleById(book, id)).not.toThrow();
      });
      it('the default marketplace exists', () => expect(book.marketplaces[book.defaultMarketplace]).toBeDefined());
    });
  }
  it('unknown marketplace falls back to the default', () =>
    expect(marketplaceRules(RULEBOOKS.amazon, 'XX').code).toBe('US'));
  it('ruleById throws for a missing rule', () =>
    expect(() => ruleById(RULEBOOKS.etsy, 'etsy.nope')).toThrow(/no rule/));
});

describe('Amazon rules', () => {
  it('2.5% under, 7 days, seller-fulfilled only, on every marketplace but India', () => {
    for (const code of [
      'US',
      'CA',
      'MX',
      'BR',
      'UK',
      'DE',
      'FR',
      'IT',
      'ES',
      'NL',
      'SE',
      'PL',
      'TR',
      'AE',
      'SA',
      'JP',
      'AU',
    ]) {
      expect(rate('amazon', code)).toMatchObject({
        thresholdPercent: 2.5,
        comparison: 'below',
        windowDays: 7,
        excludesPlatformFulfilled: true,
      });
    }
  });
  it('India: under 2% over 7 and 30 days', () =>
    expect(rate('amazon', 'IN')).toMatchObject({ thresholdPercent: 2, windowDays: 7, alsoWindowDays: [30] }));
  it('EU, UK, AU, AE carry the two-consecutive-cancellations listing risk; US does not', () => {
    for (const code of ['UK', 'DE', 'FR', 'IT', 'ES', 'AU', 'AE'])
      expect(RULEBOOKS.amazon.marketplaces[code]!.consecutiveCancellationRisk).toMatchObject({
        count: 2,
        withinDays: 30,
      });
    expect(RULEBOOKS.amazon.marketplaces.US!.consecutiveCancellationRisk).toBeUndefined();
  });
  const us = rate('amazon', 'US');
  it('a Request-cancellation request does not count', () =>
    expect(
      cancellationCounts(RULEBOOKS.amazon, us, { fulfilment: 'merchant', askedVia: 'platform-request' }),
    ).toMatchObject({ counts: false, ruleId: 'amazon.cr.buyer-request-free' }));
  it('"Buyer Cancelled" without a request still counts', () =>
    expect(
      cancellationCounts(RULEBOOKS.amazon, us, {
        fulfilment: 'merchant',
        askedVia: 'seller',
        reasonCode: 'BuyerCanceled',
      }),
    ).toMatchObject({ counts: true, ruleId: 'amazon.cr.buyer-reason-misuse' }));
  it('a request made only by message still counts', () =>
    expect(cancellationCounts(RULEBOOKS.amazon, us, { fulfilment: 'merchant', askedVia: 'message' })).toMatchObject({
      counts: true,
      ruleId: 'amazon.cr.message-request-counts',
    }));
  it('FBA orders do not count', () =>
    expect(cancellationCounts(RULEBOOKS.amazon, us, { fulfilment: 'platform', askedVia: 'seller' })).toMatchObject({
      counts: false,
      ruleId: 'amazon.cr.fba-excluded',
    }));
  it('a platform request cancelled with another reason counts', () =>
    expect(
      cancellationCounts(RULEBOOKS.amazon, us, {
        fulfilment: 'merchant',
        askedVia: 'platform-request',
        reasonCode: 'NoInventory',
      }).counts,
    ).toBe(true));
  it('buyer self-cancel window 30 minutes; replies within 24 h; messaging forbids links, contact details, emoji, marketing, review requests; order id required', () => {
    expect(RULEBOOKS.amazon.buyerCancelFlow?.selfCancel?.minutes).toBe(30);
    expect(RULEBOOKS.amazon.messaging).toMatchObject({ replyWithinHours: 24, requireOrderId: true });
    expect(RULEBOOKS.amazon.messaging.forbid).toEqual(
      expect.arrayContaining(['links', 'email', 'phone', 'emoji', 'marketing', 'review-request']),
    );
    expect(RULEBOOKS.amazon.askBuyerToCancel).toBe('not-when-out-of-stock');
    expect(RULEBOOKS.amazon.reasonCodes).toMatchObject({ buyerRequested: 'BuyerCanceled', outOfStock: 'NoInventory' });
  });
});

describe('other platforms', () => {
  it('Etsy and AliExpress publish no rate', () => {
    expect(RULEBOOKS.etsy.marketplaces.GLOBAL!.cancellation.kind).toBe('none');
    expect(RULEBOOKS.aliexpress.marketplaces.GLOBAL!.cancellation.kind).toBe('none');
    expect(RULEBOOKS.etsy.askBuyerToCancel).toBe('never');
  });
  it("Etsy: 48 h case rule; only the seller cancels; unpaid orders are the seller's to cancel", () => {
    expect(ruleById(RULEBOOKS.etsy, 'etsy.cases.48h').says).toContain('48 h');
    expect(RULEBOOKS.etsy.buyerCancelRoute.kind).toBe('seller-only');
    expect(RULEBOOKS.etsy.unpaidOrders).toMatchObject({ kind: 'seller-cancels', reasonCode: 'buyer-not-paid' });
  });
  it('AliExpress: buyers write in English, the seller centre is Chinese; 48 h to answer a request', () => {
    expect(RULEBOOKS.aliexpress.marketplaces.GLOBAL).toMatchObject({ language: 'en', sellerLanguage: 'zh-CN' });
    expect(RULEBOOKS.aliexpress.cancelRequestAnswerHours).toBe(48);
  });
  it('AliExpress: 5 days to answer a refund request', () =>
    expect(ruleById(RULEBOOKS.aliexpress, 'aliexpress.dispute.5-days').says).toContain('5 days'));
  it('Mercado Libre: BR 1.5, MX 1, AR 1, CO 2.5, CL 2.5 over 60 days; 350 characters; counts whoever asked', () => {
    expect(
      [
        ['BR', 1.5],
        ['MX', 1],
        ['AR', 1],
        ['CO', 2.5],
        ['CL', 2.5],
      ].map(([c]) => rate('mercadolibre', c as string).thresholdPercent),
    ).toEqual([1.5, 1, 1, 2.5, 2.5]);
    expect(rate('mercadolibre', 'BR').windowDays).toBe(60);
    expect(RULEBOOKS.mercadolibre.messaging.maxLength).toBe(350);
    expect(
      cancellationCounts(RULEBOOKS.mercadolibre, rate('mercadolibre', 'BR'), {
        fulfilment: 'merchant',
        askedVia: 'platform-request',
      }).counts,
    ).toBe(true);
  });
  it('TikTok: 2.5% at most, never ask, buyer requests excluded, window flagged unverified', () => {
    expect(rate('tiktok', 'US')).toMatchObject({ thresholdPercent: 2.5, comparison: 'at-most', windowVerified: false });
    expect(RULEBOOKS.tiktok.askBuyerToCancel).toBe('never');
    expect(RULEBOOKS.tiktok.messaging.forbid).toContain('ask-buyer-to-cancel');
    expect(
      cancellationCounts(RULEBOOKS.tiktok, rate('tiktok', 'US'), {
        fulfilment: 'merchant',
        askedVia: 'platform-request',
      }).counts,
    ).toBe(false);
  });
  it('eBay: BuyerCancelOrder is no defect, even after a message; out of stock is', () => {
    const m = rate('ebay', 'US');
    expect(
      cancellationCounts(RULEBOOKS.ebay, m, {
        fulfilment: 'merchant',
        askedVia: 'message',
        reasonCode: 'BuyerCancelOrder',
      }).counts,
    ).toBe(false);
    expect(
      cancellationCounts(RULEBOOKS.ebay, m, {
        fulfilment: 'merchant',
        askedVia: 'seller',
        reasonCode: 'OutOfStockOrCannotFulfill',
      }).counts,
    ).toBe(true);
    expect(m).toMatchObject({
      thresholdPercent: 2,
      windowDays: 90,
      windowByVolume: { minOrders: 400, otherwiseDays: 365 },
    });
  });
});
