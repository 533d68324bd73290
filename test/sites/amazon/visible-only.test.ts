// Amazon's list and detail read only what a seller sees: the outside mutation run's defects.
import { describe, expect, it } from 'vitest';
import { readAmazonOrderPage } from '../../../src/sites/amazon/read-order-detail';
import { readAmazonOrderList } from '../../../src/sites/amazon/read-order-list';
import { fixture, ok } from '../../helpers/fixtures';

const LIST = new URL('https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=1');
const DETAIL = new URL('https://sellercentral.amazon.com/orders-v3/order/114-3941689-8772299');
/** Amazon's external-link icon: its alt text is for screen readers. */
function addIconAlt(link: Element): void {
  const icon = link.ownerDocument.createElement('i');
  icon.className = 'a-icon a-icon-popout';
  const alt = link.ownerDocument.createElement('span');
  alt.className = 'a-icon-alt';
  alt.textContent = '(opens in a new window)';
  icon.append(alt);
  link.append(icon);
}

describe('Amazon list and detail: visible text only', () => {
  it('an icon alt inside the buyer link is not part of the name (list and detail)', () => {
    const list = fixture('amazon/order-list-en.html');
    addIconAlt(list.querySelector('[data-test-id="buyer-name-with-link"]')!);
    expect(ok(readAmazonOrderList(list, LIST)).orders[0]!.buyerName).toBe('Margaret Holloway');
    const detail = fixture('amazon/order-detail-en.html');
    addIconAlt(detail.querySelector('[data-test-id="shipping-section-contact-buyer-value"] a')!);
    expect(ok(readAmazonOrderPage(detail, DETAIL, 'order-detail')).orders[0]!.buyerName).toBe('Margaret Holloway');
  });

  it('a hidden "Target: under 2.5%" in the status cell leaves the status read', () => {
    const list = fixture('amazon/order-list-en.html');
    for (const status of list.querySelectorAll('.main-status'))
      status.insertAdjacentHTML('afterbegin', '<div class="aok-hidden">Target: under 2.5%</div>');
    expect(ok(readAmazonOrderList(list, LIST)).orders.map((o) => o.status)).toEqual([
      'unshipped',
      'unshipped',
      'shipped',
      'cancelled',
    ]);
  });

  it('a status outside the vocabulary is unknown, never a guess', () => {
    const list = fixture('amazon/order-list-en.html');
    list.querySelector('.main-status')!.textContent = 'Awaiting courier pick-up';
    expect(ok(readAmazonOrderList(list, LIST)).orders[0]!.status).toBe('unknown');
  });

  it('a buyer-request marker that is hidden (a template, a collapsed copy) is not a request', () => {
    const list = fixture('amazon/order-list-en.html');
    const cell = list.querySelectorAll('[data-test-id="oth-order-status"]')[0]!;
    cell.insertAdjacentHTML(
      'beforeend',
      '<div hidden><div class="buyer-requested-cancel">Buyer requested cancellation</div></div>',
    );
    expect(ok(readAmazonOrderList(list, LIST)).orders[0]!.cancelRequest).toBeUndefined();
  });

  it('an item quantity that cannot be read refuses the page rather than guessing 1', () => {
    const detail = fixture('amazon/order-detail-en.html');
    const row = detail.querySelector('table.a-keyvalue tbody tr')!;
    row.children[4]!.textContent = 'two';
    expect(readAmazonOrderPage(detail, DETAIL, 'order-detail')).toMatchObject({ ok: false, code: 'rows-unreadable' });
  });
});
