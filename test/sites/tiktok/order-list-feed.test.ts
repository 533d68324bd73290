// Manage orders built by the background (issue #17): the rows the page reads + the centre's answer
// as the page received it == TikTok's whole reader on the page; whatever that reader decides from
// more than the two (rows still drawn, totals that disagree, deadlines TikTok's own count bounds, an
// answer of another tab) goes back to it, and the background says nothing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageReading } from '../../../src/core/types';
import { completeWithPageJson } from '../../../src/sites/page-json-feeds';
import { safeRead, type PageType } from '../../../src/sites/page-type';
import { PageJsonLog } from '../../../src/sites/page-json';
import { tiktokOrderPages } from '../../../src/sites/tiktok/pages';
import { TIKTOK_FIXTURES } from '../../fixtures/tiktok';
import { orderListBody, type TtOrder } from '../../fixtures/tiktok/order-json';
import { LIST_PATH, staticListHtml, usRowsHtml } from '../../fixtures/tiktok/order-list-dom';
import { NOW, US_SAMPLES, type Sample } from '../../fixtures/tiktok/order-samples';
import { pageJsonOf, renderedDoc } from '../../fixtures/tiktok/render';
import { ok, parse } from '../../helpers/fixtures';

const LIST = tiktokOrderPages.find((t) => t.page === 'order-list')!;
const ROWS: PageType = { ...LIST, read: LIST.fedBy!.readRows };
const URL_US = new URL('https://seller-us.tiktok.com/order?tab=all&shop_region=US');
/** Two days after the fixtures' "now": no sample deadline falls within a day then. */
const LATER = (NOW + 48 * 3600) * 1000;

const whole = (doc: Document, url: URL, log: PageJsonLog) => safeRead(LIST, doc, url, log);
const rowsThenAnswer = (doc: Document, url: URL, answer: string) =>
  completeWithPageJson(ok(safeRead(ROWS, doc, url)), answer);

function usPage(samples: Sample[], edit: (html: string) => string = (h) => h): Document {
  const rows = samples.map((s) => usRowsHtml(s.order, s.shown)).join('');
  return parse(edit(staticListHtml({ lang: 'en-US', region: 'US', cards: '', rows })));
}
function logOf(answer: string, dashboard?: number): PageJsonLog {
  const log = new PageJsonLog();
  log.add(`${URL_US.origin}${LIST_PATH.US}?aid=4068\n${answer}`, URL_US.origin);
  const columns = [{ column_id: '100200', order_count: dashboard }];
  if (dashboard !== undefined)
    log.add(
      `${URL_US.origin}/api/fulfillment/na/dashboard/get\n${JSON.stringify({ code: 0, data: { dashboard_columns: columns } })}`,
      URL_US.origin,
    );
  return log;
}
const answerOf = (orders: TtOrder[]) => JSON.stringify(orderListBody(orders));

/** The background's answer is the whole reader's reading, or nothing (the whole reader then reads it). */
function expectSameOrHandedBack(doc: () => Document, answer: string, dashboard?: number): PageReading | undefined {
  const fed = rowsThenAnswer(doc(), URL_US, answer);
  if (fed) expect(fed).toEqual(whole(doc(), URL_US, logOf(answer, dashboard)));
  return fed;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(LATER);
});
afterEach(() => vi.useRealTimers());

