// The event log beyond orders and cancellations: refunds, returns, disputes, address changes,
// drafts used and whether advice was followed; and two tabs writing at once.
import { describe, expect, it } from 'vitest';
import type { OrderSeen, PageReadingOk } from '../../src/core/types';
import { openStore, orderKey, type GuardDatabase } from '../../src/store/db';
import { countOrders, getOrder, notePickedReason } from '../../src/store/order-days';
import { recordReading } from '../../src/store/record-reading';
import { applyRetention, queryEvents } from '../../src/store/history';
import { getDraft, recordDraftUse, saveDraft } from '../../src/store/drafts';
import { recordAdvice } from '../../src/store/events';

const NOW = Date.UTC(2026, 10, 21, 12);
const order = (id: string, over: Partial<OrderSeen> = {}): OrderSeen => ({
  platform: 'aliexpress',
  marketplace: 'GLOBAL',
  id,
  orderedAt: NOW - 86_400_000,
  buyerName: 'Olga K.',
  items: [{ title: 'Baking mat', quantity: 1 }],
  status: 'unshipped',
  fulfilment: 'merchant',
  ...over,
});
const reading = (
  orders: OrderSeen[],
  url = 'https://csp.aliexpress.com/m_apps/order-manage/orderList',
): PageReadingOk => ({
  ok: true,
  platform: orders[0]?.platform ?? 'aliexpress',
  marketplace: orders[0]?.marketplace ?? 'GLOBAL',
  page: 'order-list',
  url,
  orders,
  metrics: [],
});
/** An order's events, oldest first; events of the same moment in name order (the log keeps no order among them). */
const kinds = async (db: GuardDatabase, id: string) =>
  (await queryEvents(db, { orderId: id })).events
    .map((e) => ({ at: e.at, text: `${e.kind}${e.detail ? ` ${e.detail}` : ''}` }))
    .sort((a, b) => a.at - b.at || a.text.localeCompare(b.text))
    .map((e) => e.text);

describe('after-sale events', () => {
  it('refunds, returns, disputes and address changes are each logged when they first appear, once', async () => {
    const db = await openStore();
    await recordReading(db, reading([order('1', { addressHash: 'aaa' })]), NOW);
    await recordReading(
      db,
      reading([order('1', { addressHash: 'bbb', refund: 'requested', disputeOpen: true, returnRequested: true })]),
      NOW + 1000,
    );
    // The same page read again adds nothing.
    await recordReading(
      db,
      reading([order('1', { addressHash: 'bbb', refund: 'requested', disputeOpen: true, returnRequested: true })]),
      NOW + 2000,
    );
    await recordReading(
      db,
      reading([order('1', { addressHash: 'bbb', refund: 'full', disputeOpen: false })]),
      NOW + 3000,
    );
    // A dispute that closed and opens again is a second dispute.
    await recordReading(
      db,
      reading([order('1', { addressHash: 'bbb', refund: 'full', disputeOpen: true })]),
      NOW + 4000,
    );
    expect(await kinds(db, '1')).toEqual([
      'order-seen unshipped',
      'address-changed The ship-to address changed.',
      'dispute-opened',
      'refund requested',
      'return-requested',
      'refund full',
      'dispute-opened',
    ]);
  });

  it('an address that goes back and forth is logged at each change', async () => {
    const db = await openStore();
    for (const [i, hash] of ['aaa', 'bbb', 'aaa', 'bbb', 'bbb'].entries())
      await recordReading(db, reading([order('3', { addressHash: hash })]), NOW + i * 1000);
    expect((await kinds(db, '3')).filter((k) => k.startsWith('address-changed'))).toHaveLength(3);
  });

  it('no address event without a fingerprint on both sides (a list row has none)', async () => {
    const db = await openStore();
    await recordReading(db, reading([order('2', { addressHash: 'aaa' })]), NOW);
    await recordReading(db, reading([order('2')]), NOW + 1000);
    await recordReading(db, reading([order('2', { addressHash: 'aaa' })]), NOW + 2000);
    expect(await kinds(db, '2')).toEqual(['order-seen unshipped']);
  });
});

