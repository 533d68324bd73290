// A page reading is kept in one transaction: orders merged by key, figures kept as history,
// nothing half written.
import { describe, expect, it } from 'vitest';
import { NOW, order, reading } from './fixtures';
import { openStore, orderKey, StorageError } from '../../src/store/db';
import { clearAll, guardData, storeSummary } from '../../src/store/queries';
import { getOrder } from '../../src/store/order-days';
import { latestSnapshots } from '../../src/store/snapshots';
import { recordReading } from '../../src/store/record-reading';

describe('recordReading', () => {
  it('stores orders and an order-seen event; reading the same page again writes nothing new', async () => {
    const db = await openStore();
    // The "order seen" events live on the new orders themselves: no event record of their own.
    expect(await recordReading(db, reading([order('a'), order('b')]), NOW)).toEqual({
      ordersWritten: 2,
      ordersNew: 2,
      eventsWritten: 0,
    });
    expect(await recordReading(db, reading([order('a'), order('b')]), NOW + 1000)).toEqual({
      ordersWritten: 2,
      ordersNew: 0,
      eventsWritten: 0,
    });
    expect(await storeSummary(db)).toEqual({ orders: 2, snapshots: 0, events: 2 });
    // Unchanged within the hour: nothing rewritten; an hour later "last seen" moves.
    expect(await getOrder(db, orderKey('amazon', 'a'))).toMatchObject({ firstSeenAt: NOW, lastSeenAt: NOW });
    await recordReading(db, reading([order('a')]), NOW + 2 * 3_600_000);
    expect(await getOrder(db, orderKey('amazon', 'a'))).toMatchObject({
      firstSeenAt: NOW,
      lastSeenAt: NOW + 2 * 3_600_000,
    });
  });

  it('an open order later seen cancelled is a counted cancellation; one the buyer requested through the platform is not', async () => {
    const db = await openStore();
    await recordReading(db, reading([order('a'), order('b', { cancelRequest: { viaPlatform: true } })]), NOW);
    await recordReading(
      db,
      reading([
        order('a', { status: 'cancelled' }),
        order('b', { status: 'cancelled', cancelRequest: { viaPlatform: true } }),
      ]),
      NOW + 5000,
    );
    const data = await guardData(db, 'amazon', 'US');
    expect(data.cancellations).toEqual([
      { orderId: 'a', cancelledAt: NOW + 5000, orderedAt: NOW - 86_400_000, counted: true },
      { orderId: 'b', cancelledAt: NOW + 5000, orderedAt: NOW - 86_400_000, counted: false },
    ]);
  });

  it('an order first seen already cancelled is not counted as ours (the platform figure has it)', async () => {
    const db = await openStore();
    await recordReading(db, reading([order('a', { status: 'cancelled' })]), NOW);
    expect((await guardData(db, 'amazon', 'US')).cancellations).toEqual([]);
  });

  it('a list row does not erase what the detail page knew', async () => {
    const db = await openStore();
    await recordReading(
      db,
      reading([order('a', { buyerNote: 'gift', items: [{ title: 'Calendar', quantity: 2, asin: 'B0C1X2Y3Z4' }] })]),
      NOW,
    );
    await recordReading(db, reading([order('a', { items: [] })]), NOW + 1);
    expect(await getOrder(db, orderKey('amazon', 'a'))).toMatchObject({ buyerNote: 'gift', items: [{ quantity: 2 }] });
  });

  it('the same platform figure read again moves its time; a new figure is a new record', async () => {
    const db = await openStore();
    const m = {
      platform: 'amazon' as const,
      marketplace: 'US',
      metric: 'cancellation-rate' as const,
      ratePercent: 1.92,
      counted: 3,
      total: 156,
      readAt: NOW,
    };
    await recordReading(db, reading([], { metrics: [m] }), NOW);
    await recordReading(db, reading([], { metrics: [{ ...m, readAt: NOW + 60_000 }] }), NOW + 60_000);
    expect((await storeSummary(db)).snapshots).toBe(1);
    expect(await latestSnapshots(db, 'amazon', 'US')).toMatchObject([{ readAt: NOW + 60_000 }]);
    await recordReading(
      db,
      reading([], { metrics: [{ ...m, counted: 4, ratePercent: 2.56, readAt: NOW + 120_000 }] }),
      NOW + 120_000,
    );
    expect((await storeSummary(db)).snapshots).toBe(2);
    expect(await latestSnapshots(db, 'amazon', 'US')).toMatchObject([{ counted: 4 }]);
  });

  it('clearAll empties every store', async () => {
    const db = await openStore();
    await recordReading(db, reading([order('a')]), NOW);
    await clearAll(db);
    expect(await storeSummary(db)).toEqual({ orders: 0, snapshots: 0, events: 0 });
  });

  it('a failing write surfaces as a StorageError and leaves no half record', async () => {
    const db = await openStore();
    // A value IndexedDB cannot store, after a good order in the same reading.
    const bad = reading([
      order('a'),
      order('b', { items: [{ title: 'x', quantity: 1, price: (() => 1) as unknown as number }] }),
    ]);
    await expect(recordReading(db, bad, NOW)).rejects.toBeInstanceOf(StorageError);
    expect(await storeSummary(db)).toEqual({ orders: 0, snapshots: 0, events: 0 });
  });
});
