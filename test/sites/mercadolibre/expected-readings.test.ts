// Every Mercado Libre fixture, read by the reader its URL picks among the site's page types, gives the
// reading its table expects (test/fixtures/mercadolibre): the same route a seller's page takes.
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { MetricSnapshot, OrderSeen, PageReading } from '../../../src/core/types';
import { PageJsonLog } from '../../../src/sites/page-json';
import { safeRead } from '../../../src/sites/page-type';
import { mercadoLibrePages } from '../../../src/sites/mercadolibre/pages';
import { tickedSaleIds } from '../../../src/sites/mercadolibre/ticked-sales';
import { MERCADOLIBRE_FIXTURES, type MercadoLibreFixture } from '../../fixtures/mercadolibre';
import type { ExpectedReputationMetric, ExpectedSale } from '../../fixtures/mercadolibre/expected';
import { fixtureLoader } from '../../helpers/platform-fixtures';

/** 2026-11-20: every fixture's sale dates ("18 nov", "26 jul") lie in the year before it. */
export const NOW = Date.UTC(2026, 10, 20, 12);
const load = fixtureLoader();

const METRIC: Record<ExpectedReputationMetric['metric'], MetricSnapshot['metric']> = {
  claims: 'claims-rate',
  mediations: 'mediation-rate',
  cancellations: 'cancellation-rate',
  'delayed-handling': 'late-shipment-rate',
};

const MONTHS: Record<string, number> = { jul: 6, ago: 7, nov: 10 };
const dateOf = (shown: string) => {
  const [day, month] = shown.split(' ');
  return Date.UTC(2026, MONTHS[month!], Number(day));
};

export function readFixture(f: MercadoLibreFixture, doc = load(f).doc): PageReading {
  const url = new URL(f.url);
  const json = new PageJsonLog();
  for (const [path, { body }] of Object.entries(f.json ?? {}))
    json.add(`${url.origin}${path}\n${JSON.stringify(body)}`, url.origin);
  vi.setSystemTime(NOW);
  return safeRead(
    mercadoLibrePages.find((t) => t.detect(url))!,
    doc,
    url,
    json,
  );
}

function sale(s: ExpectedSale, marketplace: string): OrderSeen {
  const order: OrderSeen = {
    platform: 'mercadolibre',
    marketplace,
    id: s.packId,
    orderedAt: dateOf(s.soldShown!),
    buyerName: s.buyerName,
    buyerId: s.buyerNickname,
    items: s.items,
    status: s.status,
    fulfilment: s.fulfilment ?? 'unknown',
    ...(s.affectsReputation === null ? {} : { affectsReputation: s.affectsReputation }),
    ...(s.refunded ? { refund: 'full', returnRequested: true } : {}),
  };
  return order;
}

/** The reading each fixture's table entry stands for. */
function expectedReading(f: MercadoLibreFixture, marketplace: string): Partial<PageReading> {
  const e = f.expected;
  const base = { platform: 'mercadolibre' as const, marketplace, url: new URL(f.url).href };
  switch (e.kind) {
    case 'reputation': {
      const level = e.level ?? (e.leader ? `green_${e.leader}` : undefined);
      const metrics = e.metrics
        .filter((m) => m.ratePercent !== null)
        .map((m) => ({
          platform: 'mercadolibre',
          marketplace,
          metric: METRIC[m.metric],
          ratePercent: m.ratePercent!,
          ...(m.count === null ? {} : { counted: m.count }),
          ...(m.total === undefined ? {} : { total: m.total }),
          ...(e.periodDays === null ? {} : { windowDays: e.periodDays }),
          ...(m.limitPercent === null ? {} : { limitPercent: m.limitPercent }),
          ...(m.nextLimitPercent === undefined ? {} : { nextLimitPercent: m.nextLimitPercent }),
          ...(level ? { level } : {}),
        }));
      const order = ['cancellation-rate', 'late-shipment-rate', 'claims-rate', 'mediation-rate'];
      return {
        ...base,
        ok: true,
        page: 'account-health',
        metrics: metrics.sort((a, b) => order.indexOf(a.metric) - order.indexOf(b.metric)) as MetricSnapshot[],
      };
    }
    case 'sales':
      return {
        ...base,
        ok: true,
        page: 'order-list',
        orders: e.sales.map((s) => sale(s, marketplace)),
      };
    case 'sale-detail':
      return { ...base, ok: true, page: 'order-detail', orders: [], focusOrderId: e.orderId };
    case 'chat': {
      const threadState = e.state === 'reason-picker' ? 'empty' : e.state;
      const focusOrderId = /(\d+)$/.exec(new URL(f.url).pathname)![1];
      return {
        ...base,
        ok: true,
        page: 'messages',
        orders: [],
        focusOrderId,
        hasMessageBox: e.box !== null,
        threadState,
      };
    }
    case 'refuse':
      return { ...base, ok: false, code: 'layout-unknown' };
  }
}

const withoutReadAt = (r: PageReading) => (r.ok ? { ...r, metrics: r.metrics.map(({ readAt: _, ...m }) => m) } : r);

describe('Mercado Libre readers on every fixture', () => {
  afterAll(() => vi.useRealTimers());

  it.each(MERCADOLIBRE_FIXTURES.filter((f) => !f.late))(
    '$name reads as its table expects',
    (f) => {
      const { doc } = load(f);
      const reading = readFixture(f, doc);
      const marketplace = reading.marketplace;
      expect(withoutReadAt(reading)).toMatchObject(expectedReading(f, marketplace));
      // The ticked sales are named apart from the reading, on each answered reading and each tick.
      if (f.expected.kind === 'sales') expect(tickedSaleIds(doc)).toEqual(f.expected.selected ?? []);
      if (reading.ok && f.expected.kind === 'reputation')
        expect(reading.metrics).toHaveLength(f.expected.metrics.filter((m) => m.ratePercent !== null).length);
      // Parsing the 500-sale page in happy-dom takes seconds when the machine is busy: a budget of its
      // own (the read itself is measured in Chromium by `npm run bench`).
    },
    30_000,
  );
});
