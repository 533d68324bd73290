import { describe, expect, it } from 'vitest';
import { aliexpressStatus, CANCEL_REQUEST, MAY_ASK_CANCEL } from '../../../src/sites/aliexpress/labels';
import { readAliExpressOrderDetail, readAliExpressOrderList } from '../../../src/sites/aliexpress/read-orders';
import { aeListHtml, SAMPLE_EN, SAMPLE_ZH } from '../../fixtures/aliexpress/order-list-builder';
import { fixture, parse, ok } from '../../helpers/fixtures';

const LIST = new URL('https://csp.aliexpress.com/m_apps/order-manage/orderList?channelId=2');

describe('AliExpress order list reader', () => {
  it('reads the Chinese m_apps list by class prefixes', () => {
    const r = ok(readAliExpressOrderList(parse(aeListHtml(SAMPLE_ZH, 'zh')), LIST));
    expect(r.orders.map((o) => [o.id, o.status])).toEqual([
      ['3031265788145237', 'unshipped'],
      ['5019241171106742', 'shipped'],
      ['3031265788140001', 'cancelled'],
    ]);
    expect(r.orders[0]).toMatchObject({
      buyerName: 'Olga K.',
      orderedAt: Date.UTC(2026, 10, 20),
      total: 7.99,
      items: [{ title: 'Silicone baking mat set 3 pcs', sku: 'BM-3-RED', price: 7.99 }],
    });
    expect(r.orders[1]!.buyerName).toBe('Jan <script>x</script>');
  });

  it("reads the list as Fusion's group list draws it (role, colgroup, cell wrappers) as it reads the figures alone", () => {
    for (const [orders, lang] of [
      [SAMPLE_ZH, 'zh'],
      [SAMPLE_EN, 'en'],
    ] as const) {
      const fusion = ok(readAliExpressOrderList(parse(aeListHtml(orders, lang, 'fusion')), LIST));
      expect(fusion.orders).toHaveLength(3);
      expect(fusion.orders).toEqual(ok(readAliExpressOrderList(parse(aeListHtml(orders, lang)), LIST)).orders);
    }
  });

  it('reads the English list', () => {
    const r = ok(readAliExpressOrderList(parse(aeListHtml(SAMPLE_EN, 'en')), LIST));
    expect(r.orders.map((o) => o.status)).toEqual(['unshipped', 'shipped', 'cancelled']);
  });

  it('reads the legacy list', () => {
    const r = ok(
      readAliExpressOrderList(
        fixture('aliexpress/order-list-legacy.html'),
        new URL('https://csp.aliexpress.com/apps/order/index'),
      ),
    );
    expect(r.orders.map((o) => [o.id, o.status, o.buyerName])).toEqual([
      ['3031265788145237', 'unshipped', 'Olga K.'],
      ['5019241171106742', 'delivered', 'Jan'],
    ]);
  });

  it('an empty list (Fusion empty state) reads as no orders', () => {
    expect(ok(readAliExpressOrderList(parse(aeListHtml([], 'zh')), LIST)).orders).toEqual([]);
  });

  it('refuses a page with neither rows nor the empty state', () => {
    expect(
      readAliExpressOrderList(
        parse('<div class="orders-v3"><div class="order-card">3031265788145237</div></div>'),
        LIST,
      ),
    ).toMatchObject({ ok: false });
  });
});

describe('AliExpress order detail reader', () => {
  const url = new URL(
    'https://csp.aliexpress.com/m_apps/order-manage/orderDetail?orderId=3031265788145237&channelId=2',
  );
  it('reads status, masked recipient and the buyer cancellation request', () => {
    const r = readAliExpressOrderDetail(fixture('aliexpress/order-detail-zh.html'), url);
    expect(r).toMatchObject({ ok: true, focusOrderId: '3031265788145237' });
    expect(r.ok && r.orders[0]).toMatchObject({
      id: '3031265788145237',
      status: 'unshipped',
      buyerName: 'O***a K.',
      cancelRequest: { viaPlatform: true },
    });
  });
  it('refuses a page without an order status', () => {
    expect(readAliExpressOrderDetail(parse('<main>Loading…</main>'), url)).toMatchObject({ ok: false });
  });
});

describe('AliExpress after-sale statuses', () => {
  it('reads an open dispute and a refund under way from the status, in Chinese and English', () => {
    const orders = [
      { ...SAMPLE_ZH[1]!, status: '纠纷中' },
      { ...SAMPLE_ZH[0]!, status: '退款中' },
      { ...SAMPLE_EN[1]!, status: 'In dispute' },
    ];
    const r = ok(readAliExpressOrderList(parse(aeListHtml(orders, 'zh')), LIST));
    expect(r.orders.map((o) => [o.disputeOpen, o.refund])).toEqual([
      [true, undefined],
      [false, 'requested'],
      [true, undefined],
    ]);
  });

  it('buyer-written text that mentions a dispute raises nothing', () => {
    const orders = [{ ...SAMPLE_ZH[0]!, buyer: '纠纷中 refund pending' }];
    const r = ok(readAliExpressOrderList(parse(aeListHtml(orders, 'zh')), LIST));
    expect(r.orders[0]).toMatchObject({ status: 'unshipped' });
    expect(r.orders[0]!.disputeOpen).toBe(false);
    expect(r.orders[0]!.refund).toBeUndefined();
  });
});

