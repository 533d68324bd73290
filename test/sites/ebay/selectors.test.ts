// Every named eBay selector is proven by a fixture: it finds what its comment says, as many times as
// the page shows it (test/sites/selectors.test.ts does the same for the other platforms).
import { describe, expect, it } from 'vitest';
import * as selectors from '../../../src/sites/ebay/selectors';
import { ebayFixture } from '../../fixtures/ebay';
import { parse } from '../../helpers/fixtures';

type Group = 'LIST' | 'DETAIL' | 'CANCELS' | 'MESSAGE';
type Proof = [group: Group, key: string, fixture: string, count: number];

const PROOFS: Proof[] = [
  ['LIST', 'row', 'order-list-en', 6],
  ['LIST', 'checkbox', 'order-list-en', 6],
  ['LIST', 'detailLink', 'order-list-en', 6],
  ['LIST', 'buyerSpans', 'order-list-en', 12],
  ['LIST', 'itemTitle', 'order-list-en', 6],
  ['LIST', 'status', 'order-list-de', 6],
  ['LIST', 'total', 'order-list-fr', 6],
  ['LIST', 'heading', 'order-list-it', 8],
  ['LIST', 'summary', 'order-list-empty', 1],
  ['DETAIL', 'layout', 'order-detail-en', 1],
  ['DETAIL', 'info', 'order-detail-en', 1],
  ['DETAIL', 'itemCard', 'order-detail-de', 1],
  ['DETAIL', 'itemTitle', 'order-detail-en', 1],
  ['DETAIL', 'itemId', 'order-detail-en', 1],
  ['DETAIL', 'itemSku', 'order-detail-en', 1],
  ['DETAIL', 'itemQuantity', 'order-detail-en', 1],
  ['DETAIL', 'itemPrice', 'order-detail-en', 1],
  ['DETAIL', 'itemTotal', 'order-detail-en', 1],
  ['DETAIL', 'buyerPaid', 'order-detail-en', 1],
  ['DETAIL', 'status', 'order-detail-en', 1],
  ['DETAIL', 'tracking', 'order-detail-shipped-case-open', 1],
  ['DETAIL', 'addressLine', 'order-detail-de', 6],
  ['DETAIL', 'notice', 'order-detail-cancel-requested', 1],
  ['CANCELS', 'request', 'cancellations-list', 1],
  ['MESSAGE', 'box', 'message-frame', 1],
];

describe('eBay selectors, each proven by a fixture', () => {
  it.each(PROOFS)('%s.%s finds %s × %i', (group, key, name, count) => {
    const selector = (selectors[group] as Record<string, unknown>)[key];
    expect(typeof selector, `${group}.${key}`).toBe('string');
    expect(parse(ebayFixture(name).html()).querySelectorAll(selector as string)).toHaveLength(count);
  });

  it('every selector has its proof', () => {
    const named = (['LIST', 'DETAIL', 'CANCELS', 'MESSAGE'] as const).flatMap((g) =>
      Object.entries(selectors[g])
        .filter(([, s]) => typeof s === 'string')
        .map(([k]) => `${g}.${k}`),
    );
    expect(new Set(PROOFS.map(([g, k]) => `${g}.${k}`))).toEqual(new Set(named));
  });

  it("the row id's pattern gives the order number the row is about", () => {
    const row = parse(ebayFixture('order-list-en').html()).querySelector(selectors.LIST.row)!;
    expect(selectors.LIST.rowId.exec(row.id)?.[1]).toBe('12-15259-90368');
  });
});
