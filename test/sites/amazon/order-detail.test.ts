import { describe, expect, it } from 'vitest';
import { readAmazonOrderPage } from '../../../src/sites/amazon/read-order-detail';
import { readAmazonMessages } from '../../../src/sites/amazon/read-messages';
import { fixture, ok } from '../../helpers/fixtures';

const url = (id: string, host = 'sellercentral.amazon.com') => new URL(`https://${host}/orders-v3/order/${id}`);

describe('Amazon order detail reader', () => {
  it('reads the order, its dates, items and the buyer request banner (kat-alert)', () => {
    const r = ok(
      readAmazonOrderPage(fixture('amazon/order-detail-en.html'), url('114-3941689-8772299'), 'order-detail'),
    );
    expect(r.focusOrderId).toBe('114-3941689-8772299');
    expect(r.orders[0]).toMatchObject({
      id: '114-3941689-8772299',
      buyerName: 'Margaret Holloway',
      status: 'unshipped',
      fulfilment: 'merchant',
      orderedAt: Date.UTC(2026, 10, 19),
      shipBy: Date.UTC(2026, 10, 21),
      deliverBy: Date.UTC(2026, 10, 27),
      items: [
        { title: 'Large-print wall calendar 2027, spiral bound', quantity: 1, asin: 'B0C1X2Y3Z4', sku: 'CAL-LP-2027' },
      ],
      cancelRequest: { viaPlatform: true, reason: 'Order Created by Mistake' },
    });
  });

  it('an order without a request has no cancelRequest', () => {
    const r = ok(
      readAmazonOrderPage(fixture('amazon/order-detail-unshipped.html'), url('114-3941689-8772232'), 'order-detail'),
    );
    expect(r.orders[0]!.cancelRequest).toBeUndefined();
  });

  it('reads FBA as platform-fulfilled', () => {
    const r = ok(
      readAmazonOrderPage(fixture('amazon/order-detail-fba.html'), url('114-5550001-0000001'), 'order-detail'),
    );
    expect(r.orders[0]!.fulfilment).toBe('platform');
  });

  it('reads the real .co.jp items markup: hidden gift column, 件 labels, Japanese dates', () => {
    const r = ok(
      readAmazonOrderPage(
        fixture('amazon/order-detail-ja.html'),
        url('503-1724766-9264601', 'sellercentral.amazon.co.jp'),
        'order-detail',
      ),
    );
    expect(r.orders[0]).toMatchObject({
      marketplace: 'JP',
      status: 'shipped',
      fulfilment: 'merchant',
      buyerName: '渕野ひとみ',
      orderedAt: Date.UTC(2026, 10, 16),
      items: [{ quantity: 2, asin: 'B00OK1O542', sku: 'J4-G38H-6FNI' }],
    });
  });

  it('keeps hostile buyer text as text', () => {
    const r = ok(
      readAmazonOrderPage(fixture('amazon/order-detail-hostile.html'), url('114-3941689-8772232'), 'order-detail'),
    );
    expect(r.orders[0]!.buyerName).toBe('<script>alert(1)</script>Eve');
  });

  it('refuses a redesign without the data-test-id hooks', () => {
    expect(
      readAmazonOrderPage(fixture('amazon/order-detail-redesign.html'), url('114-3941689-8772232'), 'order-detail'),
    ).toMatchObject({ ok: false });
  });

  it('refuses a page that shows another order than the URL names', () => {
    expect(
      readAmazonOrderPage(fixture('amazon/order-detail-en.html'), url('114-3941689-8772232'), 'order-detail'),
    ).toMatchObject({ ok: false, reason: expect.stringContaining('URL names') });
  });

  it('reads the cancel page the same way, as page "cancel"', () => {
    const r = ok(
      readAmazonOrderPage(
        fixture('amazon/order-detail-unshipped.html'),
        new URL('https://sellercentral.amazon.com/orders-v3/order/114-3941689-8772232/cancel-order'),
        'cancel',
      ),
    );
    expect(r.page).toBe('cancel');
    expect(r.focusOrderId).toBe('114-3941689-8772232');
  });
});

describe('Amazon contact-buyer page', () => {
  it('finds the message box and the order', () => {
    const r = readAmazonMessages(
      fixture('amazon/messages-contact.html'),
      new URL('https://sellercentral.amazon.com/messaging/contact?orderID=114-3941689-8772299'),
    );
    expect(r).toMatchObject({ ok: true, page: 'messages', focusOrderId: '114-3941689-8772299', hasMessageBox: true });
  });
  it('ignores an order id that is not one', () => {
    const r = readAmazonMessages(
      fixture('amazon/messages-contact.html'),
      new URL('https://sellercentral.amazon.com/messaging/contact?orderID=javascript:alert(1)'),
    );
    expect(r).toMatchObject({ ok: true, focusOrderId: undefined });
  });
});

describe('Amazon order detail: the ship-to address', () => {
  it('keeps a fingerprint of the address, not the address', () => {
    const r = ok(
      readAmazonOrderPage(fixture('amazon/order-detail-en.html'), url('114-3941689-8772299'), 'order-detail'),
    );
    expect(r.orders[0]!.addressHash).toMatch(/^[0-9a-z]+$/);
    expect(JSON.stringify(r.orders[0])).not.toContain('Orchard');
    const moved = fixture('amazon/order-detail-en.html');
    moved.querySelector('[data-test-id="shipping-section-buyer-address"] span:nth-of-type(2)')!.textContent =
      '99 Elm Street';
    expect(ok(readAmazonOrderPage(moved, url('114-3941689-8772299'), 'order-detail')).orders[0]!.addressHash).not.toBe(
      r.orders[0]!.addressHash,
    );
  });
});
