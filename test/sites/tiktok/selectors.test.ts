// Every TikTok selector is proven by a fixture: it finds what its comment says, on the page variant
// it names, as many times as that page shows it.
import { describe, expect, it } from 'vitest';
import { CHAT, DETAIL, LIST } from '../../../src/sites/tiktok/selectors';
import { tiktokFixture } from '../../fixtures/tiktok';
import { renderedDoc } from '../../fixtures/tiktok/render';

const page = (name: string) => () => renderedDoc(tiktokFixture(name).html());
const usList = page('order-list-us-dom-only');
const brList = page('order-list-br-dom-only');

const PROOFS: [string, string, () => Document, number][] = [
  ['LIST.orderRow', LIST.orderRow, usList, 7],
  ['LIST.orderRow', LIST.orderRow, brList, 4],
  ['LIST.orderId', LIST.orderId, usList, 7],
  ['LIST.orderId', LIST.orderId, brList, 4],
  ['LIST.detailLink', LIST.detailLink, brList, 4],
  ['LIST.rowOfOrder', LIST.rowOfOrder, usList, 7],
  // A buyer and two clamped lines (title, SKU) per US order; none in Brazil's rows.
  ['LIST.clamped', LIST.clamped, usList, 21],
  ['LIST.clamped', LIST.clamped, brList, 0],
  ['LIST.loggedClick', LIST.loggedClick, brList, 8],
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
