// Whether a cancellation counted is decided by the platform's own rulebook (core's
// cancellationCounts), not by Amazon's rule for everyone: an Etsy cancellation counts against no rate.
import { describe, expect, it } from 'vitest';
import type { OrderSeen, PageReadingOk, Platform } from '../../src/core/types';
import { openStore, orderKey, type GuardDatabase } from '../../src/store/db';
import { recordAdvice } from '../../src/store/events';
import { exportAll } from '../../src/store/export-import';
import { eventsToCsv } from '../../src/store/export-csv';
import { queryEvents } from '../../src/store/history';
import { getOrder, notePickedReason } from '../../src/store/order-days';
import { guardData } from '../../src/store/queries';
import { recordReading } from '../../src/store/record-reading';

const NOW = Date.UTC(2026, 10, 21, 12);
const MARKET: Record<Platform, string> = {
  amazon: 'US',
  etsy: 'GLOBAL',
  aliexpress: 'GLOBAL',
  ebay: 'US',
  mercadolibre: 'MX',
  tiktok: 'US',
};
const order = (platform: Platform, id: string, over: Partial<OrderSeen> = {}): OrderSeen => ({
  platform,
  marketplace: MARKET[platform],
  id,
  orderedAt: NOW - 86_400_000,
  items: [{ title: 'Mug', quantity: 1 }],
  status: 'unshipped',
  fulfilment: 'merchant',
  ...over,
});
const reading = (orders: OrderSeen[]): PageReadingOk => ({
  ok: true,
  platform: orders[0]!.platform,
  marketplace: orders[0]!.marketplace,
  page: 'order-list',
  url: 'https://example.invalid/orders',
  orders,
  metrics: [],
});

/** Seen open, then seen cancelled: the cancellation event that the second reading logs. */
async function cancelled(db: GuardDatabase, seen: OrderSeen, between?: () => Promise<unknown>) {
  await recordReading(db, reading([seen]), NOW);
  await between?.();
  await recordReading(db, reading([{ ...seen, status: 'cancelled' }]), NOW + 1000);
  return (await queryEvents(db, { kind: 'cancellation', orderId: seen.id })).events[0]!;
}

describe('a cancellation counts as its platform says', () => {
  it.each([
    ['etsy', '3456789012', 'etsy.no-rate'],
    ['aliexpress', '3031265788145237', 'aliexpress.non-fulfilment'],
  ] as const)('%s publishes no rate: not counted, with the rule that says so', async (platform, id, rule) => {
    const db = await openStore();
    expect(await cancelled(db, order(platform, id))).toMatchObject({ counted: false, countRule: rule });
    // Nothing for the guard to count, and the export says "no".
    expect((await guardData(db, platform, 'GLOBAL')).cancellations).toMatchObject([{ counted: false }]);
    const csv = eventsToCsv((await exportAll(db, NOW)).events);
    expect(csv).toMatch(/,cancellation,cancelled by the seller,no,/);
  });

  it("Amazon: the seller's own cancellation counts; an FBA order's does not", async () => {
    const db = await openStore();
    expect(await cancelled(db, order('amazon', '111-0000001-0000001'))).toMatchObject({
      counted: true,
      countRule: 'amazon.cr.definition',
    });
    expect(await cancelled(db, order('amazon', '111-0000002-0000002', { fulfilment: 'platform' }))).toMatchObject({
      counted: false,
      countRule: 'amazon.cr.fba-excluded',
    });
  });

  it("Amazon: the buyer's own request does not count, unless the seller picked another reason than the buyer's", async () => {
    const db = await openStore();
    const requested = { cancelRequest: { viaPlatform: true } };
    const pick = (id: string, reason: string) => () => notePickedReason(db, orderKey('amazon', id), reason, NOW + 10);
    const [buyers, other, unknownPick] = ['111-0000003-0000003', '111-0000004-0000004', '111-0000005-0000005'];
    expect(
      await cancelled(db, order('amazon', buyers, requested), pick(buyers, 'BuyerCanceled Buyer cancelled')),
    ).toMatchObject({ counted: false, countRule: 'amazon.cr.buyer-request-free' });
    expect(
      await cancelled(db, order('amazon', other, requested), pick(other, 'NoInventory No inventory')),
    ).toMatchObject({ counted: true, reasonCode: 'NoInventory No inventory' });
    // A picked reason that is none of the rulebook's codes decides nothing: the buyer's request stands.
    expect(
      await cancelled(db, order('amazon', unknownPick, requested), pick(unknownPick, 'Other something')),
    ).toMatchObject({ counted: false });
  });

  it('eBay: a buyer who asked by message, as the seller told the popup, does not count there (it would on Amazon)', async () => {
    const db = await openStore();
    const adviseByMessage = (platform: Platform, id: string) => async () =>
      recordAdvice(
        db,
        (await getOrder(db, orderKey(platform, id)))!,
        'changed-mind/message',
        'ask-buyer-to-request-cancellation',
        NOW + 10,
      );
    const ebay = '12-34567-89012';
    expect(await cancelled(db, order('ebay', ebay), adviseByMessage('ebay', ebay))).toMatchObject({
      route: 'message',
      counted: false,
    });
    const amazon = '111-0000006-0000006';
    expect(await cancelled(db, order('amazon', amazon), adviseByMessage('amazon', amazon))).toMatchObject({
      route: 'message',
      counted: true,
      countRule: 'amazon.cr.message-request-counts',
    });
  });
});
