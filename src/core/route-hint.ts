// The one line that tells the seller which route protects the account, from the rulebook alone.
import { flowOf } from './platform-words';
import type { Rulebook } from './rulebooks';
import { said, type Said } from './said';

export function routeHint(book: Rulebook): Said | undefined {
  // No flow of the buyer's own (Etsy: only the seller cancels): there is no route to point to.
  if (!book.buyerCancelFlow) return undefined;
  switch (book.askBuyerToCancel) {
    case 'never':
      return said('hint.never-ask', { platform: book.displayName, reason: book.reasonCodes.buyerRequested });
    case 'not-when-out-of-stock':
      return said('hint.ask-not-out-of-stock', { flow: flowOf(book), reason: book.reasonCodes.outOfStock });
    default:
      return said('hint.ask', { flow: flowOf(book) });
  }
}
