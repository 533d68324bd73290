import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import type { OrderSeen, PageReadingOk } from '../../src/core/types';
import { DB_NAME, openStore, orderKey, StorageError } from '../../src/store/db';
import { clearAll, getOrder, guardData, latestSnapshot, storeSummary } from '../../src/store/queries';
import { recordReading } from '../../src/store/record-reading';
import { DB_VERSION, MIGRATIONS } from '../../src/store/schema';
import { applyRetention, queryEvents } from '../../src/store/history';
import { getChoice, getDraft, recordDraftUse, saveChoice, saveDraft } from '../../src/store/drafts';
import { loadSettings, saveSetting } from '../../src/store/settings';

const NOW = Date.UTC(2026, 10, 21, 12);
const order = (id: string, over: Partial<OrderSeen> = {}): OrderSeen => ({
  platform: 'amazon',
  marketplace: 'US',
  id,
  orderedAt: NOW - 86_400_000,
  items: [{ title: 'Calendar', quantity: 1 }],
  status: 'unshipped',
  fulfilment: 'merchant',
  ...over,
});
const reading = (orders: OrderSeen[], extra: Partial<PageReadingOk> = {}): PageReadingOk => ({
  ok: true,
  platform: 'amazon',
  marketplace: 'US',
  page: 'order-list',
  url: 'https://sellercentral.amazon.com/orders-v3',
  orders,
  metrics: [],
  ...extra,
});

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
    expect(await latestSnapshot(db, 'amazon', 'US')).toMatchObject({ readAt: NOW + 60_000 });
    await recordReading(
      db,
      reading([], { metrics: [{ ...m, counted: 4, ratePercent: 2.56, readAt: NOW + 120_000 }] }),
      NOW + 120_000,
    );
    expect((await storeSummary(db)).snapshots).toBe(2);
    expect(await latestSnapshot(db, 'amazon', 'US')).toMatchObject({ counted: 4 });
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

describe('settings', () => {
  it('defaults, and per-field fallback for broken stored values', async () => {
    const db = await openStore();
    expect(await loadSettings(db)).toEqual({
      warningMargin: 0.8,
      overrides: {},
      duplicateWindowHours: 72,
      retentionMonths: 0,
      bannerLanguage: 'marketplace',
      policy: {
        cancellationWindowHours: 24,
        returnWindowDays: 30,
        returnShippingPaidBy: 'buyer',
        restockingFeePercent: 0,
        offersStoreCredit: false,
        signature: '',
      },
    });
    await db.put('settings', { key: 'warningMargin', value: 'lots' });
    await db.put('settings', { key: 'duplicateWindowHours', value: 24 });
    expect(await loadSettings(db)).toMatchObject({ warningMargin: 0.8, duplicateWindowHours: 24 });
  });
  it('refuses an invalid value instead of storing it', async () => {
    const db = await openStore();
    await expect(saveSetting(db, 'warningMargin', 5)).rejects.toThrow(/invalid value/);
    await saveSetting(db, 'overrides', { amazon: { thresholdPercent: 2 } });
    expect((await loadSettings(db)).overrides).toEqual({ amazon: { thresholdPercent: 2 } });
  });
});

describe('drafts and choices', () => {
  it('a draft is saved per order and action, keeps its use history across edits, and survives reopening', async () => {
    let db = await openStore();
    await saveDraft(db, {
      orderKey: 'amazon:a',
      action: 'ask-buyer-to-request-cancellation',
      templateId: 'ask-request-cancellation',
      lang: 'de',
      text: 'Guten Tag',
      updatedAt: NOW,
    });
    await recordDraftUse(db, 'amazon:a', 'ask-buyer-to-request-cancellation', {
      at: NOW + 1,
      how: 'inserted',
      lang: 'de',
      text: 'Guten Tag',
    });
    await saveDraft(db, {
      orderKey: 'amazon:a',
      action: 'ask-buyer-to-request-cancellation',
      templateId: 'ask-request-cancellation',
      lang: 'de',
      text: 'Guten Tag!',
      updatedAt: NOW + 2,
    });
    db.close();
    db = await openStore();
    expect(await getDraft(db, 'amazon:a', 'ask-buyer-to-request-cancellation')).toMatchObject({
      text: 'Guten Tag!',
      lang: 'de',
      uses: [{ how: 'inserted', text: 'Guten Tag' }],
    });
    expect(await getDraft(db, 'amazon:a', 'cancel')).toBeUndefined();
  });
  it('the situation picked for an order is remembered', async () => {
    const db = await openStore();
    await saveChoice(db, { orderKey: 'amazon:a', situation: 'duplicate-order', askedVia: 'message', updatedAt: NOW });
    expect(await getChoice(db, 'amazon:a')).toMatchObject({ situation: 'duplicate-order', askedVia: 'message' });
  });
});

describe('history and retention', () => {
  it('filters events by platform, date, kind and order, newest first', async () => {
    const db = await openStore();
    await recordReading(db, reading([order('a'), order('b')]), NOW);
    await recordReading(db, reading([order('a', { status: 'cancelled' })]), NOW + 86_400_000);
    expect((await queryEvents(db, {})).events.map((e) => e.kind).sort()).toEqual([
      'cancellation',
      'order-seen',
      'order-seen',
      'status-changed',
    ]);
    const { events, total } = await queryEvents(db, { kind: 'cancellation' });
    expect(total).toBe(1);
    expect(events[0]).toMatchObject({ orderId: 'a', counted: true, buyer: undefined });
    expect((await queryEvents(db, { from: NOW + 1000 })).total).toBe(2);
    expect((await queryEvents(db, { orderId: 'b' })).total).toBe(1);
    expect((await queryEvents(db, { platform: 'etsy' })).total).toBe(0);
    const newestFirst = (await queryEvents(db, {})).events.map((e) => e.at);
    expect([...newestFirst].sort((x, y) => y - x)).toEqual(newestFirst);
  });
  it('retention deletes events older than N months and orders not seen since, and nothing when N is 0', async () => {
    const db = await openStore();
    await recordReading(db, reading([order('old')]), NOW - 200 * 86_400_000);
    await recordReading(db, reading([order('new')]), NOW);
    expect(await applyRetention(db, 0, NOW)).toBe(0);
    expect(await applyRetention(db, 3, NOW)).toBe(1);
    expect((await queryEvents(db, {})).events.map((e) => e.orderId)).toEqual(['new']);
  });
});
