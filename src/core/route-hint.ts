// The one line that tells the seller which route protects the account, from the rulebook alone.
import { flowOf } from './platform-words';
import type { Rulebook } from './rulebooks';
import { said, type Said } from './said';

export function routeHint(book: Rulebook): Said | undefined {
  const route = book.buyerCancelRoute;
  const platform = book.displayName;
  const { buyerRequested, outOfStock } = book.reasonCodes;
  switch (route.kind) {
    // Only the seller cancels (Etsy): there is no route to point to.
    case 'seller-only':
      return undefined;
    case 'seller-cancels-with-proof':
      return said('hint.never-ask', { platform, reason: buyerRequested.code });
    case 'seller-cancels-uncounted':
      return said('hint.buyer-reason', { reason: buyerRequested.code, oos: outOfStock.code });
    case 'explain-first':
      return said('hint.explain-first', { platform });
    case 'buyer-flow':
      return book.askBuyerToCancel === 'not-when-out-of-stock'
        ? said('hint.ask-not-out-of-stock', { flow: flowOf(book), reason: outOfStock.code })
        : said('hint.ask', { flow: flowOf(book) });
  }
}
