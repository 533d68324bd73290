// The small readers under the TikTok orders: requests and cancellations from reverse_module, amounts
// per region, the composer beside the send button, and the order in the shared OrderSeen words.
import { describe, expect, it } from 'vitest';
import { tiktokChatBox } from '../../../src/sites/tiktok/chat-box';
import { amountLine } from '../../../src/sites/tiktok/money-text';
import { reverseFacts } from '../../../src/sites/tiktok/reverse';
import { toOrderSeen } from '../../../src/sites/tiktok/to-order-seen';
import { parse } from '../../helpers/fixtures';

const entry = (o: Record<string, unknown>) => ({ reverse_type: 1, reverse_reason: 'No longer needed', ...o });
const reminder = (text: string) => ({ reverse_reminder: { items: [{ position: 1, message_content: text }] } });

describe('TikTok reverse_module', () => {
  it("a buyer's request waiting for the seller, with the time it approves itself", () => {
    expect(
      reverseFacts([entry({ reverse_status: 1, reverse_from: 1, seller_auto_approve_time: '1795021200' })]),
    ).toEqual({
      request: { reason: 'No longer needed', autoApproveAt: 1795021200000 },
    });
    // A request from anyone but the buyer, or in a state we cannot place, is no request.
    expect(
      reverseFacts([entry({ reverse_status: 1, reverse_from: 2 }), entry({ reverse_status: 7, reverse_from: 1 })]),
    ).toEqual({});
  });

  it('who cancelled: reverse_from, where the reminder line agrees', () => {
    expect(
      reverseFacts([entry({ reverse_status: 100, reverse_from: 3, ...reminder('Cancelado por TikTok') })]),
    ).toEqual({
      cancelledBy: 'platform',
    });
    expect(reverseFacts([entry({ reverse_status: 100, reverse_from: 1, ...reminder('Canceled by buyer') })])).toEqual({
      cancelledBy: 'buyer',
    });
    expect(
      reverseFacts([entry({ reverse_status: 100, reverse_from: 1, ...reminder('Cancelado por TikTok') })]),
    ).toEqual({});
    expect(reverseFacts([entry({ reverse_status: 100, reverse_from: 9 })])).toEqual({});
  });

  it('open refunds and returns; malformed entries are nothing', () => {
    expect(reverseFacts([{ reverse_type: 2, reverse_status: 1 }])).toEqual({ afterSaleOpen: 'refund' });
    expect(
      reverseFacts([
        { reverse_type: 2, reverse_status: 1 },
        { reverse_type: 3, reverse_status: 1 },
      ]),
    ).toEqual({
      afterSaleOpen: 'return',
    });
    expect(reverseFacts([null, 'x', { reverse_type: '1' }])).toEqual({});
    expect(reverseFacts('not a list')).toEqual({});
  });
});

describe('TikTok amounts', () => {
  it.each([
    ['$25.00', 'USD', 25],
    ['R$ 544,54', 'BRL', 544.54],
    ['฿289.00', 'THB', 289],
    ['150.000₫', 'VND', 150000],
    ['Rp150.000', 'IDR', 150000],
    ['RM 12.90', 'MYR', 12.9],
  ])('%s in %s is %s', (line, currency, amount) => expect(amountLine(line, currency)).toBe(amount));

  it.each([
    ['R$ 544,54', 'USD'],
    ['25.00', 'USD'],
    ['× 2', 'USD'],
    ['Target: under $2.5', 'USD'],
    ['2.5%', 'USD'],
  ])('%s is no amount in %s', (line, currency) => expect(amountLine(line, currency)).toBeUndefined());
});

describe('TikTok chat composer', () => {
  const chat = (composer: string, extra = '') =>
    parse(
      `<textarea class="search"></textarea><div class="input"><div>${composer}</div><div><button id="chat-input-send-button">Send</button></div></div>${extra}`,
    );

  it('is the one usable editable beside the send button', () => {
    const doc = chat('<textarea hidden></textarea><textarea disabled></textarea><div contenteditable="true"></div>');
    expect(tiktokChatBox(doc)).toBe(doc.querySelector('[contenteditable]'));
  });

  it('is none without a send button; a copy of the button beside it changes nothing', () => {
    expect(tiktokChatBox(parse('<textarea></textarea>'))).toBeNull();
    const twice = chat('<textarea></textarea>').body;
    twice.querySelector('button')!.after(twice.querySelector('button')!.cloneNode(true));
    expect(tiktokChatBox(twice.ownerDocument)).toBe(twice.querySelector('.input textarea'));
  });

  it('is no guess: two editables beside the button, or buttons by different boxes, are ambiguous', () => {
    expect(tiktokChatBox(chat('<textarea></textarea><textarea></textarea>'))).toBe('ambiguous');
    expect(tiktokChatBox(chat('<textarea></textarea>', '<button id="chat-input-send-button"></button>'))).toBe(
      'ambiguous',
    );
  });
});

