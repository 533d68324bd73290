// Orders kept per day first seen: found again wherever they are, one record per page, retention.
import { describe, expect, it } from 'vitest';
import { aliexpressOrder as order, NOW, reading } from './fixtures';
import { openStore, orderKey } from '../../src/store/db';
import { countOrders, getOrder } from '../../src/store/order-days';
import { recordReading } from '../../src/store/record-reading';
import { applyRetention, queryEvents } from '../../src/store/history';

describe('orders kept per day first seen', () => {
  const DAY = 86_400_000;

  it('an order first seen weeks ago is found again, never stored twice, whatever the reading knows of its date', async () => {
    const db = await openStore();
    await recordReading(db, reading([order('w', { orderedAt: NOW - 30 * DAY })]), NOW - 30 * DAY);
    await recordReading(db, reading([order('w', { orderedAt: NOW - 30 * DAY, status: 'shipped' }), order('n')]), NOW);
    // A page that shows no date for it (or an implausible one) looks through every day.
    await recordReading(db, reading([order('w', { orderedAt: undefined, status: 'delivered' })]), NOW + 1000);
    await recordReading(db, reading([order('w', { orderedAt: NOW + 400 * DAY, status: 'delivered' })]), NOW + 2000);
    expect(await countOrders(db)).toBe(2);
    expect(await getOrder(db, orderKey('aliexpress', 'w'))).toMatchObject({
      status: 'delivered',
      firstSeenAt: NOW - 30 * DAY,
    });
    expect((await db.getAll('order-days')).map((d) => d.orderKeys.length)).toEqual([1, 1]);
  });

  it('one page of 500 new orders is one day record; the "order seen" of each is read back from it', async () => {
    const db = await openStore();
    const many = Array.from({ length: 500 }, (_, i) => order(`m${i}`));
    expect(await recordReading(db, reading(many), NOW)).toMatchObject({ ordersNew: 500, eventsWritten: 0 });
    expect(await db.count('order-days')).toBe(1);
    const { events, total } = await queryEvents(db, { kind: 'order-seen' });
    expect(total).toBe(500);
    expect(events).toHaveLength(200);
    expect(events[0]).toMatchObject({
      kind: 'order-seen',
      at: NOW,
      detail: 'unshipped',
      sourceUrl: 'https://csp.aliexpress.com/m_apps/order-manage/orderList',
    });
  });

  it('retention keeps an old order that is still being seen, and drops one not seen since', async () => {
    const db = await openStore();
    await recordReading(
      db,
      reading([order('kept', { orderedAt: NOW - 200 * DAY }), order('gone', { orderedAt: NOW - 200 * DAY })]),
      NOW - 200 * DAY,
    );
    await recordReading(db, reading([order('kept', { orderedAt: NOW - 200 * DAY })]), NOW);
    expect(await applyRetention(db, 3, NOW)).toBe(1);
    expect(await getOrder(db, orderKey('aliexpress', 'kept'))).toBeDefined();
    expect(await getOrder(db, orderKey('aliexpress', 'gone'))).toBeUndefined();
  });
});
