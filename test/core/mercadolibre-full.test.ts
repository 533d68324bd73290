// Mercado Envíos Full (the list's "Procesando en la bodega"): what the rulebook says of cancelling
// such a sale. Mercado Libre counts every sale refunded before it arrives, whoever asked
// (policies.md §5.1), and no source excludes the sales its own warehouse ships: unlike Amazon's
// FBA orders, a Full sale still counts, and the seller is not sent to the platform's support.
import { describe, expect, it } from 'vitest';
import { cancellationCounts } from '../../src/core/cancellation-counting';
import { marketplaceRules, RULEBOOKS, type RateMetric } from '../../src/core/rulebooks';

describe('Mercado Libre: a Full sale cancelled', () => {
  it.each(['BR', 'MX', 'AR', 'CO', 'CL'])('%s: counts in "cancelled by you" however it was asked for', (market) => {
    const book = RULEBOOKS.mercadolibre;
    const metric = marketplaceRules(book, market).cancellation as RateMetric;
    expect(metric.excludesPlatformFulfilled).toBe(false);
    for (const askedVia of ['seller', 'message', 'platform-request'] as const)
      expect(cancellationCounts(book, metric, { fulfilment: 'platform', askedVia }).counts).toBe(true);
  });

  it('only the page\'s own "does not affect your reputation" takes it out', () => {
    const book = RULEBOOKS.mercadolibre;
    const metric = marketplaceRules(book, 'MX').cancellation as RateMetric;
    const verdict = cancellationCounts(book, metric, {
      fulfilment: 'platform',
      askedVia: 'platform-request',
      platformSaysNotCounted: true,
    });
    expect(verdict.counts).toBe(false);
  });

  it('no "the platform serves it" route: no source says its support takes over a Full sale', () => {
    expect(RULEBOOKS.mercadolibre.platformFulfilledService).toBeUndefined();
  });
});