describe('AliExpress: statuses from what the seller sees, in the known words only', () => {
  const legacy = () => fixture('aliexpress/order-list-legacy.html');
  const LEGACY_URL = new URL('https://csp.aliexpress.com/apps/order/index');

  it('a tooltip in a legacy row ("Orders shipped within 2 days") leaves a completed order completed', () => {
    const doc = legacy();
    doc
      .querySelectorAll('.next-table-row')[1]!
      .insertAdjacentHTML(
        'beforeend',
        '<div class="next-balloon next-balloon-tooltip">Orders shipped within 2 days</div><div role="tooltip">Shipped</div>',
      );
    expect(ok(readAliExpressOrderList(doc, LEGACY_URL)).orders[1]!.status).toBe('delivered');
  });

  it('a visible note that mentions shipping is not a status; two statuses in one row are unknown', () => {
    const doc = legacy();
    const row = doc.querySelectorAll('.next-table-row')[1]!;
    row.insertAdjacentHTML('beforeend', '<p>Orders shipped within 2 days</p>');
    expect(ok(readAliExpressOrderList(doc, LEGACY_URL)).orders[1]!.status).toBe('delivered');
    row.insertAdjacentHTML('beforeend', '<span>等待发货</span>');
    expect(ok(readAliExpressOrderList(doc, LEGACY_URL)).orders[1]!.status).toBe('unknown');
  });

  it('script text in a row (a status in a string) is not read', () => {
    const doc = legacy();
    doc.querySelectorAll('.next-table-row')[1]!.insertAdjacentHTML('afterbegin', '<script>var s = "Shipped";</script>');
    expect(ok(readAliExpressOrderList(doc, LEGACY_URL)).orders[1]!.status).toBe('delivered');
  });

  it('the SKU is the code that is not a "property: value" spec, wherever it sits', () => {
    const html = aeListHtml(SAMPLE_ZH, 'zh').replace(
      /(<span class="productInfo--skuCodeValue--FJA_1Ru">颜色: 红色<\/span>)(<span class="productInfo--skuCodeValue--FJA_1Ru">BM-3-RED<\/span>)/,
      '$2$1',
    );
    expect(ok(readAliExpressOrderList(parse(html), LIST)).orders[0]!.items[0]!.sku).toBe('BM-3-RED');
  });

  it('a row holding something hidden reads as the clean one; the hidden copies are never read', () => {
    const clean = ok(readAliExpressOrderList(parse(aeListHtml(SAMPLE_ZH, 'zh')), LIST)).orders;
    const doc = parse(aeListHtml(SAMPLE_ZH, 'zh'));
    // A hidden copy beside each figure: every row then takes the weighed path, figure by figure.
    for (const figure of doc.querySelectorAll(
      '[class*="header--value"], [class*="buyerInfo--inline"], [class*="productInfo--"], [class*="amount--amount"], .chc-state-label__stateText',
    )) {
      const copy = doc.createElement('span');
      copy.className = `${figure.className} sr-only`;
      copy.textContent = '9999999999999999 Closed US $1.00 Mallory';
      figure.after(copy);
    }
    doc.querySelector('.next-table-row')!.insertAdjacentHTML('beforeend', '<div hidden>买家申请取消</div>');
    const weighed = ok(readAliExpressOrderList(doc, LIST)).orders;
    expect(weighed).toEqual(clean);
    expect(weighed[0]!.cancelRequest).toBeUndefined();
  });

  it('a buyer’s cancellation request is read however the row’s whitespace runs', () => {
    for (const note of ['买家申请取消', 'Cancellation\n      request', 'requested\u00a0 to\tcancel']) {
      const doc = parse(aeListHtml(SAMPLE_EN, 'en'));
      const line = doc.createElement('div');
      line.textContent = note;
      doc.querySelector('.next-table-row td')!.append(line);
      const orders = ok(readAliExpressOrderList(doc, LIST)).orders;
      expect(
        orders.map((o) => o.cancelRequest?.viaPlatform),
        note,
      ).toEqual([true, undefined, undefined]);
    }
  });

  it('the whitespace-blind pre-check is true of every text whose tidied form carries a request', () => {
    const texts = [
      '买家申请取消订单',
      'a cancellation request',
      'Requested  to\n cancel',
      'requested cancel',
      'request cancellation',
      'cancellation\u00a0request',
    ];
    for (const text of texts)
      expect(MAY_ASK_CANCEL.test(text) || !CANCEL_REQUEST.test(text.replace(/\s+/g, ' ')), text).toBe(true);
    expect(MAY_ASK_CANCEL.test('request cancellation')).toBe(false);
  });

  it('a status read twice, or from a text too long to keep, reads the same', () => {
    expect([aliexpressStatus('等待发货'), aliexpressStatus('等待发货')]).toEqual(['unshipped', 'unshipped']);
    const long = `Awaiting shipment ${'1'.repeat(300)}`;
    expect([aliexpressStatus(long), aliexpressStatus(long)]).toEqual(['unshipped', 'unshipped']);
    expect(aliexpressStatus('Shipped by courier')).toBe('unknown');
  });

  it('an order id that is not one refuses the list; a detail URL without one is refused', () => {
    const html = aeListHtml(SAMPLE_ZH, 'zh').replace('3031265788145237', 'ORDER-1');
    expect(readAliExpressOrderList(parse(html), LIST)).toMatchObject({ ok: false, code: 'id-invalid' });
    expect(
      readAliExpressOrderDetail(
        fixture('aliexpress/order-detail-zh.html'),
        new URL('https://csp.aliexpress.com/m_apps/order-manage/orderDetail?orderId=12'),
      ),
    ).toMatchObject({ ok: false, code: 'id-invalid' });
  });
});
