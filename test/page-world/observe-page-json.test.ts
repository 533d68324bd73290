// The page-world observer: hands over the order search responses the page itself receives, and
// changes nothing for the page (same promise, same response, other requests untouched).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PAGE_JSON_EVENT, PAGE_JSON_PENDING_EVENT } from '../../src/page-world/channel';

const handed: string[] = [];
const onJson = (e: Event) => handed.push((e as CustomEvent<string>).detail);
const inFlight: string[] = [];
const onPending = (e: Event) => inFlight.push((e as CustomEvent<string>).detail);
const pageFetch = vi.fn(async (input: RequestInfo | URL) => {
  const url = new URL(input instanceof Request ? input.url : input, location.href).href;
  const response = new Response(url.includes('fail') ? 'nope' : `{"orders":[],"from":"${url}"}`, {
    status: url.includes('fail') ? 500 : 200,
  });
  Object.defineProperty(response, 'url', { value: url });
  return response;
});

beforeAll(async () => {
  window.fetch = pageFetch;
  addEventListener(PAGE_JSON_EVENT, onJson);
  addEventListener(PAGE_JSON_PENDING_EVENT, onPending);
  await import('../../src/page-world/observe-page-json.iife');
});
afterAll(() => {
  removeEventListener(PAGE_JSON_EVENT, onJson);
  removeEventListener(PAGE_JSON_PENDING_EVENT, onPending);
});

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('page-world observer', () => {
  it('hands over the text of a same-origin /orders-api/search response, with its URL', async () => {
    handed.length = 0;
    const response = await window.fetch('/orders-api/search?limit=15&offset=0');
    // The page still reads its own body: we read a clone.
    expect(await response.json()).toMatchObject({ orders: [] });
    await settle();
    expect(handed).toHaveLength(1);
    const [url, text] = [handed[0]!.slice(0, handed[0]!.indexOf('\n')), handed[0]!.slice(handed[0]!.indexOf('\n') + 1)];
    expect(new URL(url).pathname).toBe('/orders-api/search');
    expect(JSON.parse(text)).toMatchObject({ orders: [] });
  });

  it("hands over Account Health's own summary too (its figures, counts and window)", async () => {
    handed.length = 0;
    await window.fetch('/performance/api/summary?platform=SELLER_CENTRAL');
    await settle();
    expect(handed).toHaveLength(1);
    expect(new URL(handed[0]!.slice(0, handed[0]!.indexOf('\n'))).pathname).toBe('/performance/api/summary');
  });

  it('leaves every other request alone: other paths, other origins, order detail (addresses), failures', async () => {
    handed.length = 0;
    await window.fetch('/orders-api/order/114-3941689-8772232');
    await window.fetch('/orders-api/search-suggestions');
    await window.fetch('/performance/api/getriskbanner/');
    await window.fetch('https://elsewhere.example/orders-api/search');
    await window.fetch('/orders-api/search?fail=1');
    await settle();
    expect(handed).toEqual([]);
    expect(pageFetch).toHaveBeenCalledTimes(7);
  });

  it("passes the page the very promise the page's own fetch returned, rejections included", async () => {
    pageFetch.mockImplementationOnce(() => Promise.reject(new TypeError('offline')));
    await expect(window.fetch('/orders-api/search')).rejects.toThrow('offline');
  });
});

describe('watched requests in flight, told to the starter', () => {
  it('a watched fetch is in flight until its answer was handed over; others are never counted', async () => {
    inFlight.length = 0;
    handed.length = 0;
    const both = Promise.all([
      window.fetch('/orders-api/search?offset=0'),
      window.fetch('/orders-api/search?offset=500'),
    ]);
    expect(inFlight).toEqual(['1', '2']);
    await both;
    await settle();
    expect(inFlight).toEqual(['1', '2', '1', '0']);
    expect(handed).toHaveLength(2);
    await window.fetch('/orders-api/order/114-3941689-8772232');
    await settle();
    expect(inFlight).toHaveLength(4);
  });

  it('a failed or refused watched fetch ends too', async () => {
    inFlight.length = 0;
    pageFetch.mockImplementationOnce(() => Promise.reject(new TypeError('offline')));
    await expect(window.fetch('/orders-api/search')).rejects.toThrow('offline');
    await window.fetch('/orders-api/search?fail=1');
    await settle();
    expect(inFlight).toEqual(['1', '0', '1', '0']);
  });

  it('a watched XMLHttpRequest is in flight from open to loadend; reopened, it is still one', () => {
    inFlight.length = 0;
    const request = new XMLHttpRequest();
    request.open('GET', '/orders-api/search?offset=0');
    request.open('GET', '/orders-api/search?offset=500');
    expect(inFlight).toEqual(['1', '1']);
    request.dispatchEvent(new Event('loadend'));
    expect(inFlight).toEqual(['1', '1', '0']);
    // Reused for another path, it is not watched: nothing more to tell.
    request.open('GET', '/orders-api/order/114-3941689-8772232');
    request.dispatchEvent(new Event('loadend'));
    expect(inFlight).toEqual(['1', '1', '0']);
  });
});
