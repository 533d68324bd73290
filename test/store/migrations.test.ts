// Each schema version's step, run on a database at that version with data in it: nothing lost.
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { NOW, order, reading } from './fixtures';
import { DB_NAME, openStore } from '../../src/store/db';
import { guardData, storeSummary } from '../../src/store/queries';
import { getOrder } from '../../src/store/order-days';
import { recordReading } from '../../src/store/record-reading';
import { DB_VERSION, MIGRATIONS } from '../../src/store/schema';
import { queryEvents } from '../../src/store/history';
import { getDraft, saveDraft } from '../../src/store/drafts';
import { loadSettings } from '../../src/store/settings';

describe('schema migrations', () => {
  it('one step per version', () => expect(MIGRATIONS).toHaveLength(DB_VERSION));

  it('a version-1 database with data upgrades to the current version with nothing lost', async () => {
    const v1 = await openStore(DB_NAME, 1);
    await v1.put('orders', {
      ...order('a'),
      key: 'amazon:a',
      firstSeenAt: NOW,
      lastSeenAt: NOW,
      sourceUrl: 'https://sellercentral.amazon.com/orders-v3',
    });
    await v1.add('snapshots', {
      platform: 'amazon',
      marketplace: 'US',
      metric: 'cancellation-rate',
      ratePercent: 1.92,
      counted: 3,
      total: 156,
      readAt: NOW,
      sourceUrl: 'x',
    });
    await v1.put('settings', { key: 'warningMargin', value: 0.7 });
    expect([...v1.objectStoreNames]).not.toContain('events');
    v1.close();
    const current = await openStore();
    expect(current.version).toBe(DB_VERSION);
    // The order's own "order seen" counts as its one event.
    expect(await storeSummary(current)).toEqual({ orders: 1, snapshots: 1, events: 1 });
    expect((await loadSettings(current)).warningMargin).toBe(0.7);
    await recordReading(current, reading([order('a', { status: 'cancelled' })]), NOW + 1);
    expect((await guardData(current, 'amazon', 'US')).cancellations).toHaveLength(1);
  });

  it('a version-2 database gains the drafts and choices stores, its events intact', async () => {
    const v2 = await openStore(DB_NAME, 2);
    await v2.put('orders', {
      ...order('a'),
      key: 'amazon:a',
      firstSeenAt: NOW,
      lastSeenAt: NOW,
      sourceUrl: 'https://sellercentral.amazon.com/orders-v3',
    });
    await v2.put('events', {
      id: 'amazon:a:seen',
      kind: 'order-seen',
      platform: 'amazon',
      marketplace: 'US',
      orderKey: 'amazon:a',
      orderId: 'a',
      at: NOW,
      sourceUrl: 'https://sellercentral.amazon.com/orders-v3',
      detail: 'unshipped',
    });
    v2.close();
    const current = await openStore();
    expect(await storeSummary(current)).toEqual({ orders: 1, snapshots: 0, events: 1 });
    await saveDraft(current, {
      orderKey: 'amazon:a',
      action: 'cancel',
      templateId: 'cancellation-confirmed',
      lang: 'en',
      text: 'Hi',
      updatedAt: NOW,
    });
    expect(await getDraft(current, 'amazon:a', 'cancel')).toMatchObject({ text: 'Hi', uses: [] });
  });

  it('a version-3 database: orders move into their days, each "order seen" folds into its order, other events stay', async () => {
    const v3 = await openStore(DB_NAME, 3);
    const list = 'https://sellercentral.amazon.com/orders-v3?page=1';
    for (const [id, firstSeenAt] of [
      ['a', NOW - 3 * 86_400_000],
      ['b', NOW],
      ['c', NOW],
    ] as const) {
      await v3.put('orders', {
        ...order(id),
        key: `amazon:${id}`,
        firstSeenAt,
        lastSeenAt: NOW,
        sourceUrl: 'https://sellercentral.amazon.com/orders-v3/order/x',
      });
      await v3.put('events', {
        id: `amazon:${id}:seen`,
        kind: 'order-seen',
        platform: 'amazon',
        marketplace: 'US',
        orderKey: `amazon:${id}`,
        orderId: id,
        at: firstSeenAt,
        sourceUrl: list,
        detail: 'unpaid',
      });
    }
    await v3.put('events', {
      id: 'amazon:c:cancellation',
      kind: 'cancellation',
      platform: 'amazon',
      marketplace: 'US',
      orderKey: 'amazon:c',
      orderId: 'c',
      at: NOW + 1,
      sourceUrl: list,
      counted: true,
    });
    // An "order seen" whose order is gone stays an event.
    await v3.put('events', {
      id: 'amazon:z:seen',
      kind: 'order-seen',
      platform: 'amazon',
      marketplace: 'US',
      orderKey: 'amazon:z',
      orderId: 'z',
      at: NOW - 1,
      sourceUrl: list,
    });
    v3.close();
    const current = await openStore();
    expect([...current.objectStoreNames]).not.toContain('orders');
    expect((await current.getAll('order-days')).map((d) => [d.day, d.orderKeys])).toEqual([
      ['2026-11-18', ['amazon:a']],
      ['2026-11-21', ['amazon:b', 'amazon:c']],
    ]);
    expect(await getOrder(current, 'amazon:b')).toMatchObject({
      firstSourceUrl: list,
      firstStatus: 'unpaid',
      sourceUrl: 'https://sellercentral.amazon.com/orders-v3/order/x',
    });
    expect((await current.getAll('events')).map((e) => e.id).sort()).toEqual([
      'amazon:c:cancellation',
      'amazon:z:seen',
    ]);
    const story = (await queryEvents(current, { orderId: 'a' })).events;
    expect(story).toEqual([
      expect.objectContaining({
        id: 'amazon:a:seen',
        kind: 'order-seen',
        at: NOW - 3 * 86_400_000,
        sourceUrl: list,
        detail: 'unpaid',
      }),
    ]);
    expect(await storeSummary(current)).toEqual({ orders: 3, snapshots: 0, events: 5 });
  });

  it('opening a database newer than this build fails with a clear StorageError', async () => {
    (await openDB(DB_NAME, DB_VERSION + 1)).close();
    await expect(openStore()).rejects.toThrow(/Couldn't open the local database/);
  });
});
