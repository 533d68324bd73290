// Every rulebook rule cites a source with its check date and how sure we are of it; every id a
// rulebook names exists; every number the guard and the advice use is stated in the rule it cites.
import { describe, expect, it } from 'vitest';
import {
  confidenceOf,
  ladderOf,
  marketplaceRules,
  RULEBOOKS,
  ruleById,
  ruleRefFor,
  type RateMetric,
  type Rulebook,
} from '../../src/core/rulebooks';

const rate = (platform: keyof typeof RULEBOOKS, market: string) =>
  marketplaceRules(RULEBOOKS[platform], market).cancellation as RateMetric;

/** Every rule id a rulebook's data names, wherever it sits (ruleId, ruleIds, …RuleId, overrides). */
function idsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => idsIn(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'rules') continue;
      if (/ruleId$|RuleId$/.test(k) && typeof v === 'string') out.push(v);
      else if (k === 'ruleIds' && Array.isArray(v)) out.push(...(v as string[]));
      else if (k === 'ruleOverrides') out.push(...Object.values(v as Record<string, string>));
      else idsIn(v, out);
    }
  }
  return out;
}

/** The numbers a rule's words must state: "2.5" for 2.5, "2" for 2, "0.5" for 0.5. */
const stated = (book: Rulebook, id: string, n: number) => expect(ruleById(book, id).says, id).toContain(String(n));