describe('advice followed or not', () => {
  const amazon = (id: string, over: Partial<OrderSeen> = {}) =>
    order(id, { platform: 'amazon', marketplace: 'US', ...over });
  const amazonList = 'https://sellercentral.amazon.com/orders-v3';

  async function advised(db: GuardDatabase, id: string, first: string) {
    await recordReading(db, reading([amazon(id)], amazonList), NOW);
    await recordAdvice(db, (await getOrder(db, orderKey('amazon', id)))!, 'changed-mind/message', first, NOW + 500);
  }

  it("the buyer's own route, then a cancellation that did not count: followed", async () => {
    const db = await openStore();
    await advised(db, 'f', 'ask-buyer-to-request-cancellation');
    await recordReading(
      db,
      reading([amazon('f', { status: 'cancelled', cancelRequest: { viaPlatform: true } })], amazonList),
      NOW + 1000,
    );
    const outcome = (await queryEvents(db, { kind: 'advice-outcome' })).events;
    expect(outcome).toEqual([
      expect.objectContaining({
        orderId: 'f',
        detail: 'ask-buyer-to-request-cancellation: followed',
        situation: 'changed-mind/message',
      }),
    ]);
  });

  it('the same advice, then the seller cancelled himself (counted): not followed', async () => {
    const db = await openStore();
    await advised(db, 'n', 'ask-buyer-to-request-cancellation');
    await recordReading(db, reading([amazon('n', { status: 'cancelled' })], amazonList), NOW + 1000);
    expect((await queryEvents(db, { kind: 'advice-outcome' })).events.map((e) => e.detail)).toEqual([
      'ask-buyer-to-request-cancellation: not-followed',
    ]);
  });

  it('the latest advice is the one judged; an order without advice, or still open, gets no verdict', async () => {
    const db = await openStore();
    await advised(db, 'l', 'cancel');
    await recordAdvice(
      db,
      (await getOrder(db, orderKey('amazon', 'l')))!,
      'address-change/message',
      'ship-to-order-address',
      NOW + 800,
    );
    await recordReading(
      db,
      reading([amazon('l', { status: 'shipped' }), amazon('x', { status: 'shipped' }), amazon('y')], amazonList),
      NOW + 1000,
    );
    expect((await queryEvents(db, { kind: 'advice-outcome' })).events.map((e) => `${e.orderId} ${e.detail}`)).toEqual([
      'l ship-to-order-address: followed',
    ]);
    expect((await queryEvents(db, { kind: 'advice-given' })).events).toHaveLength(1);
  });
});

describe('drafts used', () => {
  it('an inserted or copied draft is an event on its order, with how and in which language', async () => {
    const db = await openStore();
    await recordReading(db, reading([order('d')]), NOW);
    const key = orderKey('aliexpress', 'd');
    await saveDraft(db, {
      orderKey: key,
      action: 'contact-buyer',
      templateId: 'duplicate-check',
      lang: 'en',
      text: 'Hello',
      updatedAt: NOW,
    });
    await recordDraftUse(db, key, 'contact-buyer', { at: NOW + 1, how: 'inserted', lang: 'en', text: 'Hello' });
    await recordDraftUse(db, key, 'contact-buyer', { at: NOW + 2, how: 'copied', lang: 'en', text: 'Hello' });
    expect(await kinds(db, 'd')).toEqual([
      'order-seen unshipped',
      'draft-used inserted (contact-buyer, en)',
      'draft-used copied (contact-buyer, en)',
    ]);
    expect((await getDraft(db, key, 'contact-buyer'))!.uses).toHaveLength(2);
  });
});

describe('two tabs writing at once', () => {
  it('lose nothing and log each event once', async () => {
    const db = await openStore();
    const listA = Array.from({ length: 60 }, (_, i) => order(`a${i}`));
    const listB = Array.from({ length: 60 }, (_, i) => order(`a${i + 30}`));
    // Two lists that overlap by 30 orders, recorded at the same moment from two tabs.
    await Promise.all([
      recordReading(db, reading(listA), NOW),
      recordReading(db, reading(listB, 'https://csp.aliexpress.com/m_apps/order-manage/orderList?page=2'), NOW),
    ]);
    expect(await countOrders(db)).toBe(90);
    expect((await queryEvents(db, { kind: 'order-seen' })).total).toBe(90);
  });

  it('two tabs both see an order cancelled: the cancellation is logged once', async () => {
    const db = await openStore();
    await recordReading(db, reading([order('c')]), NOW);
    await Promise.all([
      recordReading(db, reading([order('c', { status: 'cancelled' })]), NOW + 1000),
      recordReading(db, reading([order('c', { status: 'cancelled' })]), NOW + 1000),
    ]);
    expect(await kinds(db, 'c')).toEqual([
      'order-seen unshipped',
      'cancellation cancelled by the seller',
      'status-changed unshipped→cancelled',
    ]);
    expect((await getOrder(db, orderKey('aliexpress', 'c')))!.status).toBe('cancelled');
  });
});

