// Which actions fit a situation, in order of preference, before the platform's prohibitions are
// applied (see advisor.ts). Each entry says why in one line the seller reads.
import { ruleById, type Rulebook } from '../rulebooks';
import type { TemplateId } from '../drafts/template-types';
import type { ActionKind, Situation } from './types';

export interface Candidate {
  kind: ActionKind;
  why: string;
  ruleId?: string;
  reasonCode?: string;
  templates?: TemplateId[];
}

const isOpen = (s: Situation) =>
  s.order.status === 'unpaid' || s.order.status === 'unshipped' || s.order.status === 'unknown';

function buyerWantsOut(s: Situation, book: Rulebook): Candidate[] {
  const buyerReason = book.reasonCodes.buyerRequested;
  const flow = book.buyerCancelFlow?.name ?? "the platform's cancellation request";
  if (s.askedVia === 'platform-request') {
    return [
      {
        kind: 'confirm-buyer-cancellation',
        reasonCode: buyerReason,
        why: `The buyer asked through ${flow}: cancel with reason ${buyerReason}.`,
        templates: ['cancellation-confirmed'],
      },
    ];
  }
  const ask: Candidate = {
    kind: 'ask-buyer-to-request-cancellation',
    why: `Ask the buyer to use ${flow}; a cancellation they request there does not count against you.`,
    ruleId: book.platform === 'amazon' ? 'amazon.cr.message-request-counts' : book.buyerCancelFlow?.ruleId,
    templates: ['ask-request-cancellation'],
  };
  const cancel: Candidate = {
    kind: 'cancel',
    reasonCode: buyerReason,
    why: `Cancel yourself with reason ${buyerReason}.`,
    templates: ['cancellation-confirmed'],
  };
  if (book.platform === 'tiktok') {
    return [
      {
        ...cancel,
        why: "TikTok forbids asking the buyer to cancel: cancel with the buyer's reason and keep the chat as proof.",
        ruleId: 'tiktok.no-ask',
      },
      {
        kind: 'gather-evidence',
        why: 'Keep the chat where the buyer asked: TikTok wants it to treat the cancellation as buyer-requested.',
        ruleId: 'tiktok.sfcr.excluded',
      },
    ];
  }
  if (book.platform === 'ebay')
    return [
      {
        ...cancel,
        why: 'Cancel with reason BuyerCancelOrder: eBay does not count a buyer-requested cancellation.',
        ruleId: 'ebay.cancel.buyer-reason',
      },
      ask,
    ];
  if (book.platform === 'etsy')
    return [
      {
        ...cancel,
        why: 'Only the seller can cancel on Etsy: cancel with "buyer requested", full refund.',
        ruleId: 'etsy.cancel.reasons',
      },
    ];
  if (s.reason === 'duplicate-order' && s.askedVia === 'seller') {
    return [
      {
        kind: 'contact-buyer',
        why: 'Check with the buyer before touching anything: were the repeated orders intended?',
        templates: ['duplicate-check'],
      },
      ask,
      cancel,
    ];
  }
  return [ask, cancel];
}

function openOrder(s: Situation, book: Rulebook): Candidate[] {
  switch (s.reason) {
    case 'out-of-stock':
      return [
        {
          kind: 'cancel',
          reasonCode: book.reasonCodes.outOfStock,
          why: `Cancel it yourself with reason ${book.reasonCodes.outOfStock} and tell the buyer; it counts, but the buyer must not be asked to cancel.`,
          ruleId:
            book.platform === 'amazon' ? 'amazon.oos.no-ask' : book.platform === 'tiktok' ? 'tiktok.no-ask' : undefined,
          templates: ['out-of-stock-cancelled'],
        },
        {
          kind: 'replacement',
          why: 'If a similar item is in stock, offer it to the buyer before cancelling: a sale kept is a cancellation avoided.',
          templates: ['replacement-offer'],
        },
      ];
    case 'address-change':
      return book.platform === 'amazon'
        ? [
            {
              kind: 'ship-to-order-address',
              why: 'Amazon protects only shipments to the order address; a new address means a new order.',
              ruleId: 'amazon.cr.buyer-request-free',
              templates: ['address-cannot-change'],
            },
            {
              kind: 'ask-buyer-to-request-cancellation',
              why: 'If the buyer needs another address, they request cancellation and order again: it does not count.',
              ruleId: 'amazon.cr.buyer-request-free',
              templates: ['ask-request-cancellation'],
            },
          ]
        : [
            {
              kind: 'update-address',
              why: "Not shipped yet: have the buyer confirm the new address in the platform's messages, then update it before shipping.",
              templates: ['address-update-confirm'],
            },
            {
              kind: 'ship-to-order-address',
              why: 'If the change cannot be recorded on the order, ship to the address on the order.',
            },
          ];
    case 'payment-problem':
      return book.platform === 'etsy'
        ? [
            {
              kind: 'contact-buyer',
              why: 'Remind the buyer to pay before cancelling.',
              templates: ['payment-reminder'],
            },
            {
              kind: 'cancel',
              reasonCode: 'buyer-not-paid',
              why: 'Cancel with "buyer did not pay" once the time you gave has passed.',
              ruleId: 'etsy.cancel.reasons',
            },
          ]
        : [
            {
              kind: 'contact-buyer',
              why: 'The platform holds unpaid orders and cancels them itself; do not cancel it yourself.',
              templates: ['payment-reminder'],
            },
          ];
    case 'suspected-fraud':
      return [
        { kind: 'gather-evidence', why: 'Do not ship yet: keep the order details, messages and any mismatch you saw.' },
        {
          kind: 'escalate-to-platform',
          why: `Report it to ${book.displayName}; their team can cancel without it counting against you.`,
          ruleId: book.escalation.ruleId,
        },
      ];
    default:
      return buyerWantsOut(s, book);
  }
}

