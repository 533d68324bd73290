// The rows a seller ticks on eBay's Manage orders: the background weighs only orders the tab's own
// list showed, and answers what cancelling all of them would do.
import { describe, expect, it, vi } from 'vitest';
import { createRouter } from '../../src/background/router';
import type { OrderSeen, PageReadingOk } from '../../src/core/types';
import { CTX, NOW, contentSender, deps } from './router-fixture';

const LIST = 'https://www.ebay.com/sh/ord/?filter=status:ALL_ORDERS';
const sender = { ...contentSender, url: LIST };
const order = (id: string, over: Partial<OrderSeen> = {}): OrderSeen => ({
  platform: 'ebay',
  marketplace: 'US',
  id,
  orderedAt: NOW - 86_400_000,
  items: [{ title: 'Lamp', quantity: 1 }],
  status: 'unshipped',
  fulfilment: 'merchant',
  ...over,
});
const list: PageReadingOk = {
  ok: true,
  platform: 'ebay',
  marketplace: 'US',
  page: 'order-list',
  url: LIST,
  orders: [order('12-15259-90368'), order('04-11873-22901'), order('22-16001-90007', { status: 'shipped' })],
  metrics: [
    {
      platform: 'ebay',
      marketplace: 'US',
      metric: 'cancellation-rate',
      ratePercent: 0.73,
      counted: 3,
      total: 412,
      readAt: NOW - 1000,
    },
  ],
};

describe('ticked rows', () => {
  it('answers how many ticked orders could be cancelled and the rate if all of them were', async () => {
    const { d } = deps();
    const route = createRouter(d, CTX);
    await route({ type: 'cs/page-reading', reading: list }, sender);
    const reply = await route(
      { type: 'cs/ticked-orders', orderIds: ['12-15259-90368', '04-11873-22901', '22-16001-90007'] },
      sender,
    );
    expect(reply).toMatchObject({ ok: true, ticked: { selected: 2, projectedRatePercent: 1.21 } });
  });

  it('refuses a tab with no list read and an empty or oversized tick list; leaves out orders the tab did not list', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { d } = deps();
    const route = createRouter(d, CTX);
    expect(await route({ type: 'cs/ticked-orders', orderIds: ['12-15259-90368'] }, sender)).toMatchObject({
      ok: false,
      code: 'no-order',
    });
    await route({ type: 'cs/page-reading', reading: list }, sender);
    // An order the tab did not list is left out: the answer is the listed one's alone.
    const alone = await route({ type: 'cs/ticked-orders', orderIds: ['12-15259-90368'] }, sender);
    expect(await route({ type: 'cs/ticked-orders', orderIds: ['12-15259-90368', '99-99999-99999'] }, sender)).toEqual(
      alone,
    );
    expect(await route({ type: 'cs/ticked-orders', orderIds: [] }, sender)).toMatchObject({
      ok: false,
      code: 'malformed',
    });
    const many = Array.from({ length: 501 }, () => '12-15259-90368');
    expect(await route({ type: 'cs/ticked-orders', orderIds: many }, sender)).toMatchObject({
      ok: false,
      code: 'malformed',
    });
    warn.mockRestore();
  });
});
