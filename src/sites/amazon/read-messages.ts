// Buyer-message pages: where a draft can be inserted, and for which order.
import type { PageReading } from '../../core/types';
import { amazonMarketplace } from './detect';
import { MESSAGES } from './selectors';

export function readAmazonMessages(doc: Document, url: URL): PageReading {
  const orderId = url.searchParams.get('orderID') ?? url.searchParams.get('ss') ?? undefined;
  return {
    ok: true,
    platform: 'amazon',
    page: 'messages',
    marketplace: amazonMarketplace(url),
    url: url.href,
    orders: [],
    metrics: [],
    focusOrderId: orderId && /^\d{3}-\d{7}-\d{7}$/.test(orderId) ? orderId : undefined,
    hasMessageBox: doc.querySelector(MESSAGES.box) !== null,
  };
}