describe('TikTok orders in the shared words', () => {
  it('maps who fulfils, the request through TikTok, a buyer cancellation and open after-sales', () => {
    expect(
      toOrderSeen(
        {
          id: '576461413038785769',
          status: 'unshipped',
          buyerNickname: 'megs.makes',
          items: [{ title: 'Linen apron', quantity: 1, sellerSku: 'MUG-2' }],
          total: 12.5,
          currency: 'USD',
          createdAt: 1794895200000,
          shipBy: 1795039200000,
          fbt: false,
          cancelRequest: { reason: 'No longer needed', autoApproveAt: 1795021200000 },
        },
        'US',
      ),
    ).toEqual({
      platform: 'tiktok',
      marketplace: 'US',
      id: '576461413038785769',
      orderedAt: 1794895200000,
      buyerName: 'megs.makes',
      items: [{ title: 'Linen apron', quantity: 1, sku: 'MUG-2' }],
      status: 'unshipped',
      fulfilment: 'merchant',
      shipBy: 1795039200000,
      total: 12.5,
      currency: 'USD',
      cancelRequest: { viaPlatform: true, reason: 'No longer needed', answerBy: 1795021200000 },
      // Unanswered, the request is approved by itself: TikTok cancels the order then.
      autoCancelAt: 1795021200000,
    });
    const done = toOrderSeen({ id: '1'.repeat(18), status: 'cancelled', cancelledBy: 'buyer', fbt: true }, 'TH');
    expect(done).toMatchObject({ fulfilment: 'platform', cancelRequest: { viaPlatform: true }, items: [] });
    const byTikTok = toOrderSeen({ id: '1'.repeat(18), status: 'cancelled', cancelledBy: 'platform' }, 'BR');
    expect(byTikTok).toMatchObject({ fulfilment: 'unknown' });
    expect(byTikTok).not.toHaveProperty('cancelRequest');
    expect(toOrderSeen({ id: '1'.repeat(18), status: 'delivered', afterSaleOpen: 'return' }, 'US')).toMatchObject({
      refund: 'requested',
      returnRequested: true,
      requestOpen: true,
    });
  });

  it('says when TikTok cancels an order still to ship by itself: the earlier of its deadline and the request', () => {
    const order = { id: '1'.repeat(18), status: 'unshipped' as const, autoCancelAt: 1795030000000 };
    expect(toOrderSeen(order, 'US').autoCancelAt).toBe(1795030000000);
    const asked = { ...order, cancelRequest: { autoApproveAt: 1795020000000 } };
    expect(toOrderSeen(asked, 'US').autoCancelAt).toBe(1795020000000);
    expect(toOrderSeen({ ...asked, cancelRequest: {} }, 'US').autoCancelAt).toBe(1795030000000);
    // Shipped or over: nothing left for TikTok to cancel.
    expect(toOrderSeen({ ...asked, status: 'shipped' }, 'US')).not.toHaveProperty('autoCancelAt');
    expect(toOrderSeen({ ...order, status: 'cancelled' }, 'US')).not.toHaveProperty('autoCancelAt');
  });

  it('says a shipped order carries its tracking, and by when its open request must be declined', () => {
    const asked = { id: '1'.repeat(18), cancelRequest: { autoApproveAt: 1795020000000 } };
    expect(toOrderSeen({ ...asked, status: 'shipped' }, 'US')).toMatchObject({
      hasTracking: true,
      cancelRequest: { viaPlatform: true, answerBy: 1795020000000 },
    });
    expect(toOrderSeen({ ...asked, status: 'delivered' }, 'US').hasTracking).toBe(true);
    // Still to ship, or a status not known: whether it has tracking is not known either.
    for (const status of ['unshipped', 'unknown', 'cancelled'] as const)
      expect(toOrderSeen({ ...asked, status }, 'US')).not.toHaveProperty('hasTracking');
    expect(toOrderSeen({ ...asked, status: 'shipped', cancelRequest: {} }, 'US').cancelRequest).toEqual({
      viaPlatform: true,
    });
  });
});
