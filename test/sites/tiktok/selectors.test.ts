// Every TikTok selector is proven by a fixture: it finds what its comment says, on the page variant
// it names, as many times as that page shows it.
import { describe, expect, it } from 'vitest';
import { CHAT, DETAIL, LIST } from '../../../src/sites/tiktok/selectors';
import { tiktokFixture } from '../../fixtures/tiktok';
import { renderedDoc } from '../../fixtures/tiktok/render';
import { BR_SAMPLES } from '../../fixtures/tiktok/order-samples-br-th';
import { US_SAMPLES } from '../../fixtures/tiktok/order-samples';

const page = (name: string) => () => renderedDoc(tiktokFixture(name).html());
const usList = page('order-list-us-dom-only');
const brList = page('order-list-br-dom-only');
const [US, BR] = [US_SAMPLES.length, BR_SAMPLES.length];

const PROOFS: [string, string, () => Document, number][] = [
  ['LIST.orderRow', LIST.orderRow, usList, US],
  ['LIST.orderRow', LIST.orderRow, brList, BR],
  ['LIST.orderId', LIST.orderId, usList, US],
  ['LIST.orderId', LIST.orderId, brList, BR],
  ['LIST.detailLink', LIST.detailLink, brList, BR],
  ['LIST.rowOfOrder', LIST.rowOfOrder, usList, US],
  // A buyer and two clamped lines (title, SKU) per US order; none in Brazil's rows.
  ['LIST.clamped', LIST.clamped, usList, 3 * US],
  ['LIST.clamped', LIST.clamped, brList, 0],
  ['LIST.loggedClick', LIST.loggedClick, brList, 2 * BR],
  ['DETAIL.orderId', DETAIL.orderId, page('order-detail-us'), 1],
  ['CHAT.sendButton', CHAT.sendButton, page('chat-us'), 1],
  // The composer and the conversation search.
  ['CHAT.editable', CHAT.editable, page('chat-us'), 2],
];

describe('TikTok selectors', () => {
  it.each(PROOFS)('%s (%s) finds %#', (_, selector, doc, count) => {
    expect(doc().querySelectorAll(selector)).toHaveLength(count);
  });
});