describe('rulebooks', () => {
  for (const book of Object.values(RULEBOOKS)) {
    describe(book.platform, () => {
      it('every rule has a unique id, words, an http(s) source and the day it was checked', () => {
        expect(new Set(book.rules.map((r) => r.id)).size).toBe(book.rules.length);
        for (const r of book.rules) {
          expect(r.id.startsWith(`${book.platform}.`), r.id).toBe(true);
          expect(r.says.length).toBeGreaterThan(15);
          expect(new URL(r.source).protocol).toMatch(/^https?:$/);
          expect(r.checkedOn, r.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
        expect(book.checkedOn).toBe(book.rules.map((r) => r.checkedOn).sort()[0]);
      });
      it('every rule id its data names exists', () => {
        const ids = idsIn(book);
        expect(ids.length).toBeGreaterThan(5);
        for (const id of ids) expect(() => ruleById(book, id), id).not.toThrow();
      });
      it('every guarded limit is stated, with its number, in the rule it cites', () => {
        for (const m of Object.values(book.marketplaces)) {
          const main = m.cancellation.kind === 'rate' ? [m.cancellation] : [];
          for (const ladder of [...main, ...(m.alsoGuarded ?? [])]) {
            expect(ladderOf(ladder)).toHaveLength(ladder.boundaries.length + 1);
            for (const b of ladder.boundaries) stated(book, b.ruleId, b.percent);
          }
          for (const metric of main)
            if (metric.windowByVolume) stated(book, metric.windowByVolume.ruleId, metric.windowByVolume.minOrders);
          const escalation = book.escalation;
          for (const d of [escalation.answerWithin, escalation.requestAnswerWithin])
            if (d) stated(book, d.ruleId, d.amount);
          for (const d of [m.replyWithin, m.cancelRequestAnswer, m.returns?.answerWithin, m.autoCancelAfterShipBy])
            if (d) stated(book, d.ruleId, d.amount);
        }
      });
      it('the default marketplace exists', () => expect(book.marketplaces[book.defaultMarketplace]).toBeDefined());
    });
  }
  it('a marketplace with no rules is guarded by none: never another marketplace’s numbers', () => {
    expect(marketplaceRules(RULEBOOKS.amazon, 'XX').cancellation).toMatchObject({
      kind: 'none',
      reason: { code: 'guard.no-metric.unsourced' },
    });
    expect(marketplaceRules(RULEBOOKS.tiktok, 'UK').cancellation.kind).toBe('none');
    expect(marketplaceRules(RULEBOOKS.mercadolibre, 'PE').cancellation.kind).toBe('none');
  });
  it('ruleById throws for a missing rule', () =>
    expect(() => ruleById(RULEBOOKS.etsy, 'etsy.nope')).toThrow(/no rule/));
});

describe('how sure each rule is, per marketplace', () => {
  const amazon = RULEBOOKS.amazon;
  it('Amazon’s 2.5% is official for the UK, another region’s page for the US, MX, BR, JP, TR and SA', () => {
    const limit = ruleById(amazon, 'amazon.cr.threshold');
    expect(confidenceOf(limit, 'UK')).toBe('official');
    for (const m of ['US', 'MX', 'BR', 'JP', 'TR', 'SA']) expect(confidenceOf(limit, m), m).toBe('official-regional');
  });
  it('the out-of-stock "never ask" sentence is a third party’s copy, dated 2020', () => {
    expect(ruleRefFor(amazon, 'US', 'amazon.oos.no-ask')).toMatchObject({
      confidence: 'third-party',
      sourceDate: '2020',
    });
    expect(ruleRefFor(amazon, 'IT', 'amazon.oos.cancel-yourself').confidence).toBe('official');
  });
  it('dated sources are recorded: TikTok’s versions, AliExpress 2020, eBay’s 2016 change', () => {
    expect(ruleById(RULEBOOKS.tiktok, 'tiktok.sea.sfcr').sourceDate).toContain('06/18/2025');
    expect(ruleById(RULEBOOKS.tiktok, 'tiktok.buyer-cancel.us').sourceDate).toBe('v. 01/03/2024');
    expect(ruleById(RULEBOOKS.aliexpress, 'aliexpress.non-fulfilment').sourceDate).toContain('2020');
    expect(ruleById(RULEBOOKS.ebay, 'ebay.defect.history').sourceDate).toBe('2016-02-20');
  });
  it('TikTok Thailand cites its own page for "never ask", the US its own', () => {
    expect(ruleRefFor(RULEBOOKS.tiktok, 'TH', 'tiktok.no-ask.us')).toMatchObject({
      id: 'tiktok.no-ask.sea',
      confidence: 'official',
    });
    expect(ruleRefFor(RULEBOOKS.tiktok, 'US', 'tiktok.no-ask.us').confidence).toBe('official');
    expect(ruleRefFor(RULEBOOKS.tiktok, 'MY', 'tiktok.no-ask.us').confidence).toBe('official-regional');
  });
  it('Mercado Libre’s 350 characters come from a third party; its window is disputed by its own pages', () => {
    const ml = RULEBOOKS.mercadolibre;
    expect(ruleRefFor(ml, 'BR', ml.messaging.maxLength!.ruleId).confidence).toBe('third-party');
    expect(rate('mercadolibre', 'BR').window.certainty).toBe('sources-disagree');
  });
});

describe('numbers, per platform', () => {
  it('Amazon: under 2.5% over 7 days everywhere but India (under 2%, 7 and 30 days, a fee)', () => {
    for (const code of ['US', 'CA', 'MX', 'BR', 'UK', 'DE', 'JP', 'AU']) {
      expect(rate('amazon', code)).toMatchObject({ windowDays: 7, excludesPlatformFulfilled: true });
      expect(rate('amazon', code).boundaries).toEqual([expect.objectContaining({ percent: 2.5, comparison: 'below' })]);
    }
    expect(rate('amazon', 'IN')).toMatchObject({ windowDays: 7, alsoWindowDays: [30] });
    expect(rate('amazon', 'IN').boundaries[0]!.percent).toBe(2);
    expect(RULEBOOKS.amazon.marketplaces.IN!.cancellationFee).toMatchObject({ percentOfReferralFee: 100 });
  });
  it('eBay: Top Rated 0.5% and 3, Below Standard over 2% with 5 buyers; 3 or 12 months; the 20th', () => {
    const m = rate('ebay', 'US');
    expect(m.boundaries).toMatchObject([
      { band: 'above-standard', percent: 0.5, minCount: 4 },
      { band: 'below-standard', percent: 2, minCount: 5 },
    ]);
    expect(m).toMatchObject({ windowDays: 90, windowByVolume: { minOrders: 400, otherwiseDays: 365 } });
    expect(m.evaluation?.dayOfMonth).toBe(20);
    expect(RULEBOOKS.ebay.marketplaces.US!.alsoGuarded![0]!.boundaries.at(-1)).toMatchObject({
      percent: 0.3,
      minCount: 3,
    });
  });
  it('Mercado Libre: a limit per colour and country, claims, late handling and mediations beside it', () => {
    const limits = (c: string) => rate('mercadolibre', c).boundaries.map((b) => b.percent);
    expect(limits('BR')).toEqual([0.5, 1.5, 3.5, 4]);
    expect(limits('MX')).toEqual([0.5, 1, 2.5, 3]);
    expect(limits('AR')).toEqual([0.5, 1, 2.5, 3]);
    expect(limits('CO')).toEqual([1.5, 2.5, 7, 9]);
    expect(RULEBOOKS.mercadolibre.marketplaces.BR!.alsoGuarded!.map((m) => m.name)).toEqual([
      'claims',
      'delayed-handling',
      'mediations',
    ]);
  });
  it('TikTok: US 2.5% at most (window third-party); Southeast Asia 7 days, points and order limits', () => {
    expect(rate('tiktok', 'US')).toMatchObject({ windowDays: 30, window: { certainty: 'third-party' } });
    expect(rate('tiktok', 'TH').boundaries.map((b) => [b.band, b.percent, b.minCount])).toEqual([
      ['violation', 10, undefined],
      ['violation-severe', 10, 30],
      ['order-limit-2', 30, undefined],
      ['order-limit-3', 50, undefined],
    ]);
    expect(rate('tiktok', 'VN').windowDays).toBe(7);
  });
  it('Etsy: the case-rate standard, 3 cases under 300 orders, under 1% above', () => {
    expect(RULEBOOKS.etsy.marketplaces.GLOBAL!.alsoGuarded![0]!.boundaries[0]).toMatchObject({
      percent: 1,
      minCount: 4,
      minCountUnderOrders: 300,
    });
  });
});
