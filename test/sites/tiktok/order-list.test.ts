// Manage orders: the answer and the drawn rows must agree (ids, status words with codes, totals);
// otherwise the reader falls back to the rows, waits, or refuses, and never mixes two pages' data.
import { describe, expect, it } from 'vitest';
import { readTikTokOrders } from '../../../src/sites/tiktok/read-order-list';
import { expectedOrder } from '../../fixtures/tiktok/expected-order';
import { orderListBody, type TtOrder } from '../../fixtures/tiktok/order-json';
import { staticListHtml, usRowsHtml } from '../../fixtures/tiktok/order-list-dom';
import { NOW, US_SAMPLES, type Sample } from '../../fixtures/tiktok/order-samples';
import { parse } from '../../helpers/fixtures';
import { PageJsonLog } from '../../../src/sites/page-json';

const URL_US = new URL('https://seller-us.tiktok.com/order?tab=all&shop_region=US');
const now = NOW * 1000;
const page = (samples: Sample[], edit: (html: string) => string = (h) => h) =>
  parse(
    edit(
      staticListHtml({
        lang: 'en-US',
        region: 'US',
        cards: '',
        rows: samples.map((s) => usRowsHtml(s.order, s.shown)).join(''),
      }),
    ),
  );
function answers(orders: TtOrder[], dashboard?: number): PageJsonLog {
  const log = new PageJsonLog();
  const origin = URL_US.origin;
  log.add(`${origin}/api/fulfillment/na/order/list?aid=4068\n${JSON.stringify(orderListBody(orders))}`, origin);
  if (dashboard !== undefined) {
    const body = { code: 0, data: { dashboard_columns: [{ column_id: '100200', order_count: dashboard }] } };
    log.add(`${origin}/api/fulfillment/na/dashboard/get\n${JSON.stringify(body)}`, origin);
  }
  return log;
}
const read = (doc: Document, json?: PageJsonLog) => readTikTokOrders(doc, URL_US, json, now);
const statuses = (r: ReturnType<typeof read>) => (r.ok ? r.orders.map((o) => o.status) : r.code);
const [toShip, requested, shipped] = US_SAMPLES as [Sample, Sample, Sample];

describe('TikTok orders list: statuses are what codes and shown words agree on', () => {
  it('a row whose word its code does not allow, or that shows two statuses, is unknown', () => {
    const doc = page([
      { ...toShip, shown: 'Shipped' },
      { ...shipped, shown: 'Delivered' },
    ]);
    expect(statuses(read(doc))).toEqual(['unknown', 'delivered']);
    const two = page([toShip], (h) => h.replace('>To ship<', '>To ship</span><span>Canceled<'));
    expect(statuses(read(two))).toEqual(['unknown']);
  });

  it("the answer's display code must allow the word too (102 in transit is not delivered)", () => {
    const doc = page([{ ...shipped, shown: 'Delivered' }]);
    expect(statuses(read(doc, answers([shipped.order])))).toEqual(['unknown']);
  });

  it('hidden text, tooltips and names that are status words are never a status', () => {
    const doc = page([{ ...toShip, order: { ...toShip.order, buyer: 'Shipped', title: 'Delivered' } }], (h) =>
      h.replace('>To ship<', '>To ship<span role="tooltip">Shipped</span><span class="sr-only">Canceled</span><'),
    );
    expect(statuses(read(doc))).toEqual(['unshipped']);
  });

  it('a status word that is only part of its line is no status', () => {
    const doc = page([toShip], (h) => h.replace('>To ship<', '>Partially <b>Shipped</b><'));
    expect(statuses(read(doc))).toEqual(['unknown']);
  });
});

describe('TikTok orders list: the answer is used only for the rows on screen', () => {
  it('an answer of another tab (rows it does not know) is left aside: the rows are read alone', () => {
    expect(read(page([toShip, requested]), answers([shipped.order]))).toEqual({
      ok: true,
      orders: [expectedOrder(toShip, true), expectedOrder(requested, true)],
    });
  });

  it('an answer whose rows are still being drawn waits', () => {
    expect(read(page([toShip]), answers([toShip.order, requested.order]))).toMatchObject({
      ok: false,
      code: 'page-not-ready',
    });
  });

  it('a row showing another total than the answer refuses the page', () => {
    const doc = page([toShip], (h) => h.replace('$25.00', '$52.00'));
    expect(read(doc, answers([toShip.order]))).toMatchObject({ ok: false, code: 'figures-disagree' });
  });

  it('an answer with one malformed order is not used at all', () => {
    const bad = { ...requested.order, id: '57646141303878x769' };
    expect(read(page([toShip]), answers([toShip.order, bad]))).toEqual({
      ok: true,
      orders: [expectedOrder(toShip, true)],
    });
  });

  it('row and answer disagreeing on who fulfils the order: not known', () => {
    const doc = page([toShip], (h) =>
      h.replace('data-log_order_fulfillment_type="0"', 'data-log_order_fulfillment_type="1"'),
    );
    const r = read(doc, answers([toShip.order]));
    expect(r.ok && r.orders[0]!.fbt).toBeUndefined();
  });
});

