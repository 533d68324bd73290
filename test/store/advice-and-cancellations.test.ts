// Whether the advice shown was followed, and what each cancellation records: who started it, by
// which route, the reason picked; the history's filters over them.
import { describe, expect, it } from 'vitest';
import { aliexpressOrder as order, NOW, reading } from './fixtures';
import type { OrderSeen } from '../../src/core/types';
import { openStore, orderKey, type GuardDatabase } from '../../src/store/db';
import { getOrder, notePickedReason } from '../../src/store/order-days';
import { recordReading } from '../../src/store/record-reading';
import { queryEvents } from '../../src/store/history';
import { recordAdvice } from '../../src/store/events';

/** An Amazon order (US), with the same buyer and item. */
const amazon = (id: string, over: Partial<OrderSeen> = {}) =>
  order(id, { platform: 'amazon', marketplace: 'US', ...over });

/** The popup's advice on a stored Amazon order: the situation and the action it put first. */
const adviseOn = async (db: GuardDatabase, id: string, situation: string, first: string, at: number) =>
  recordAdvice(db, (await getOrder(db, orderKey('amazon', id)))!, situation, first, at);

describe('advice followed or not', () => {
  async function advised(db: GuardDatabase, id: string, first: string) {
    await recordReading(db, reading([amazon(id)]), NOW);
    await adviseOn(db, id, 'changed-mind/message', first, NOW + 500);
  }

  it("the buyer's own route, then a cancellation that did not count: followed", async () => {
    const db = await openStore();
    await advised(db, 'f', 'ask-buyer-to-request-cancellation');
    await recordReading(
      db,
      reading([amazon('f', { status: 'cancelled', cancelRequest: { viaPlatform: true } })]),
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
    await recordReading(db, reading([amazon('n', { status: 'cancelled' })]), NOW + 1000);
    expect((await queryEvents(db, { kind: 'advice-outcome' })).events.map((e) => e.detail)).toEqual([
      'ask-buyer-to-request-cancellation: not-followed',
    ]);
  });

  it("where nothing counts (AliExpress), the seller cancelling himself is still not the buyer's route", async () => {
    const db = await openStore();
    await recordReading(db, reading([order('a')]), NOW);
    const stored = (await getOrder(db, orderKey('aliexpress', 'a')))!;
    await recordAdvice(db, stored, 'changed-mind/message', 'ask-buyer-to-request-cancellation', NOW + 500);
    await recordReading(db, reading([order('a', { status: 'cancelled' })]), NOW + 1000);
    expect((await queryEvents(db, { kind: 'advice-outcome' })).events.map((e) => e.detail)).toEqual([
      'ask-buyer-to-request-cancellation: not-followed',
    ]);
  });

  it('the latest advice is the one judged; an order without advice, or still open, gets no verdict', async () => {
    const db = await openStore();
    await advised(db, 'l', 'cancel');
    await adviseOn(db, 'l', 'address-change/message', 'ship-to-order-address', NOW + 800);
    await recordReading(
      db,
      reading([amazon('l', { status: 'shipped' }), amazon('x', { status: 'shipped' }), amazon('y')]),
      NOW + 1000,
    );
    expect((await queryEvents(db, { kind: 'advice-outcome' })).events.map((e) => `${e.orderId} ${e.detail}`)).toEqual([
      'l ship-to-order-address: followed',
    ]);
    expect((await queryEvents(db, { kind: 'advice-given' })).events).toHaveLength(1);
  });
});

describe('history filters: reason and outcome', () => {
  it('finds cancellations that counted or not, advice followed or not, and events by the words of their reason', async () => {
    const db = await openStore();
    await recordReading(
      db,
      reading([amazon('p', { cancelRequest: { viaPlatform: true, reason: 'Order Created by Mistake' } }), amazon('s')]),
      NOW,
    );
    await adviseOn(db, 's', 'changed-mind/message', 'ask-buyer-to-request-cancellation', NOW + 10);
    await recordReading(
      db,
      reading([
        amazon('p', {
          status: 'cancelled',
          cancelRequest: { viaPlatform: true, reason: 'Order Created by Mistake' },
        }),
        amazon('s', { status: 'cancelled' }),
      ]),
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
  const cancellationOf = async (db: GuardDatabase, id: string) =>
    (await queryEvents(db, { kind: 'cancellation', orderId: id })).events[0];

  it("the buyer's request through the platform, with the reason the seller picked on the cancel page", async () => {
    const db = await openStore();
    await recordReading(
      db,
      reading([amazon('p', { cancelRequest: { viaPlatform: true, reason: 'Order Created by Mistake' } })]),
      NOW,
    );
    expect(await notePickedReason(db, orderKey('amazon', 'p'), 'BuyerCanceled Buyer cancelled', NOW + 10)).toBe(true);
    await recordReading(
      db,
      reading([
        amazon('p', {
          status: 'cancelled',
          cancelRequest: { viaPlatform: true, reason: 'Order Created by Mistake' },
        }),
      ]),
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
    await recordReading(db, reading([amazon('s'), amazon('m')]), NOW);
    await adviseOn(db, 'm', 'changed-mind/message', 'ask-buyer-to-request-cancellation', NOW + 10);
    await recordReading(
      db,
      reading([amazon('s', { status: 'cancelled' }), amazon('m', { status: 'cancelled' })]),
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