describe('history filters: reason and outcome', () => {
  it('finds cancellations that counted or not, advice followed or not, and events by the words of their reason', async () => {
    const db = await openStore();
    const amazonList = 'https://sellercentral.amazon.com/orders-v3';
    const amazon = (id: string, over: Partial<OrderSeen> = {}) =>
      order(id, { platform: 'amazon', marketplace: 'US', ...over });
    await recordReading(
      db,
      reading(
        [amazon('p', { cancelRequest: { viaPlatform: true, reason: 'Order Created by Mistake' } }), amazon('s')],
        amazonList,
      ),
      NOW,
    );
    await recordAdvice(
      db,
      (await getOrder(db, orderKey('amazon', 's')))!,
      'changed-mind/message',
      'ask-buyer-to-request-cancellation',
      NOW + 10,
    );
    await recordReading(
      db,
      reading(
        [
          amazon('p', {
            status: 'cancelled',
            cancelRequest: { viaPlatform: true, reason: 'Order Created by Mistake' },
          }),
          amazon('s', { status: 'cancelled' }),
        ],
        amazonList,
      ),
      NOW + 1000,
    );
    const ids = async (f: Parameters<typeof queryEvents>[1]) =>
      (await queryEvents(db, f)).events.map((e) => `${e.orderId} ${e.kind}`).sort();
    expect(await ids({ outcome: 'counted' })).toEqual(['s cancellation']);
    expect(await ids({ outcome: 'not-counted' })).toEqual(['p cancellation']);
    expect(await ids({ outcome: 'not-followed' })).toEqual(['s advice-outcome']);
    expect(await ids({ outcome: 'followed' })).toEqual([]);
    expect(await ids({ reason: 'created by MISTAKE' })).toEqual(['p cancel-request-seen']);
  });
});

describe('each cancellation says who started it, by which route, and the reason used', () => {
  const amazon = (id: string, over: Partial<OrderSeen> = {}) =>
    order(id, { platform: 'amazon', marketplace: 'US', ...over });
  const list = 'https://sellercentral.amazon.com/orders-v3';
  const cancellationOf = async (db: GuardDatabase, id: string) =>
    (await queryEvents(db, { kind: 'cancellation', orderId: id })).events[0];

  it("the buyer's request through the platform, with the reason the seller picked on the cancel page", async () => {
    const db = await openStore();
    await recordReading(
      db,
      reading([amazon('p', { cancelRequest: { viaPlatform: true, reason: 'Order Created by Mistake' } })], list),
      NOW,
    );
    expect(await notePickedReason(db, orderKey('amazon', 'p'), 'BuyerCanceled Buyer cancelled', NOW + 10)).toBe(true);
    await recordReading(
      db,
      reading(
        [
          amazon('p', {
            status: 'cancelled',
            cancelRequest: { viaPlatform: true, reason: 'Order Created by Mistake' },
          }),
        ],
        list,
      ),
      NOW + 1000,
    );
    expect(await cancellationOf(db, 'p')).toMatchObject({
      counted: false,
      startedBy: 'buyer',
      route: 'platform-request',
      reasonCode: 'BuyerCanceled Buyer cancelled',
      detail: 'buyer request through the platform; reason picked: BuyerCanceled Buyer cancelled',
    });
  });

  it("the seller's own cancellation; and one the seller told the popup the buyer asked for by message", async () => {
    const db = await openStore();
    await recordReading(db, reading([amazon('s'), amazon('m')], list), NOW);
    await recordAdvice(
      db,
      (await getOrder(db, orderKey('amazon', 'm')))!,
      'changed-mind/message',
      'ask-buyer-to-request-cancellation',
      NOW + 10,
    );
    await recordReading(
      db,
      reading([amazon('s', { status: 'cancelled' }), amazon('m', { status: 'cancelled' })], list),
      NOW + 1000,
    );
    expect(await cancellationOf(db, 's')).toMatchObject({
      counted: true,
      startedBy: 'seller',
      route: 'seller',
      detail: 'cancelled by the seller',
    });
    expect((await cancellationOf(db, 's'))!.reasonCode).toBeUndefined();
    expect(await cancellationOf(db, 'm')).toMatchObject({
      counted: true,
      startedBy: 'buyer',
      route: 'message',
      detail: 'the buyer asked by message; cancelled by the seller',
    });
  });

  it('a reason picked for an order never seen is not kept', async () => {
    const db = await openStore();
    expect(await notePickedReason(db, orderKey('amazon', 'nobody'), 'NoInventory', NOW)).toBe(false);
    expect(await getOrder(db, orderKey('amazon', 'nobody'))).toBeUndefined();
  });
});

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
