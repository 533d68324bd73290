import { describe, expect, it } from 'vitest';
import type { Said } from '../../src/core/said';
import { watchCancelReason, warningFor } from '../../src/content/cancel-reason';
import { clearFlags, placeFlags } from '../../src/content/flags';
import { amazonPages } from '../../src/sites/amazon/pages';
import { fixture } from '../helpers/fixtures';

const noRequest = { buyerReason: 'BuyerCanceled', requestOnRecord: false };
const request = { buyerReason: 'BuyerCanceled', requestOnRecord: true };

describe('cancel reason warning', () => {
  it('"Buyer cancelled" without a request on record still counts', () => {
    const stillCounts = { code: 'cancel-warning.no-request', params: { reason: 'BuyerCanceled' } };
    expect(warningFor('BuyerCanceled Buyer cancelled', noRequest)).toEqual(stillCounts);
    expect(warningFor('x Vom Käufer storniert', noRequest)).toEqual(stillCounts);
  });
  it('a requested cancellation should use the buyer reason', () => {
    expect(warningFor('NoInventory No inventory', request)).toEqual({
      code: 'cancel-warning.pick-buyer-reason',
      params: { reason: 'BuyerCanceled' },
    });
    expect(warningFor('BuyerCanceled Buyer cancelled', request)).toBeUndefined();
    expect(warningFor('NoInventory No inventory', noRequest)).toBeUndefined();
  });
  it('listens to the reason select on the page', () => {
    const doc = fixture('amazon/cancel-order.html');
    const seen: (Said | undefined)[] = [];
    const stop = watchCancelReason(
      doc,
      () => noRequest,
      (w) => seen.push(w),
    );
    const select = doc.querySelector<HTMLSelectElement>('#cancel-reason')!;
    select.value = 'BuyerCanceled';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    stop();
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ code: 'cancel-warning.no-request' });
  });
});

describe('duplicate flags in the list', () => {
  it('go beside the right orders, as text, and are cleared', () => {
    const doc = fixture('amazon/order-list-en.html');
    const list = amazonPages.find((p) => p.page === 'order-list')!;
    placeFlags(doc, list, [
      { orderIds: ['114-3941689-8772232', '114-3941689-8772299', 'not-on-page'], text: '<b>Possible duplicate</b>' },
    ]);
    const flags = [...doc.querySelectorAll('[data-seller-guard-flag]')];
    expect(flags).toHaveLength(2);
    expect(flags[0]!.closest('td')!.textContent).toContain('114-3941689-8772232');
    expect(flags[0]!.querySelector('b')).toBeNull();
    expect(flags[0]!.textContent).toBe('⚠ <b>Possible duplicate</b>');
    clearFlags(doc);
    expect(doc.querySelectorAll('[data-seller-guard-flag]')).toHaveLength(0);
  });
});
