// Every named Mercado Libre selector is proven by a fixture: selector, page, how many it finds.
import { describe, expect, it } from 'vitest';
import { CHAT, SALES } from '../../../src/sites/mercadolibre/selectors';
import { NORDIC_SCRIPT } from '../../../src/sites/mercadolibre/nordic-state';
import { mercadoLibreFixture } from '../../fixtures/mercadolibre';
import { parse } from '../../helpers/fixtures';

const page = (name: string) => () => parse(mercadoLibreFixture(name).html());
const PROOFS: [string, string, () => Document, number][] = [
  ['SALES.list', SALES.list, page('sales-list-br'), 1],
  ['SALES.row', SALES.row, page('sales-list-br'), 4],
  ['SALES.row', SALES.row, page('sales-list-mx'), 3],
  ['SALES.packId', SALES.packId, page('sales-list-br'), 4],
  ['SALES.date', SALES.date, page('sales-list-br'), 4],
  ['SALES.reputation', SALES.reputation, page('sales-list-br'), 3],
  ['SALES.buyerName', SALES.buyerName, page('sales-list-br'), 4],
  ['SALES.buyerNickname', SALES.buyerNickname, page('sales-list-br'), 4],
  ['SALES.product', SALES.product, page('sales-list-br'), 4],
  ['SALES.productTitle', `${SALES.product} ${SALES.productTitle}`, page('sales-list-br'), 4],
  ['SALES.quantity', SALES.quantity, page('sales-list-br'), 4],
  ['SALES.sku', SALES.sku, page('sales-list-br'), 4],
  ['SALES.note', SALES.note, page('sales-list-br'), 1],
  ['SALES.empty', SALES.empty, page('sales-list-empty'), 1],
  ['CHAT.box', CHAT.box, page('chat-mx-open'), 1],
  ['CHAT.boxByPlaceholder', CHAT.boxByPlaceholder, page('chat-mx-open'), 1],
  ['CHAT.reasonPicker', CHAT.reasonPicker, page('chat-mx-reason-picker'), 1],
  ['CHAT.blocked', CHAT.blocked, page('chat-mx-blocked'), 1],
  ['NORDIC_SCRIPT', NORDIC_SCRIPT, page('reputation-br-leader'), 1],
  ['NORDIC_SCRIPT', NORDIC_SCRIPT, page('sale-detail-br'), 1],
];

describe('Mercado Libre selectors, each proven by a fixture', () => {
  it.each(PROOFS)('%s finds %s on its page', (_, selector, doc, count) => {
    expect(doc().querySelectorAll(selector)).toHaveLength(count);
  });
});