function shippedOrder(
  s: Situation,
  book: Rulebook,
  policy: { returnWindowDays: number; offersStoreCredit: boolean },
): Candidate[] {
  const delivered = s.order.status === 'delivered';
  const refundFirst =
    book.platform === 'amazon'
      ? 'amazon.odr.refund-before-claim'
      : book.platform === 'mercadolibre'
        ? 'mercadolibre.claims.2-days'
        : undefined;
  const escalate: Candidate = {
    kind: 'escalate-to-platform',
    why: `A ${book.escalation.name} is open: answer it there with your evidence, within its deadline.`,
    ruleId: book.escalation.ruleId,
  };
  switch (s.reason) {
    case 'not-received':
      if (s.claimOpen)
        return [{ kind: 'gather-evidence', why: "Collect tracking, the carrier's scans and your messages." }, escalate];
      if (!s.order.deliveryDatePassed)
        return [
          {
            kind: 'provide-tracking',
            why: 'The delivery date has not passed: share tracking and reassure the buyer.',
            templates: ['tracking-update'],
          },
        ];
      return [
        {
          kind: 'refund',
          why: 'The delivery date has passed: refund (or reship) before the buyer files a claim; a claim refunded afterwards still counts.',
          ruleId: refundFirst,
          templates: ['refund-issued'],
        },
        {
          kind: 'replacement',
          why: 'Or send a replacement if the buyer still wants the item.',
          templates: ['replacement-offer'],
        },
        {
          kind: 'provide-tracking',
          why: 'Share what the carrier shows, so the buyer knows where it is.',
          templates: ['tracking-update'],
        },
      ];
    case 'damaged':
    case 'not-as-described':
      if (s.claimOpen)
        return [{ kind: 'gather-evidence', why: 'Ask for photos; keep listing screenshots and messages.' }, escalate];
      return [
        {
          kind: 'replacement',
          why: 'Send a replacement: the buyer gets what they paid for and nothing escalates.',
          templates: ['replacement-offer'],
        },
        {
          kind: 'refund',
          why: 'Or refund now, before a claim is filed.',
          ruleId: refundFirst,
          templates: ['refund-issued'],
        },
        { kind: 'partial-refund', why: 'If the buyer is happy to keep it, a partial refund settles it.' },
        { kind: 'gather-evidence', why: 'Ask for a photo of the damage or difference.', templates: ['ask-photos'] },
      ];
    case 'address-change':
      return [
        { kind: 'intercept-shipment', why: 'Already shipped: ask the carrier to redirect or return the parcel.' },
      ];
    case 'suspected-fraud':
      return [{ kind: 'gather-evidence', why: 'Keep tracking and delivery proof.' }, escalate];
    default: {
      const late =
        delivered && s.order.daysSinceDelivery !== undefined && s.order.daysSinceDelivery > policy.returnWindowDays;
      const cancelRule = book.platform === 'amazon' ? 'amazon.cancel-vs-refund' : undefined;
      if (late) {
        return [
          {
            kind: 'decline-cancellation',
            why: `It was delivered over ${policy.returnWindowDays} days ago, outside your return window: decline politely and say why.`,
            templates: ['decline-politely'],
          },
          ...(policy.offersStoreCredit
            ? [
                {
                  kind: 'store-credit' as const,
                  why: 'Your shop offers store credit: a goodwill gesture that keeps the buyer.',
                },
              ]
            : []),
        ];
      }
      return [
        {
          kind: 'offer-return',
          why: 'It has shipped, so it can no longer be cancelled: offer a return under your policy.',
          ruleId: cancelRule,
          templates: ['offer-return'],
        },
        ...(!delivered
          ? [{ kind: 'intercept-shipment' as const, why: 'Or have the carrier return it to you before delivery.' }]
          : []),
        {
          kind: 'decline-cancellation',
          why: 'Explain kindly that shipped orders are returned, not cancelled.',
          ruleId: cancelRule,
          templates: ['decline-politely'],
        },
      ];
    }
  }
}

/** The order is over: where the platform permits it, one neutral question about why, to learn from. */
function cancelledOrder(book: Rulebook): Candidate[] {
  const { allowed, ruleId } = book.followUpAfterCancel;
  if (!allowed) return [];
  return [
    {
      kind: 'ask-why-cancelled',
      ruleId,
      templates: ['ask-why-cancelled'],
      why: 'The order is closed. One short, neutral question about why the buyer cancelled helps you fix the cause; no review request, and only once.',
    },
  ];
}

export function candidatesFor(
  s: Situation,
  book: Rulebook,
  policy: { returnWindowDays: number; offersStoreCredit: boolean },
): Candidate[] {
  if (s.order.status === 'cancelled') return cancelledOrder(book);
  const list = isOpen(s) ? openOrder(s, book) : shippedOrder(s, book, policy);
  // Fail loudly in tests if a candidate cites a rule its rulebook lacks.
  for (const c of list) if (c.ruleId) ruleById(book, c.ruleId);
  return list;
}
