// Order detail and shop health: read from the page's own answers, which must be about this page
// (the URL's order), hold together (units, operators), and agree with what the page shows.
import { describe, expect, it } from 'vitest';
import { PageJsonLog } from '../../../src/sites/page-json';
import { readTikTokOrderDetail } from '../../../src/sites/tiktok/read-order-detail';
import { readTikTokShopHealth } from '../../../src/sites/tiktok/read-shop-health';
import { healthHtml } from '../../fixtures/tiktok/health-pages';
import { MY_INDICATORS, performanceListBody, US_INDICATORS, type Indicator } from '../../fixtures/tiktok/health-json';
import { orderDetailHtml } from '../../fixtures/tiktok/order-detail-page';
import { orderGetBody } from '../../fixtures/tiktok/order-json';
import { US_SAMPLES } from '../../fixtures/tiktok/order-samples';
import { renderedDoc } from '../../fixtures/tiktok/render';

const [mugs, apron] = US_SAMPLES;
const DETAIL_URL = new URL(`https://seller-us.tiktok.com/order/detail?order_no=${mugs!.order.id}&shop_region=US`);
const ORIGIN = DETAIL_URL.origin;
function log(path: string, body: unknown): PageJsonLog {
  const l = new PageJsonLog();
  l.add(`${ORIGIN}${path}\n${JSON.stringify(body)}`, ORIGIN);
  return l;
}
const detailDoc = (html = orderDetailHtml(mugs!, 'en-US')) => renderedDoc(html);
const readDetail = (doc: Document, json?: PageJsonLog) => readTikTokOrderDetail(doc, DETAIL_URL, json);

describe('TikTok order detail', () => {
  it('reads only with an order/get answer about the order the URL names', () => {
    expect(readDetail(detailDoc())).toMatchObject({ ok: false, code: 'page-not-ready' });
    const other = log('/api/fulfillment/na/order/get', orderGetBody(apron!.order));
    expect(readDetail(detailDoc(), other)).toMatchObject({ ok: false, code: 'page-not-ready' });
    const own = log('/api/fulfillment/na/order/get', orderGetBody(mugs!.order));
    expect(readDetail(detailDoc(), own)).toMatchObject({
      ok: true,
      orders: [{ id: mugs!.order.id, status: 'unshipped' }],
    });
  });

  it('a page showing another order, or an answer that does not hold together, is refused', () => {
    const own = log('/api/fulfillment/na/order/get', orderGetBody(mugs!.order));
    const shown = detailDoc(orderDetailHtml(apron!, 'en-US'));
    expect(readDetail(shown, own)).toMatchObject({ ok: false, code: 'order-mismatch' });
    const broken = orderGetBody(mugs!.order);
    (broken.data.main_order[0]!.sku_module[0] as { quantity: unknown }).quantity = 'two';
    expect(readDetail(detailDoc(), log('/api/fulfillment/na/order/get', broken))).toMatchObject({
      ok: false,
      code: 'page-data-invalid',
    });
  });

  it('a shown status the codes do not allow makes the status unknown, never the word', () => {
    const own = log('/api/fulfillment/na/order/get', orderGetBody(mugs!.order));
    const doc = detailDoc(orderDetailHtml({ ...mugs!, shown: 'Delivered' }, 'en-US'));
    expect(readDetail(doc, own)).toMatchObject({ ok: true, orders: [{ status: 'unknown' }] });
  });
});

const HEALTH_URL = '/api/v1/seller/growth_center/performance/list';
const health = (indicators: Indicator[], shown = indicators) =>
  readTikTokShopHealth(renderedDoc(healthHtml('en-US', shown)), log(HEALTH_URL, performanceListBody(indicators)));
const [sfcr, ldr] = US_INDICATORS as [Indicator, Indicator, Indicator];

describe('TikTok shop health', () => {
  it('waits for its answer (the markup alone is never read)', () => {
    expect(readTikTokShopHealth(renderedDoc(healthHtml('en-US', US_INDICATORS)))).toMatchObject({
      code: 'page-not-ready',
    });
  });

  it('reads string fractions; a value in another unit, or the wrong operator, refuses the guarded figure', () => {
    expect(health([{ ...sfcr, value: '0.012' }])).toMatchObject({ ok: true, metrics: [{ ratePercent: 1.2 }] });
    expect(health([{ ...sfcr, value: 1.8 }])).toMatchObject({ ok: false, code: 'page-data-invalid' });
    expect(health([{ ...sfcr, operator: 'ge' }])).toMatchObject({ ok: false, code: 'page-data-invalid' });
  });

  it('another indicator that does not hold together is left out and said missing', () => {
    expect(health([sfcr, { ...ldr, value: 35 }])).toMatchObject({
      ok: true,
      metrics: [{ metric: 'seller-fault-cancellation' }],
      missing: ['late-dispatch', 'valid-tracking'],
    });
  });

  it('two cancellation indicators must agree', () => {
    const twin = { ...sfcr, name: 'shop_liable_cancel_rate_s7d' };
    expect(health([sfcr, twin])).toMatchObject({ ok: true, metrics: [{ ratePercent: 1.8 }] });
    expect(health([sfcr, { ...twin, value: 0.03 }])).toMatchObject({ ok: false, code: 'page-data-invalid' });
  });

  it('the page must show the figure its answer says, where it shows one', () => {
    expect(health([sfcr], [{ ...sfcr, value: 0.025 }])).toMatchObject({ ok: false, code: 'figures-disagree' });
    expect(health([{ ...sfcr, value: null }], [sfcr])).toMatchObject({ ok: false, code: 'figures-disagree' });
    expect(health([sfcr], [{ ...sfcr, title: 'Something else' }])).toMatchObject({ ok: true });
  });

  it('windows come from the name only where it has one; Malaysian names', () => {
    const r = health(MY_INDICATORS);
    expect(r.ok && r.metrics.map((m) => [m.metric, m.windowDays, m.limitPercent, m.comparison])).toEqual([
      ['seller-fault-cancellation', 7, 10, 'at-most'],
      ['late-dispatch', 7, 10, 'at-most'],
    ]);
  });
});
