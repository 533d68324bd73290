// TikTok Shop's shop health page, for the registry and a guard build of its own: its label-reading
// toolkit (the shown-figure cross-check) is weight the order pages do not need.
import type { MetricId, PageReading } from '../../core/types';
import type { PageJson } from '../page-json';
import { failed, type PageType } from '../page-type';
import * as d from './detect';
import type { HealthMetric } from './health-json';
import { marketplace, tiktok } from './site';
import { readTikTokShopHealth } from './read-shop-health';

const METRIC_OF: Record<HealthMetric, MetricId> = {
  'seller-fault-cancellation': 'cancellation-rate',
  'late-dispatch': 'late-shipment-rate',
  'valid-tracking': 'valid-tracking-rate',
};

function healthPage(doc: Document, url: URL, json?: PageJson, now = Date.now()): PageReading {
  const r = readTikTokShopHealth(doc, json);
  if (!r.ok) return failed({ ...tiktok, page: 'account-health' }, url, r.code, r.reason);
  const m = marketplace(url);
  return {
    ok: true,
    platform: 'tiktok',
    page: 'account-health',
    marketplace: m,
    url: url.href,
    orders: [],
    metrics: r.metrics.flatMap((f) =>
      f.ratePercent === null
        ? []
        : [
            {
              platform: 'tiktok' as const,
              marketplace: m,
              metric: METRIC_OF[f.metric],
              ratePercent: f.ratePercent,
              ...(f.windowDays ? { windowDays: f.windowDays } : {}),
              readAt: now,
            },
          ],
    ),
  };
}

export const tiktokHealthPages: PageType[] = [
  {
    ...tiktok,
    page: 'account-health',
    detect: d.isTikTokShopHealth,
    read: (doc, url, json) => healthPage(doc, url, json),
  },
];
