// eBay's seller level in the guard's view: the level held until the next evaluation and that date
// (the Performance page's own), the level today's figures give, and the rule's date when the page
// has said none or its date has passed. Read off the real sample page, worded in every UI locale.
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/core/guard-view';
import { guardRate } from '../../src/core/rate-guard';
import { RULEBOOKS } from '../../src/core/rulebooks';
import type { Said } from '../../src/core/said';
import type { MetricSnapshot } from '../../src/core/types';
import { CATALOGUES } from '../../src/i18n/catalogues';
import { createTranslator } from '../../src/i18n/format';
import { readEbayPerformance } from '../../src/sites/ebay/read-performance';
import { EBAY_SAMPLE_PAGES } from '../../scripts/sample-pages-ebay';
import { parse } from '../helpers/fixtures';
import { snapshotOf } from './snapshot-of';

const NOW = Date.UTC(2026, 11, 2, 12);
const DEC_20 = Date.UTC(2026, 11, 20);

const snapshot = (over: Partial<MetricSnapshot> = {}): MetricSnapshot =>
  snapshotOf('ebay', 'US', 3, 412, NOW - 3_600_000, {
    level: 'above-standard',
    heldLevel: 'top-rated',
    nextEvaluationAt: DEC_20,
    ...over,
  });

const details = (s: MetricSnapshot, now = NOW) =>
  summarize(
    guardRate({ platform: 'ebay', marketplace: 'US', now, orders: [], cancellations: [], snapshot: s }),
    RULEBOOKS.ebay,
  ).details;
const codes = (lines: Said[]) => lines.map((l) => l.code);

describe('eBay: the seller level and the next evaluation in the banner', () => {
  it('the level held until the page’s next evaluation comes first, with that date', () => {
    const lines = details(snapshot());
    expect(lines[0]).toEqual({
      code: 'guard.level-held',
      params: { platform: 'eBay', band: { code: 'band.top-rated' }, at: DEC_20 },
    });
    // The rule's own evaluation line is not said twice.
    expect(codes(lines)).not.toContain('guard.next-evaluation');
  });

  it('the level today’s figures give ("if we evaluated you today") is the ladder’s step', () => {
    const step = details(snapshot()).find((l) => l.code.startsWith('guard.standing'))!;
    expect(step.params?.band).toEqual({ code: 'band.above-standard' });
  });

  it('without the page’s date: the rule’s 20th, and how sure it is; no level held is claimed', () => {
    const lines = details(snapshot({ nextEvaluationAt: undefined }));
    expect(codes(lines)).not.toContain('guard.level-held');
    expect(lines.find((l) => l.code === 'guard.next-evaluation')?.params).toMatchObject({ at: DEC_20 });
  });

  it('once the page’s evaluation has passed, the level it named is no longer said', () => {
    const lines = details(snapshot({ readAt: Date.UTC(2026, 11, 19) }), Date.UTC(2026, 11, 21, 12));
    expect(codes(lines)).not.toContain('guard.level-held');
    expect(lines.find((l) => l.code === 'guard.next-evaluation')?.params).toMatchObject({
      at: Date.UTC(2027, 0, 20),
    });
  });

  it('the page’s date with a seller not yet evaluated: the date alone, as the page says', () => {
    const lines = details(snapshot({ heldLevel: undefined }));
    expect(lines.find((l) => l.code === 'guard.next-evaluation-stated')?.params).toEqual({
      platform: 'eBay',
      at: DEC_20,
    });
  });

  it.each(Object.keys(CATALOGUES))('is worded in %s, with the date and the level', (locale) => {
    const t = createTranslator(CATALOGUES[locale as keyof typeof CATALOGUES], locale);
    const held = t.say(details(snapshot())[0]!);
    expect(held).toContain(t.date(DEC_20));
    expect(held).toContain(t.t('band.top-rated'));
    expect(held).not.toMatch(/\{|guard\./);
    const stated = t.say(details(snapshot({ heldLevel: undefined })).find((l) => l.code.endsWith('-stated'))!);
    expect(stated).toContain(t.date(DEC_20));
  });
});

describe('eBay: the sample Performance pages reach the banner', () => {
  it.each(['ebay-performance', 'ebay-de-performance'])('%s: level held, level today, next 20th', (name) => {
    const page = EBAY_SAMPLE_PAGES.find((p) => p.name === name)!;
    const now = Date.now();
    const reading = readEbayPerformance(parse(page.html()), new URL(page.url), now);
    if (!reading.ok) throw new Error(reading.reason);
    const defects = reading.metrics.find((m) => m.metric === 'cancellation-rate')!;
    expect(defects.heldLevel).toBe('above-standard');
    expect(new Date(defects.nextEvaluationAt!).getUTCDate()).toBe(20);
    expect(defects.nextEvaluationAt! - now).toBeLessThan(32 * 86_400_000);
    const lines = details(defects, now);
    expect(lines[0]).toMatchObject({ code: 'guard.level-held', params: { at: defects.nextEvaluationAt } });
  });
});
