import { describe, expect, it } from 'vitest';
import { readEbayPerformance, readSellerLevelBox } from '../../../src/sites/ebay/read-performance';
import { ebayFixture, EBAY_FIXTURES, type EbayFixture } from '../../fixtures/ebay';
import { LIVE_VALUES } from '../../fixtures/ebay/performance-cases';
import { performanceHtml } from '../../fixtures/ebay/performance-builder';
import { PERFORMANCE_LABELS } from '../../fixtures/ebay/performance-labels';
import { ok, parse } from '../../helpers/fixtures';
import { day } from './expect-orders';

const NOW = Date.UTC(2026, 7, 3, 12);
const US = new URL('https://www.ebay.com/sh/performance');
const read = (html: string, url = US) => readEbayPerformance(parse(html), url, NOW);
const box = (f: EbayFixture) => readSellerLevelBox(parse(f.html()), new URL(f.url), NOW);

const METRIC = {
  'transaction-defect-rate': 'defects',
  'late-shipment-rate': 'late',
  'tracking-on-time': 'tracking',
  'cases-closed': 'cases',
} as const;

describe('eBay seller level: every fixture reads as expected', () => {
  const levels = EBAY_FIXTURES.filter((f) => f.page === 'performance' && f.expected.kind === 'seller-level' && !f.late);
  it.each(levels)('$name: levels, rates, counts and the next evaluation', (f) => {
    if (f.expected.kind !== 'seller-level') return;
    const e = f.expected;
    const read = box(f);
    if ('code' in read) throw new Error(read.reason);
    expect(read.current).toBe(e.current ?? 'not-evaluated');
    expect(read.projected).toBe(e.projected ?? 'not-evaluated');
    expect(read.nextEvaluation).toBe(day(e.nextEvaluation ?? undefined));
    for (const m of e.metrics)
      expect(read.rates[METRIC[m.metric]]?.ratePercent, m.metric).toBe(m.ratePercent ?? undefined);
    if (e.defects) expect(read.rates.defects).toMatchObject({ counted: e.defects.counted, total: e.defects.total });
  });

  it('the reading: the defect rate is the guarded figure, with the other rates beside it', () => {
    const reading = ok(read(ebayFixture('performance-below-standard-counts').html()));
    expect(reading).toMatchObject({ platform: 'ebay', page: 'account-health', marketplace: 'US', orders: [] });
    // Beside each figure: the level today's figures give, the level held, and the next evaluation.
    const levels = {
      level: 'below-standard',
      heldLevel: 'below-standard',
      nextEvaluationAt: Date.UTC(2026, 7, 20),
      readAt: NOW,
    };
    const us = { platform: 'ebay', marketplace: 'US' };
    expect(reading.metrics).toEqual([
      { ...us, metric: 'cancellation-rate', ratePercent: 2.4, counted: 6, total: 250, ...levels },
      { ...us, metric: 'late-shipment-rate', ratePercent: 5.2, ...levels },
      { ...us, metric: 'valid-tracking-rate', ratePercent: 78, ...levels },
      { ...us, metric: 'cases-closed-rate', ratePercent: 0.8, ...levels },
    ]);
  });

  it('the level held and the level today go beside the figures as the rulebook names them', () => {
    const f = ebayFixture('performance-de');
    const metric = ok(readEbayPerformance(parse(f.html()), new URL(f.url), NOW)).metrics[0]!;
    const e = f.expected.kind === 'seller-level' ? f.expected : undefined;
    expect(metric).toMatchObject({
      heldLevel: e!.current,
      level: e!.projected,
      nextEvaluationAt: Date.UTC(2026, 7, 20),
    });
  });

  it('a next evaluation past, or not a 20th within a month, is left out (the levels stay)', () => {
    const f = ebayFixture('performance-en');
    const after = Date.UTC(2026, 7, 21, 12);
    const late = ok(readEbayPerformance(parse(f.html()), new URL(f.url), after)).metrics[0]!;
    // "Aug 20" read on Aug 21 is next year's: not within a month, so not said.
    expect(late.nextEvaluationAt).toBeUndefined();
    expect(late).toMatchObject({ heldLevel: 'above-standard' });
    const html = f.html().replace('Aug 20', 'Aug 21');
    expect(ok(read(html)).metrics[0]!.nextEvaluationAt).toBeUndefined();
  });

  it('a seller not yet evaluated has no level beside the figures', () => {
    for (const m of ok(read(ebayFixture('performance-new-seller').html())).metrics) expect(m.heldLevel).toBeUndefined();
  });

  it('German figures with a decimal comma, on ebay.de', () => {
    const f = ebayFixture('performance-de');
    expect(ok(readEbayPerformance(parse(f.html()), new URL(f.url), NOW)).metrics[0]).toMatchObject({
      marketplace: 'DE',
      ratePercent: 2.35,
    });
  });

  it('a seller not yet evaluated: "–" is no figure, never 0', () => {
    expect(ok(read(ebayFixture('performance-new-seller').html())).metrics).toEqual([]);
  });
});

describe('eBay seller level: refusals', () => {
  it('a box still to come is not ready (the guard waits for it)', () => {
    expect(read(ebayFixture('performance-late').html())).toMatchObject({ ok: false, code: 'page-not-ready' });
  });

  it('a redesigned page is never read from the targets beside it', () => {
    expect(read(ebayFixture('performance-unknown-layout').html())).toMatchObject({ ok: false });
  });

  it('an evaluated seller whose defect rate shows "–" is a box still filling in', () => {
    const html = performanceHtml({ ...LIVE_VALUES, defects: undefined });
    expect(read(html)).toMatchObject({ ok: false, code: 'page-not-ready' });
  });

  it('a count line that disagrees with the rate refuses', () => {
    const html = performanceHtml({ ...LIVE_VALUES, defects: 2.4, defectsDetail: '9 of 250 transactions' });
    expect(read(html)).toMatchObject({ ok: false, code: 'figures-disagree' });
  });

  it('two values beside one label refuse', () => {
    const html = performanceHtml(LIVE_VALUES).replace('<span>1.81%</span>', '<span>1.81%</span><div>2.10%</div>');
    expect(read(html)).toMatchObject({ ok: false, code: 'figures-disagree' });
  });

  it('a level word we do not know is no level: not ready, then refused', () => {
    const html = performanceHtml(LIVE_VALUES).replace(/<span>Above Standard<\/span>/g, '<span>Gold</span>');
    expect(read(html)).toMatchObject({ ok: false, code: 'page-not-ready' });
  });

  it("the programme's targets elsewhere on the page are never the seller's figures", () => {
    const reading = ok(read(performanceHtml({ ...LIVE_VALUES, defects: 0.3 })));
    expect(reading.metrics[0]!.ratePercent).toBe(0.3);
    const f = box(ebayFixture('performance-en'));
    expect('code' in f ? f : f.rates.late?.ratePercent).toBe(1.81);
  });

  it('a next evaluation that is not on the 20th is not that date', () => {
    const html = performanceHtml({ ...LIVE_VALUES, next: 'Aug 21' });
    const read = readSellerLevelBox(parse(html), US, NOW);
    expect('code' in read ? read : read.nextEvaluation).toBeUndefined();
  });

  it('labels in the wrong language for the site still read (the dictionary knows all five)', () => {
    const html = performanceHtml(LIVE_VALUES, PERFORMANCE_LABELS.it);
    expect(ok(read(html, new URL('https://www.ebay.com/sh/performance'))).metrics[1]!.ratePercent).toBe(1.81);
  });
});
