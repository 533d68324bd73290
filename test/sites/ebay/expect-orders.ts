// A reading checked against a fixture's expected orders (test/fixtures/ebay/expected.ts), field by
// field for what an OrderSeen carries; facts it does not carry are checked by their own readers.
import { expect } from 'vitest';
import type { OrderSeen } from '../../../src/core/types';
import type { ExpectedOrder } from '../../fixtures/ebay';

export const day = (iso: string | undefined) => (iso === undefined ? undefined : Date.parse(`${iso}T00:00:00Z`));

export function expectOrders(orders: OrderSeen[], expected: ExpectedOrder[]): void {
  expect(orders.map((o) => o.id)).toEqual(expected.map((e) => e.id));
  expected.forEach((e, i) => {
    const o = orders[i]!;
    expect(o, e.id).toMatchObject({ platform: 'ebay', status: e.status, fulfilment: 'merchant' });
    expect(o.buyerName, `${e.id} buyer name`).toBe(e.buyerName);
    expect(o.buyerId, `${e.id} buyer id`).toBe(e.buyerId);
    expect(
      o.items.map(({ title, quantity, sku }) => ({ title, quantity, ...(sku ? { sku } : {}) })),
      `${e.id} items`,
    ).toEqual((e.items ?? []).map(({ title, quantity, sku }) => ({ title, quantity, ...(sku ? { sku } : {}) })));
    expect([o.total, o.currency], `${e.id} total`).toEqual([e.total, e.currency]);
    expect(o.orderedAt, `${e.id} sold`).toBe(day(e.soldOn));
    expect(o.shipBy, `${e.id} ship by`).toBe(day(e.shipBy));
    expect(o.cancelRequest?.viaPlatform ?? false, `${e.id} cancel request`).toBe(e.cancelRequested ?? false);
    expect(o.disputeOpen ?? false, `${e.id} dispute`).toBe(e.disputeOpen ?? false);
    expect(o.requestOpen ?? false, `${e.id} request`).toBe(e.requestOpen ?? false);
    expect(o.returnRequested ?? false, `${e.id} return`).toBe(e.returnRequested ?? false);
    expect(o.hasTracking, `${e.id} tracking`).toBe(e.hasTracking);
    expect(o.deliveredAt, `${e.id} delivered`).toBe(day(e.deliveredOn));
  });
}
