// The background believes an eBay seller-level reading's next evaluation only where a monthly
// evaluation can be: within about a month after the figure was read.
import { describe, expect, it } from 'vitest';
import { trustReading } from '../../src/background/trust-reading';
import type { PageReadingOk } from '../../src/core/types';

const NOW = Date.UTC(2026, 11, 2, 12);
const URL_US = 'https://www.ebay.com/sh/performance';
const reading = (nextEvaluationAt: number): PageReadingOk => ({
  platform: 'ebay',
  marketplace: 'US',
  page: 'account-health',
  url: URL_US,
  ok: true,
  orders: [],
  metrics: [
    {
      platform: 'ebay',
      marketplace: 'US',
      metric: 'cancellation-rate',
      ratePercent: 0.73,
      level: 'above-standard',
      heldLevel: 'top-rated',
      nextEvaluationAt,
      readAt: NOW,
    },
  ],
});

describe('eBay: the next evaluation a reading states', () => {
  it('the coming 20th is believed', () => {
    expect(trustReading(reading(Date.UTC(2026, 11, 20)), URL_US, NOW).ok).toBe(true);
  });

  it.each([
    ['last month’s', Date.UTC(2026, 10, 20)],
    ['next year’s', Date.UTC(2027, 11, 20)],
  ])('%s is refused, with the date in the reason', (_, at) => {
    const trust = trustReading(reading(at), URL_US, NOW);
    expect(trust.ok).toBe(false);
    if (!trust.ok) expect(trust.error).toContain('next evaluation');
  });
});
