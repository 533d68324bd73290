import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../src/core/duplicates';
import type { OrderSeen } from '../../src/core/types';

const H = 3_600_000;
const T0 = Date.UTC(2026, 10, 19, 22);
const order = (id: string, hoursLater: number, over: Partial<OrderSeen> = {}): OrderSeen => ({
  platform: 'amazon',
  marketplace: 'US',
  id,
  orderedAt: T0 + hoursLater * H,
  buyerName: 'Margaret Holloway',
  status: 'unshipped',
  fulfilment: 'merchant',
  items: [{ title: 'Large-print wall calendar 2027', quantity: 1, asin: 'B0C1X2Y3Z4' }],
  ...over,
});

describe('findDuplicates', () => {
  it("the 89-year-old buyer's four orders of the same calendar are one group", () => {
    const groups = findDuplicates([
      order('a', 0),
      order('b', 0.05),
      order('c', 2),
      order('d', 30),
      order('x', 1, { buyerName: 'Someone Else' }),
    ]);
    expect(groups).toEqual([{ buyer: 'Margaret Holloway', item: 'asin:B0C1X2Y3Z4', orderIds: ['a', 'b', 'c', 'd'] }]);
  });
  it('orders further apart than the window are not duplicates', () => {
    expect(findDuplicates([order('a', 0), order('b', 80)], 72)).toEqual([]);
    expect(findDuplicates([order('a', 0), order('b', 80)], 96)).toHaveLength(1);
  });
  it('different items from the same buyer are not duplicates; names match regardless of case and spacing', () => {
    expect(
      findDuplicates([
        order('a', 0),
        order('b', 1, { items: [{ title: 'Tea towels', quantity: 1, asin: 'B07ABCDEF2' }] }),
      ]),
    ).toEqual([]);
    expect(findDuplicates([order('a', 0), order('b', 1, { buyerName: '  margaret   HOLLOWAY ' })])).toHaveLength(1);
  });
  it('cancelled orders, orders without a buyer or date, and the same order seen twice are ignored', () => {
    expect(findDuplicates([order('a', 0), order('b', 1, { status: 'cancelled' })])).toEqual([]);
    expect(findDuplicates([order('a', 0), order('b', 1, { buyerName: undefined })])).toEqual([]);
    expect(findDuplicates([order('a', 0), order('a', 0)])).toEqual([]);
    expect(findDuplicates([order('a', 0), order('b', 1, { orderedAt: undefined })])).toEqual([]);
  });
  it('matches by buyer id and by SKU or title where there is no ASIN (Etsy)', () => {
    const etsy = (id: string, h: number): OrderSeen =>
      order(id, h, {
        platform: 'etsy',
        buyerId: '501',
        buyerName: undefined,
        items: [{ title: 'Stoneware Mug', quantity: 1, sku: 'MUG-SPK' }],
      });
    expect(findDuplicates([etsy('1', 0), etsy('2', 0.1)])).toEqual([
      { buyer: 'id:501', item: 'sku:mug-spk', orderIds: ['1', '2'] },
    ]);
  });
});
