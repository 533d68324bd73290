// The one line that tells the seller which route protects the account, from the rulebook alone.
import type { Rulebook } from './rulebooks';

export function routeHint(book: Rulebook): string | undefined {
  const flow = book.buyerCancelFlow?.name;
  switch (book.askBuyerToCancel) {
    case 'never':
      return book.platform === 'etsy'
        ? undefined
        : `${book.displayName} forbids asking the buyer to cancel: if they ask, cancel with reason ${book.reasonCodes.buyerRequested} and keep the chat.`;
    case 'not-when-out-of-stock':
      return flow
        ? `If the buyer wants to cancel, ask them to use ${flow}: then it does not count. Never for an out-of-stock order: cancel that yourself with reason ${book.reasonCodes.outOfStock}.`
        : undefined;
    default:
      return flow ? `If the buyer wants to cancel, ask them to use ${flow}.` : undefined;
  }
}
