// The history's window of events, its filters, and retention.
import { describe, expect, it } from 'vitest';
import { NOW, order, reading } from './fixtures';
import { openStore } from '../../src/store/db';
import { recordReading } from '../../src/store/record-reading';
import { applyRetention, queryEvents } from '../../src/store/history';

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
