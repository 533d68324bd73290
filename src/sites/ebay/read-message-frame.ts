// The message-buyer compose view, an iframe on the order page (/cnt/ViewMessage/getConversation):
// whether it offers one box a draft can go into, and for which order. Nothing else is read here:
// the conversation is the buyer's own words.
import type { PageReading } from '../../core/types';
import { isShown } from '../visible-text';
import { EBAY_ORDER_ID } from './detect';
import { ebayMarketplaceOf } from './marketplaces';
import { MESSAGE } from './selectors';

/** The one compose box the seller can see; none when there is none, or more than one to choose from. */
export function composeBox(doc: Document): Element | undefined {
  const boxes = [...doc.querySelectorAll(MESSAGE.box)].filter((b) => doc.body && isShown(b, doc.body));
  return boxes.length === 1 ? boxes[0] : undefined;
}

export function readEbayMessageFrame(doc: Document, url: URL): PageReading {
  const orderId = url.searchParams.get('orderId') ?? url.searchParams.get('orderid') ?? '';
  return {
    ok: true,
    platform: 'ebay',
    page: 'messages',
    marketplace: ebayMarketplaceOf(url)?.code ?? 'US',
    url: url.href,
    orders: [],
    metrics: [],
    focusOrderId: EBAY_ORDER_ID.test(orderId) ? orderId : undefined,
    hasMessageBox: composeBox(doc) !== undefined,
  };
}