describe('TikTok orders list: ids, layouts, empty pages', () => {
  it.each([
    ['an id that is not 18 digits', (h: string) => h.replaceAll('576461413038785752', '5764614130')],
    ['a link to another order', (h: string) => h.replace('order_no=576461413038785752', 'order_no=576461413038785769')],
    [
      'a row naming another order',
      (h: string) => h.replace('data-log_order_id="576461413038785752"', 'data-log_order_id="576461413038785769"'),
    ],
  ])('%s refuses the page', (_, edit) => {
    expect(read(page([toShip], edit))).toMatchObject({ ok: false, code: 'id-invalid' });
  });

  it('order ids in a layout we do not know: refused at once; nothing at all yet: waits', () => {
    const unknown = parse(
      '<div class="order-card"><span class="order_id_number">576461413038785752</span> To ship</div>',
    );
    expect(read(unknown)).toMatchObject({ ok: false, code: 'layout-unknown' });
    expect(read(parse('<div id="root"></div>'))).toMatchObject({ ok: false, code: 'page-not-ready' });
    expect(read(parse('<div id="root"></div>'), answers([]))).toEqual({ ok: true, orders: [] });
  });

  it('an item row without its quantity is unreadable; two products in one row are no guess', () => {
    expect(read(page([toShip], (h) => h.replace('× 2', '')))).toMatchObject({ ok: false, code: 'rows-unreadable' });
    const two = page([toShip], (h) =>
      h.replace('Ceramic mug set</div>', 'Ceramic mug set</div><div class="line-clamp-2">Tea towel</div>'),
    );
    expect(read(two).ok && (read(two) as { orders: { items?: unknown[] }[] }).orders[0]!.items).toEqual([]);
  });
});

describe("TikTok orders list: TikTok's own auto-cancel count bounds ours", () => {
  it('keeps the deadlines when its count covers the orders on screen, drops them when it does not', () => {
    const doc = page([toShip]);
    const kept = read(doc, answers([toShip.order], 1));
    expect(kept.ok && kept.orders[0]!.autoCancelAt).toBe((NOW + 20 * 3600) * 1000);
    const dropped = read(doc, answers([toShip.order], 0));
    expect(dropped.ok && dropped.orders[0]).not.toHaveProperty('autoCancelAt');
    expect(dropped.ok && dropped.actionNeeded).toEqual({ '100200': 0 });
  });
});

describe("TikTok orders list: a buyer's cancellation request from the row's tag (no answer)", () => {
  const shippedAsked = US_SAMPLES.find((s) => s.order.id === '576461413038785821')!;
  const requests = (r: ReturnType<typeof read>) => (r.ok ? r.orders.map((o) => o.cancelRequest) : r.code);

  it('a shipped row with the tag has a request (no reason, no deadline: the row shows neither); one without has none', () => {
    expect(requests(read(page([shippedAsked, shipped])))).toEqual([{}, undefined]);
    expect(read(page([shippedAsked]))).toMatchObject({ ok: true, orders: [{ status: 'shipped' }] });
  });

  it('the tag hidden, in a tooltip, in a name or title, or only part of its line is no request', () => {
    const tag = '>Cancellation requested<';
    for (const edit of [
      (h: string) => h.replace(tag, ' hidden>Cancellation requested<'),
      (h: string) => h.replace(tag, '><span role="tooltip">Cancellation requested</span><'),
      (h: string) => h.replace(tag, '><span class="sr-only">Cancellation requested</span><'),
      (h: string) => h.replace(tag, '>Cancellation requested by mistake?<'),
      (h: string) => h.replace(tag, '>No cancellation requested<'),
    ])
      expect(requests(read(page([shippedAsked], edit)))).toEqual([undefined]);
    const named = {
      ...shipped,
      order: { ...shipped.order, buyer: 'Cancellation requested', title: 'Cancellation requested' },
    };
    expect(requests(read(page([named])))).toEqual([undefined]);
  });

  it('in any case and spacing it is the tag; on a cancelled row the request is settled', () => {
    const edit = (h: string) => h.replace('>Cancellation requested<', '>  CANCELLATION   requested <');
    expect(requests(read(page([shippedAsked], edit)))).toEqual([{}]);
    const cancelled = US_SAMPLES.find((s) => s.expectedStatus === 'cancelled')!;
    const tagged = page([cancelled], (h) =>
      h.replace('>Canceled</span>', '>Canceled</span><div>Cancellation requested</div>'),
    );
    expect(requests(read(tagged))).toEqual([undefined]);
  });

  it('with the answer, the answer says the request, its reason and its deadline', () => {
    const r = read(page([shippedAsked]), answers([shippedAsked.order]));
    expect(r).toMatchObject({
      ok: true,
      orders: [
        {
          status: 'shipped',
          cancelRequest: { reason: 'Found a better price', autoApproveAt: (NOW + 6 * 3600) * 1000 },
        },
      ],
    });
  });
});
