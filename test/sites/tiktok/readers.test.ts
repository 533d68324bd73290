// Every TikTok fixture read as a seller's browser would have it (drawn by its own script, its JSON
// handed over by the page-world observer): the reading its table expects.
import { describe, expect, it } from 'vitest';
import { tiktokChatBox } from '../../../src/sites/tiktok/chat-box';
import { readTikTokOrderDetail } from '../../../src/sites/tiktok/read-order-detail';
import { readTikTokOrders } from '../../../src/sites/tiktok/read-order-list';
import { readTikTokShopHealth } from '../../../src/sites/tiktok/read-shop-health';
import { TIKTOK_FIXTURES } from '../../fixtures/tiktok';
import { NOW } from '../../fixtures/tiktok/order-samples';
import { pageJsonOf, renderedDoc } from '../../fixtures/tiktok/render';

const now = NOW * 1000;

describe('TikTok readers on every fixture', () => {
  it.each(TIKTOK_FIXTURES.filter((f) => f.expected.kind === 'orders'))('$name: its orders', (f) => {
    const doc = renderedDoc(f.html());
    const url = new URL(f.url);
    const reading =
      f.page === 'order-detail'
        ? readTikTokOrderDetail(doc, url, pageJsonOf(f))
        : readTikTokOrders(doc, url, pageJsonOf(f), now);
    const e = f.expected.kind === 'orders' ? f.expected : undefined;
    expect(reading).toEqual({
      ok: true,
      orders: e!.orders,
      ...(e!.actionNeeded ? { actionNeeded: e!.actionNeeded } : {}),
    });
  });

  it.each(TIKTOK_FIXTURES.filter((f) => f.expected.kind === 'health'))('$name: its shop health', (f) => {
    const e = f.expected.kind === 'health' ? f.expected : undefined;
    expect(readTikTokShopHealth(renderedDoc(f.html()), pageJsonOf(f))).toEqual({ ok: true, ...e, kind: undefined });
  });

  it.each(TIKTOK_FIXTURES.filter((f) => f.expected.kind === 'message-box'))('$name: its composer', (f) => {
    const doc = renderedDoc(f.html());
    const selector = f.expected.kind === 'message-box' ? f.expected.selector : '';
    expect(tiktokChatBox(doc)).toBe(doc.querySelector(selector));
    expect(tiktokChatBox(doc)).not.toBeNull();
  });
});