describe('TikTok orders list built by the background', () => {
  const fed = TIKTOK_FIXTURES.filter((f) => f.page === 'order-list' && f.json);

  it.each(fed)(
    '$name: rows + answer == the whole reader on the page',
    (f) => {
      const url = new URL(f.url);
      const [path, { body }] = Object.entries(f.json!).find(([p]) => p.includes('/order/list'))!;
      expect(path).toMatch(/order\/list$/);
      const completed = rowsThenAnswer(renderedDoc(f.html()), url, JSON.stringify(body));
      expect(completed).toBeDefined();
      expect(completed).toEqual(whole(renderedDoc(f.html()), url, pageJsonOf(f)));
    },
    // The 500-order page, read twice by happy-dom on a shared machine.
    30_000,
  );

  it("the page's half reads no title, buyer, date or deadline: only what the rows show", () => {
    const rows = ok(safeRead(ROWS, usPage(US_SAMPLES), URL_US));
    expect(rows.orders.map((o) => o.id)).toEqual(US_SAMPLES.map((s) => s.order.id));
    for (const o of rows.orders) {
      expect(o.items).toEqual([]);
      expect(Object.keys(o).sort()).toEqual(
        ['platform', 'marketplace', 'id', 'items', 'status', 'fulfilment', 'total', 'currency'].sort(),
      );
    }
  });

  it.each([
    ['a status word the codes do not allow', (h: string) => h.replace('>Shipped<', '>Delivered<')],
    ['two statuses in one row', (h: string) => h.replace('>To ship<', '>To ship</span><span>Canceled<')],
    [
      'a tooltip that is a status word',
      (h: string) => h.replace('>To ship<', '>To ship<span role="tooltip">Shipped</span><'),
    ],
    [
      'a request tag the answer does not have',
      (h: string) => h.replace('>Shipped</span>', '>Shipped</span><div>Cancellation requested</div>'),
    ],
    [
      'a row saying another fulfilment',
      (h: string) => h.replace('data-log_order_fulfillment_type="0"', 'data-log_order_fulfillment_type="1"'),
    ],
    ['a row without its total', (h: string) => h.replace('$25.00', '')],
  ])('%s: the same reading as the whole reader', (_, edit) => {
    expect(
      expectSameOrHandedBack(() => usPage(US_SAMPLES, edit), answerOf(US_SAMPLES.map((s) => s.order))),
    ).toBeDefined();
  });

  it.each([
    ['an answer of another tab', [US_SAMPLES[2]!], answerOf([US_SAMPLES[0]!.order])],
    ['rows still being drawn', [US_SAMPLES[0]!], answerOf([US_SAMPLES[0]!.order, US_SAMPLES[1]!.order])],
    [
      'an answer with one malformed order',
      [US_SAMPLES[0]!],
      answerOf([{ ...US_SAMPLES[0]!.order, id: '57646141303878x769' }]),
    ],
    ['not JSON', [US_SAMPLES[0]!], '{"code": 0, "data": {"main_orders": ['],
    ['another answer', [US_SAMPLES[0]!], '{"code": 0, "data": {"dashboard_columns": []}}'],
  ])('%s: handed back to the page', (_, samples, answer) => {
    expect(rowsThenAnswer(usPage(samples), URL_US, answer)).toBeUndefined();
  });

  it('a row showing another total than the answer: handed back (the whole reader refuses the page)', () => {
    const doc = () => usPage([US_SAMPLES[0]!], (h) => h.replace('$25.00', '$52.00'));
    const answer = answerOf([US_SAMPLES[0]!.order]);
    expect(rowsThenAnswer(doc(), URL_US, answer)).toBeUndefined();
    expect(whole(doc(), URL_US, logOf(answer))).toMatchObject({ ok: false, code: 'figures-disagree' });
  });

  it("an order cancelling within a day: handed back, for TikTok's own count to bound (it is on the page)", () => {
    vi.setSystemTime(NOW * 1000);
    const doc = () => usPage(US_SAMPLES);
    const answer = answerOf(US_SAMPLES.map((s) => s.order));
    expect(rowsThenAnswer(doc(), URL_US, answer)).toBeUndefined();
    // What the page does with it instead: the deadline kept when TikTok's count covers it, dropped when not.
    expect(ok(whole(doc(), URL_US, logOf(answer, 1))).orders[0]!.autoCancelAt).toBe((NOW + 20 * 3600) * 1000);
    expect(ok(whole(doc(), URL_US, logOf(answer, 0))).orders[0]).not.toHaveProperty('autoCancelAt');
  });

  it('an empty tab with an empty answer: no orders; with rows not drawn yet: handed back', () => {
    const empty = parse('<div id="root"></div>');
    expect(rowsThenAnswer(empty, URL_US, answerOf([]))).toMatchObject({ ok: true, orders: [] });
    expect(rowsThenAnswer(parse('<div id="root"></div>'), URL_US, answerOf([US_SAMPLES[0]!.order]))).toBeUndefined();
  });
});
