// Refunds, returns, disputes, address changes and drafts used: each logged when it first appears,
// once, also when two tabs write at once.
import { describe, expect, it } from 'vitest';
import { aliexpressOrder as order, NOW, reading } from './fixtures';
import { openStore, orderKey, type GuardDatabase } from '../../src/store/db';
import { countOrders, getOrder } from '../../src/store/order-days';
import { recordReading } from '../../src/store/record-reading';
import { queryEvents } from '../../src/store/history';
import { getDraft, recordDraftUse, saveDraft } from '../../src/store/drafts';

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
      recordReading(
        db,
        reading(listB, { url: 'https://csp.aliexpress.com/m_apps/order-manage/orderList?page=2' }),
        NOW,
      ),
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
