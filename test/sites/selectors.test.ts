// Every named selector is proven by a fixture (refined-github's selector + count + page pairing,
// on saved pages instead of live ones).
import { describe, expect, it } from 'vitest';
import * as aeSelectors from '../../src/sites/aliexpress/selectors';
import * as amazonSelectors from '../../src/sites/amazon/selectors';
import * as etsySelectors from '../../src/sites/etsy/selectors';
import { aeListHtml, SAMPLE_ZH } from '../fixtures/aliexpress/order-list-builder';
import { LABELS, manyRows, orderListHtml } from '../fixtures/amazon/order-list-builder';
import { fixture, parse } from '../helpers/fixtures';

type Proof = [group: string, key: string, page: () => Document, count: number];

const amazonList = () => fixture('amazon/order-list-en.html');
const amazonDetail = () => fixture('amazon/order-detail-en.html');
const health = () => fixture('amazon/account-health-en.html');
const aeList = () => parse(aeListHtml(SAMPLE_ZH));
const aeDetail = () => fixture('aliexpress/order-detail-zh.html');

const PROOFS: Proof[] = [
  ['amazon.LIST', 'table', amazonList, 1],
  ['amazon.LIST', 'totalHeading', amazonList, 1],
  ['amazon.LIST', 'row', amazonList, 4],
  ['amazon.LIST', 'orderCell', amazonList, 4],
  ['amazon.LIST', 'orderLink', amazonList, 4],
  ['amazon.LIST', 'buyer', amazonList, 4],
  ['amazon.LIST', 'relativeDate', amazonList, 12],
  ['amazon.LIST', 'productBlock', amazonList, 4],
  ['amazon.LIST', 'mainStatus', amazonList, 4],
  ['amazon.LIST', 'cellBody', amazonList, 12],
  ['amazon.LIST', 'buyerCancel', amazonList, 1],
  ['amazon.LIST', 'rowTick', amazonList, 4],
  ['amazon.LIST', 'row', () => parse(orderListHtml(manyRows(3), LABELS.de)), 3],
  ['amazon.DETAIL', 'orderId', amazonDetail, 1],
  ['amazon.DETAIL', 'purchaseDate', amazonDetail, 1],
  ['amazon.DETAIL', 'shipBy', amazonDetail, 1],
  ['amazon.DETAIL', 'deliverBy', amazonDetail, 1],
  ['amazon.DETAIL', 'fulfilment', amazonDetail, 1],
  ['amazon.DETAIL', 'buyer', amazonDetail, 1],
  ['amazon.DETAIL', 'itemsRow', amazonDetail, 1],
  ['amazon.DETAIL', 'itemStatus', amazonDetail, 1],
  ['amazon.DETAIL', 'itemTitle', amazonDetail, 1],
  ['amazon.DETAIL', 'itemCodes', amazonDetail, 2],
  ['amazon.DETAIL', 'quantityHeading', amazonDetail, 1],
  ['amazon.DETAIL', 'buyerCancel', amazonDetail, 1],
  ['amazon.DETAIL', 'address', amazonDetail, 1],
  ['amazon.DETAIL', 'itemsRow', () => fixture('amazon/order-detail-ja.html'), 1],
  ['amazon.HEALTH', 'cancellationRow', health, 1],
  ['amazon.HEALTH', 'lateShipmentRow', health, 1],
  ['amazon.HEALTH', 'validTrackingRow', health, 1],
  ['amazon.MESSAGES', 'box', () => fixture('amazon/messages-contact.html'), 1],
  ['etsy.ETSY', 'listRow', () => fixture('etsy/sold-orders-dom-only.html'), 2],
  ['etsy.ETSY', 'rowOrderId', () => fixture('etsy/sold-orders-dom-only.html'), 2],
  ['etsy.ETSY', 'emptyList', () => fixture('etsy/sold-orders-empty.html'), 1],
  ['etsy.ETSY', 'messageBox', () => parse('<div class="convo-composer"><textarea></textarea></div>'), 1],
  ['aliexpress.NEW_LIST', 'order', aeList, 3],
  ['aliexpress.NEW_LIST', 'orderId', aeList, 3],
  ['aliexpress.NEW_LIST', 'headerValue', aeList, 3],
  ['aliexpress.NEW_LIST', 'buyer', aeList, 3],
  ['aliexpress.NEW_LIST', 'itemTitle', aeList, 3],
  ['aliexpress.NEW_LIST', 'skuValue', aeList, 6],
  ['aliexpress.NEW_LIST', 'unitFee', aeList, 3],
  ['aliexpress.NEW_LIST', 'total', aeList, 3],
  ['aliexpress.NEW_LIST', 'status', aeList, 3],
  ['aliexpress.NEW_LIST', 'empty', () => parse(aeListHtml([])), 1],
  ['aliexpress.LEGACY_LIST', 'order', () => fixture('aliexpress/order-list-legacy.html'), 2],
  ['aliexpress.LEGACY_LIST', 'orderId', () => fixture('aliexpress/order-list-legacy.html'), 2],
  ['aliexpress.LEGACY_LIST', 'buyer', () => fixture('aliexpress/order-list-legacy.html'), 2],
  ['aliexpress.DETAIL', 'status', aeDetail, 1],
  ['aliexpress.DETAIL', 'itemTitle', aeDetail, 1],
  ['aliexpress.DETAIL', 'addressItem', aeDetail, 2],
  ['aliexpress.DETAIL', 'addressLabel', aeDetail, 2],
  ['aliexpress.DETAIL', 'addressValue', aeDetail, 2],
  [
    'aliexpress.DETAIL',
    'legacyItems',
    () => parse('<div class="parent-tradeOrderItemsTable"><div class="next-table-row"></div></div>'),
    1,
  ],
  ['aliexpress.DETAIL', 'messageBox', () => parse('<div class="im-editor"><textarea></textarea></div>'), 1],
];

const GROUPS: Record<string, Record<string, string>> = {
  'amazon.LIST': amazonSelectors.LIST,
  'amazon.DETAIL': amazonSelectors.DETAIL,
  'amazon.HEALTH': amazonSelectors.HEALTH,
  'amazon.MESSAGES': amazonSelectors.MESSAGES,
  'etsy.ETSY': etsySelectors.ETSY,
  'aliexpress.NEW_LIST': aeSelectors.NEW_LIST,
  'aliexpress.LEGACY_LIST': aeSelectors.LEGACY_LIST,
  'aliexpress.DETAIL': aeSelectors.DETAIL,
};

describe('selectors', () => {
  it.each(PROOFS)('%s.%s matches the fixture', (group, key, page, count) => {
    const selector = GROUPS[group]![key]!;
    expect(page().querySelectorAll(selector)).toHaveLength(count);
  });

  it('every selector has at least one proof (class names excepted)', () => {
    for (const [group, selectors] of Object.entries(GROUPS)) {
      for (const key of Object.keys(selectors)) {
        if (key.endsWith('Class')) continue;
        expect(
          PROOFS.some(([g, k]) => g === group && k === key),
          `${group}.${key} has no fixture proof`,
        ).toBe(true);
      }
    }
  });

  it('no selector relies on positions or hashed class suffixes', () => {
    for (const selectors of Object.values(GROUPS)) {
      for (const selector of Object.values(selectors)) {
        expect(selector).not.toMatch(/nth-(child|of-type)/);
        // CSS modules name classes block--name--hash: the third part is the hash.
        expect(selector).not.toMatch(/\w+--\w+--\w+/);
      }
    }
  });
});
