// Performance (/sh/performance) → the seller's own figures from the "Seller level" box, read by their
// labels in the site's language (GLDN-Ops' live-tested way, made stricter; seller-level-box.ts): only
// the box is read, visible text only, a rate checked against any "N of M" beside it, and any doubt a
// refusal. No JSON behind the page is known. The box can come late (below the fold): until its
// figures are there the page is "not ready", and the guard waits. The levels and the next evaluation
// go beside each figure, for the guard and the banner.
import type { MetricId, MetricSnapshot, PageReading } from '../../core/types';
import { failed } from '../page-type';
import { isChallenge } from './list-words';
import { ebayMarketplaceOf } from './marketplaces';
import type { LevelStatement, RateField, SellerLevel } from './performance-words';
import { isRefusal, readSellerLevelBox, type SellerLevelBox } from './seller-level-box';

export { readSellerLevelBox, type SellerLevelBox };

const TYPE = {
  platform: 'ebay',
  page: 'account-health',
  marketplace: (url: URL) => ebayMarketplaceOf(url)?.code ?? 'US',
} as const;

/** Which of our metric ids each of the box's rates is stored under (the defect rate is the one guarded). */
export const METRIC_OF: Record<RateField, MetricId> = {
  defects: 'cancellation-rate',
  late: 'late-shipment-rate',
  tracking: 'valid-tracking-rate',
  cases: 'cases-closed-rate',
};

const isLevel = (l: LevelStatement | undefined): l is SellerLevel => l !== undefined && l !== 'not-evaluated';

/**
 * The box's levels beside each figure: what the figures give today ("If we evaluated you today") as
 * the figure's level, the level held until the next evaluation, and that date (the rulebook's names).
 */
function levelsOf(box: SellerLevelBox): Pick<MetricSnapshot, 'level' | 'heldLevel' | 'nextEvaluationAt'> {
  return {
    ...(isLevel(box.projected) ? { level: box.projected } : {}),
    ...(isLevel(box.current) ? { heldLevel: box.current } : {}),
    ...(box.nextEvaluation !== undefined ? { nextEvaluationAt: box.nextEvaluation } : {}),
  };
}

export function readEbayPerformance(doc: Document, url: URL, now: number = Date.now()): PageReading {
  if (isChallenge(doc, url))
    return failed(TYPE, url, 'layout-unknown', "eBay's bot check is shown instead of the page");
  const box = readSellerLevelBox(doc, url, now);
  if (isRefusal(box)) return failed(TYPE, url, box.code, box.reason);
  const marketplace = TYPE.marketplace(url);
  const metrics: MetricSnapshot[] = [];
  const level = levelsOf(box);
  for (const [field, metric] of Object.entries(METRIC_OF) as [RateField, MetricId][]) {
    const rate = box.rates[field];
    if (!rate) continue;
    const figure = Object.fromEntries(Object.entries(rate).filter(([, v]) => v !== undefined)) as typeof rate;
    metrics.push({ platform: 'ebay', marketplace, metric, ...figure, ...level, readAt: now });
  }
  return { platform: 'ebay', page: 'account-health', marketplace, url: url.href, ok: true, orders: [], metrics };
}
