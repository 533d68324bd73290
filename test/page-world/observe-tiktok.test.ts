// TikTok's page-world observer: hands over the answers the seller centre itself receives for its
// orders, order detail, Action Needed counters and shop health, and nothing else; it never asks
// anything itself (a replayed, signed request would come back empty) and changes nothing for the page.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PAGE_JSON_EVENT } from '../../src/page-world/channel';

const handed: string[] = [];
const onJson = (e: Event) => handed.push((e as CustomEvent<string>).detail);
const pageFetch = vi.fn(async (input: RequestInfo | URL) => {
  const url = new URL(input instanceof Request ? input.url : input, location.href).href;
  const response = new Response(`{"code":0,"data":{},"from":"${url}"}`, { status: url.includes('fail') ? 500 : 200 });
  Object.defineProperty(response, 'url', { value: url });
  return response;
});
const pathOf = (detail: string) => new URL(detail.slice(0, detail.indexOf('\n'))).pathname;
const settle = () => new Promise((r) => setTimeout(r, 20));

beforeAll(async () => {
  window.fetch = pageFetch;
  addEventListener(PAGE_JSON_EVENT, onJson);
  await import('../../src/page-world/observe-tiktok.iife');
});
afterAll(() => removeEventListener(PAGE_JSON_EVENT, onJson));

describe("TikTok's page-world observer", () => {
  it('hands over the order list, order detail, dashboard and shop health answers, in every form seen', async () => {
    handed.length = 0;
    for (const path of [
      '/api/fulfillment/na/order/list?aid=4068',
      '/api/fulfillment/order/list',
      '/api/fulfillment/na/order/get?aid=4068',
      '/api/fulfillment/order/get',
      '/api/fulfillment/na/dashboard/get?aid=4068',
      '/api/v1/seller/growth_center/performance/list?locale=en&seller_id=1',
      '/api/seller/growth_center/performance/list?shop_id=1',
    ])
      await window.fetch(path, { method: 'POST', body: '{}' });
    await settle();
    expect(handed.map(pathOf)).toEqual([
      '/api/fulfillment/na/order/list',
      '/api/fulfillment/order/list',
      '/api/fulfillment/na/order/get',
      '/api/fulfillment/order/get',
      '/api/fulfillment/na/dashboard/get',
      '/api/v1/seller/growth_center/performance/list',
      '/api/seller/growth_center/performance/list',
    ]);
  });

  it('leaves every other answer alone: chat, buyers, history, violations, other origins, failures', async () => {
    handed.length = 0;
    for (const path of [
      '/chat/api/seller/token',
      '/api/v1/fulfillment/na/orders/buyer',
      '/api/v1/fulfillment/na/order/history',
      '/api/fulfillment/na/order/search_count',
      '/api/v1/seller/growth_center/violation/overview/get',
      '/api/v1/account/ahr/score?account_type=2',
      '/api/fulfillment/na/order/list/export',
      'https://elsewhere.example/api/fulfillment/na/order/list',
      '/api/fulfillment/na/order/list?fail=1',
    ])
      await window.fetch(path);
    await settle();
    expect(handed).toEqual([]);
  });
});
