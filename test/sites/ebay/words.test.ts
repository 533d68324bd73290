// The words eBay writes, as the readers understand them: whole lines only, unknown words unknown.
import { describe, expect, it } from 'vitest';
import { afterSaleLine } from '../../../src/sites/ebay/after-sale-lines';
import { cancelHeadline, isBuyerReason } from '../../../src/sites/ebay/cancel-words';
import { isEmptyLine, resultsLine } from '../../../src/sites/ebay/list-words';
import { levelStatement } from '../../../src/sites/ebay/performance-words';
import { readStatusLines } from '../../../src/sites/ebay/status-cell';
import { statusLine } from '../../../src/sites/ebay/status-words';

describe('status lines', () => {
  it.each([
    ['Ship by Nov 21', { kind: 'ship-by', date: 'Nov 21' }],
    ['Versand bis 21. Nov.', { kind: 'ship-by', date: '21. Nov.' }],
    ['Expédier avant le 21 nov.', { kind: 'ship-by', date: '21 nov.' }],
    ['Shipping overdue', { kind: 'status', status: 'unshipped', overdue: true }],
    ['Awaiting dispatch', { kind: 'status', status: 'unshipped' }],
    ['AWAITING PAYMENT', { kind: 'status', status: 'unpaid' }],
    ['Dispatched', { kind: 'status', status: 'shipped' }],
    ['Cancelled', { kind: 'status', status: 'cancelled' }],
    ['Cancel requested', { kind: 'cancel-requested' }],
    ['Delivered on Nov 20', { kind: 'delivered-on', date: 'Nov 20' }],
    ['Zugestellt am 20. Nov. 2026', { kind: 'delivered-on', date: '20. Nov. 2026' }],
    ['Livrée le 20 nov.', { kind: 'delivered-on', date: '20 nov.' }],
  ])('"%s"', (line, said) => expect(statusLine(line)).toEqual(said));

  it('a line that merely mentions a status is none', () => {
    for (const line of [
      'Orders shipped within 2 days',
      'Not shipped',
      'Shipped?',
      'Ship by',
      'Delivered late',
      'Delivered in 3 days',
      'Return requested by buyer on Nov 20',
    ])
      expect(statusLine(line), line).toBeUndefined();
  });

  it('a cell: one state, its deadline and the request line; two states are unknown', () => {
    expect(readStatusLines(['Ship by Nov 22', 'Cancel requested'])).toEqual({
      status: 'unshipped',
      shipBy: 'Nov 22',
      overdue: false,
      cancelRequested: true,
      deliveredOn: undefined,
    });
    expect(readStatusLines(['Shipped', 'Canceled']).status).toBe('unknown');
    // A delivered order was shipped: the two lines are its history, not two states.
    expect(readStatusLines(['Shipped', 'Delivered on Nov 20'])).toMatchObject({
      status: 'delivered',
      deliveredOn: 'Nov 20',
    });
    expect(readStatusLines(['Delivered on Nov 20', 'Delivered on Nov 21']).deliveredOn).toBeUndefined();
    expect(readStatusLines(['Ship by Nov 22', 'Delivered on Nov 20']).status).toBe('unknown');
    expect(readStatusLines([]).status).toBe('unknown');
  });
});

describe('after-sale lines of the list', () => {
  it.each([
    ['Return requested', 'return'],
    ['Anfrage offen', 'request'],
    ['Case open', 'case'],
    ['Litige ouvert', 'case'],
    ['Return requested by buyer on Nov 20', undefined],
    ['Buyers can open a case', undefined],
  ])('"%s"', (line, open) => expect(afterSaleLine(line)).toBe(open));
});

describe('list, level and cancellation words', () => {
  it('"Results: a - b of N", the whole line', () => {
    expect(resultsLine('Results: 1 - 6 of 6')).toEqual({ shown: 6, total: 6 });
    expect(resultsLine('Ergebnisse: 51 - 100 von 1.234')).toEqual({ shown: 50, total: 1234 });
    expect(resultsLine('Results: 0 - 0 of 0')).toEqual({ shown: 0, total: 0 });
    expect(resultsLine('Results: 1 - 6 of 6 Rank 2 of 5')).toBeUndefined();
    expect(resultsLine('Results: 7 - 6 of 6')).toBeUndefined();
  });

  it('the empty list sentence', () => {
    expect(isEmptyLine("We didn't find any results. Try searching with different criteria.")).toBe(true);
    expect(isEmptyLine('We didn’t find any results.')).toBe(true);
    expect(isEmptyLine('Results: 0 - 0 of 0')).toBe(false);
  });

  it('seller levels, and "not yet evaluated" as a statement of its own', () => {
    expect(levelStatement('Top Rated')).toBe('top-rated');
    expect(levelStatement('Überdurchschnittlich')).toBe('above-standard');
    expect(levelStatement('below standard')).toBe('below-standard');
    expect(levelStatement('Not yet evaluated')).toBe('not-evaluated');
    expect(levelStatement('Top Rated seller')).toBeUndefined();
  });

  it('Cancel Details headlines and the reasons that are the buyer’s', () => {
    expect(cancelHeadline('This order is canceled.')).toBe('closed');
    expect(cancelHeadline('The buyer wants to cancel this order')).toBe('pending');
    expect(cancelHeadline('Cancel Details')).toBeUndefined();
    expect(isBuyerReason('Wrong payment information')).toBe(true);
    expect(isBuyerReason('Buyer asked to cancel')).toBe(true);
    expect(isBuyerReason('Out of stock or cannot fulfill')).toBe(false);
    expect(isBuyerReason('Problem with buyer’s address')).toBe(false);
  });
});
