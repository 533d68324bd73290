// Every sentence a seller reads, in English: the reference the other locales are typed against
// (a key missing from any of them does not compile). Placeholders: see ../message.ts.
// `npm run locales` writes what the browser itself shows (name, description) to public/_locales.
import type { Messages } from '../message';
import { bannerEn } from './banner/en';
import { firstRunEn } from './first-run/en';

export const en = {
  // The banner's manners and ticked orders, and the first minute (welcome, site access, privacy, stores).
  ...bannerEn,
  ...firstRunEn,
  // The extension itself: the browser's extension list and the toolbar button.
  extName: 'Seller Guard',
  extDescription:
    'Warns marketplace sellers before a cancellation hurts their account, and suggests the route that does not.',
  actionTitle: "Seller Guard: this order's risk and replies",

  // Levels beside the figures, in the banner and the popup.
  'level.ok': 'OK',
  'level.near': 'Close to the limit',
  'level.over': 'Over the limit',
  'level.unknown': 'No figure yet',
  'level.none': 'No cancellation limit',

  // The in-page banner.
  'banner.reading': 'Reading this page…',
  'banner.open-popup': 'Replies & actions…',
  'banner.failed': "Seller Guard couldn't read this page, so it shows no numbers here.",
  'banner.not-saved': 'Seller Guard read this page but could not keep it, so it shows no figures.',
  'banner.no-answer': 'Its background did not answer; reload the page to try again.',
  'banner.counts-for-reputation': 'Counts against your reputation',
  'banner.thread-empty':
    'No message in this conversation yet: Mercado Libre lets you start it only by choosing a reason, so “Insert into the page” waits for a message box.',
  'banner.thread-blocked':
    'This conversation takes no new messages (30 days without one, or blocked by the buyer), so “Insert into the page” is off.',
  'storage.full':
    "This computer's storage for Seller Guard is full. Free some disk space, or delete old records in Seller Guard's options.",
  'storage.failed': 'Saving failed; the next change of the page tries again.',

  // Why a page could not be read (the readers' codes).
  'read-failure.layout-unknown': "This page's layout is not one Seller Guard knows yet.",
  'read-failure.figure-missing': 'The figure Seller Guard looks for is not on this page.',
  'read-failure.figures-disagree': "The page's figures disagree with each other, so none is shown.",
  'read-failure.status-unknown': "An order's status is not one Seller Guard knows.",
  'read-failure.id-invalid': "An order number does not look like this platform's.",
  'read-failure.order-mismatch': 'The order shown is not the one in the address bar.',
  'read-failure.rows-unreadable': 'The order rows could not be read.',
  'read-failure.page-data-invalid': "The page's own data is not in the form Seller Guard expects.",
  'read-failure.reader-error': 'Reading this page stopped on an error.',
  'read-failure.page-not-ready':
    'This page is still building its figures; Seller Guard waited and they did not appear.',

  // The platforms' own names for their metrics, flows and claims.
  'metric.cancellation-rate': 'Cancellation rate',
  'metric.transaction-defect-rate': 'Transaction defect rate',
  'metric.cancelled-by-you': 'Cancelled by you',
  'metric.seller-fault-cancellation-rate': 'Seller-fault cancellation rate',
  'metric-inline.cancellation-rate': 'cancellation rate',
  'metric-inline.transaction-defect-rate': 'transaction defect rate',
  'metric-inline.cancelled-by-you': '"cancelled by you" rate',
  'metric-inline.seller-fault-cancellation-rate': 'seller-fault cancellation rate',
  'effect-metric.cancellations': 'Cancellations',
  'effect-metric.claims': 'Claims',
  'effect-metric.listing': 'Listing',
  'flow.generic': "the platform's cancellation request",
  'flow.amazon': 'Your Orders › Request cancellation',
  'flow.ebay': 'Purchase history › Cancel this order',
  'flow.aliexpress': 'Order › Request cancellation',
  'flow.mercadolibre': 'Mis compras › Cancelar compra',
  'flow.tiktok': 'Order › Cancel order',
  'escalation.amazon': 'A-to-z Guarantee claim',
  'escalation.etsy': 'Etsy case',
  'escalation.aliexpress': 'AliExpress dispute',
  'escalation.ebay': 'eBay Money Back Guarantee case',
  'escalation.mercadolibre': 'Mercado Libre mediation',
  'escalation.tiktok': 'TikTok Shop appeal',

  // The guard: where the seller stands.
  'guard.headline': '{metric} {rate, percent} ({counted} of {total}), limit {limit, percent} over {days} days.',
  'guard.headline-rate': '{metric} {rate, percent}, limit {limit, percent} over {days} days.',
  'guard.no-figure-platform': '{platform}: no figure yet.',
  'guard.no-rate': 'No rate to project.',
  'guard.no-figure':
    "No {metric} figure yet: open the account health page so Seller Guard can read the platform's own figure.",
  'guard.few-orders': {
    plural: 'seen',
    one: "No {metric} figure yet (only {seen} order of the last {days} days seen): open the account health page so Seller Guard can read the platform's own figure.",
    other:
      "No {metric} figure yet (only {seen} orders of the last {days} days seen): open the account health page so Seller Guard can read the platform's own figure.",
  },
  'guard.cannot-compute': "Can't compute the rate: {why}.",
  'guard.rate-only': 'The platform showed the rate without its order counts, so projections are not possible.',
  'guard.no-metric.etsy':
    'Etsy publishes no cancellation-rate limit; cancellations weigh through reviews, cases and the customer-service standards.',
  'guard.no-metric.aliexpress':
    'AliExpress publishes no numeric non-fulfilment threshold; seller-fault cancellations still count as "not sold" over 7 and 30 days.',
  'guard.headroom-none': 'No more seller cancellations fit under {limit, percent} this window.',
  'guard.headroom': {
    plural: 'left',
    one: '{left} more seller cancellation fits under {limit, percent} this window.',
    other: '{left} more seller cancellations fit under {limit, percent} this window.',
  },
  'guard.small-shop': 'With {total} orders in the window, one seller cancellation is {one, percent} on its own.',
  'guard.relief': 'The oldest counted cancellation we saw leaves the window on {at, date}.',
  'guard.observed-only': "Based only on the orders seen here; open Account Health for the platform's own figure.",
  'guard.other-window': 'Over {days} days: {rate, percent} (limit {limit, percent}).',
  'guard.other-window-unknown': 'Over {days} days: no figure yet.',
  'guard.window-unverified': 'The platform does not state this {days}-day window; it comes from third-party reports.',
  'guard.shipped': 'Already shipped: not delivering it now is a refund or return, not a cancellation.',
  'guard.buyer-request-free':
    "This buyer used {platform}'s cancellation request: cancelling with reason {reason} will not count.",
  'guard.consecutive': {
    plural: 'recent',
    one: 'You already cancelled {recent} order yourself in the last {days} days: {count} seller cancellations in a row may get the offer removed.',
    other:
      'You already cancelled {recent} orders yourself in the last {days} days: {count} seller cancellations in a row may get the offer removed.',
  },
  'guard.self-cancel': {
    plural: 'left',
    one: 'For {left} more minute the buyer can still cancel this order alone in {flow}, and that does not count ({sure}).',
    other:
      'For {left} more minutes the buyer can still cancel this order alone in {flow}, and that does not count ({sure}).',
  },
  'guard.answer-request': "Answer the buyer's request {within} ({sure}).",
  'guard.repeat-buyer': {
    plural: 'count',
    one: 'This buyer has {count} other order that was cancelled, refunded or disputed.',
    other: 'This buyer has {count} other orders that were cancelled, refunded or disputed.',
  },
  'projection.over':
    'Cancel this order yourself: {from, percent} → {to, percent} (over {limit, percent} at {counted} of {total})',
  'projection.under': 'Cancel this order yourself: {from, percent} → {to, percent} (still under {limit, percent})',
  'count.platform-fulfilled': 'Orders the platform fulfils are outside the {metric}.',
  'count.asked-via-platform':
    "The buyer asked through {platform}'s own request: cancelling with reason {reason} does not count.",
  'count.asked-via-message': 'The buyer asked through a message: cancelling with reason {reason} does not count.',
  'count.buyer-reason-misused': 'Reason {reason} without a buyer request on record still counts.',
  'count.message-only': "A request made only by message is not the platform's own flow: this cancellation counts.",
  'count.seller': 'A seller cancellation counts against the {metric}.',
  'hint.never-ask':
    '{platform} forbids asking the buyer to cancel: if they ask, cancel with reason {reason} and keep the chat.',
  'hint.ask-not-out-of-stock':
    'If the buyer wants to cancel, ask them to use {flow}: then it does not count. Never for an out-of-stock order: cancel that yourself with reason {reason}.',
  'hint.ask': 'If the buyer wants to cancel, ask them to use {flow}.',
  'input.no-time': 'no valid current time',
  'input.unknown-platform': 'unknown platform {platform}',
  'input.rate-not-percent': 'the rate {rate} is not a percentage',
  'input.counts-not-whole': 'the order counts are not whole numbers',
  'input.counted-over-total': '{counted} of {total} is more than all orders',
  'input.snapshot-no-time': 'the figure has no valid reading time',
  'input.margin-range': 'the warning margin must lie between 0 and 100% of the limit',
  'input.threshold-range': 'the limit you set must be a percentage above 0',
  'input.window-range': 'the window you set must be whole days between 1 and 400',
  'duplicate.summary': {
    plural: 'count',
    one: '{count} order on this page looks like a duplicate; it is marked in the list.',
    other: '{count} orders on this page look like duplicates; they are marked in the list.',
  },
  'duplicate.flag': 'Possible duplicate: {buyer} placed {count} orders for the same item within {hours} h.',
  'guard.auto-cancel-soon': {
    plural: 'count',
    one: '{platform} will cancel {count} order on this page by itself within 24 hours unless you act; it is marked in the list.',
    other:
      '{platform} will cancel {count} orders on this page by itself within 24 hours unless you act; they are marked in the list.',
  },
  'guard.auto-cancel-flag': '{platform} cancels this order by itself on {at, datetime} unless you act.',
  'guard.decline-by-tracking-soon': {
    plural: 'count',
    one: "Shipped, with the buyer's cancellation request still open: decline {count} request on this page by uploading the tracking in {platform}; it is marked in the list.",
    other:
      "Shipped, with the buyer's cancellation request still open: decline {count} requests on this page by uploading the tracking in {platform}; they are marked in the list.",
  },
  'guard.decline-by-tracking-flag':
    'Shipped, cancellation requested: decline it by uploading the tracking in {platform}.',
  'guard.decline-by-tracking-flag-by':
    'Shipped, cancellation requested: decline it by uploading the tracking before {at, datetime}, or {platform} approves it.',
  'cancel-warning.no-request':
    'No buyer request is on record for this order: reason {reason} still counts against your cancellation rate.',
  'cancel-warning.pick-buyer-reason': 'The buyer requested this cancellation: pick {reason} so it does not count.',

  // The advisor: why each action, and what it does to the metrics.
  'advice.confirm': 'The buyer asked through {flow}: cancel with reason {reason}.',
  'advice.confirm-within':
    'The buyer asked through {flow}: cancel with reason {reason}, and answer the request {within}.',
  'advice.ask': 'Ask the buyer to use {flow}; a cancellation they request there does not count against you.',
  'advice.ask-self-cancel': {
    plural: 'left',
    one: 'For {left} more minute the buyer can cancel this order alone; after that, a cancellation they request in {flow} does not count against you either.',
    other:
      'For {left} more minutes the buyer can cancel this order alone; after that, a cancellation they request in {flow} does not count against you either.',
  },
  'advice.cancel-buyer-reason': 'Cancel yourself with reason {reason}.',
  'advice.cancel-no-ask':
    "{platform} forbids asking the buyer to cancel: cancel with the buyer's reason and keep the chat as proof.",
  'advice.keep-chat':
    'Keep the chat where the buyer asked: {platform} wants it to treat the cancellation as buyer-requested.',
  'advice.cancel-uncounted': 'Cancel with reason {reason}: {platform} does not count a buyer-requested cancellation.',
  'advice.cancel-seller-only': 'Only the seller can cancel on {platform}: cancel with "buyer requested", full refund.',
  'advice.check-duplicates': 'Check with the buyer before touching anything: were the repeated orders intended?',
  'advice.cancel-out-of-stock': 'Cancel it yourself with reason {reason}, tell the buyer why and refund in full.',
  'advice.offer-similar':
    'If a similar item is in stock, offer it to the buyer before cancelling: a sale kept is a cancellation avoided.',
  'advice.order-address-only': '{platform} asks sellers to ship only to the address on the order.',
  'advice.ask-reorder':
    'If the buyer needs another address, they request cancellation and order again: it does not count.',
  'advice.update-address':
    "Not shipped yet: have the buyer confirm the new address in the platform's messages, then update it before shipping.",
  'advice.ship-to-order-address': 'If the change cannot be recorded on the order, ship to the address on the order.',
  'advice.remind-payment': 'Remind the buyer to pay before cancelling.',
  'advice.cancel-unpaid': 'Cancel with "buyer did not pay" once the time you gave has passed.',
  'advice.hold-for-fraud': 'Do not ship yet: keep the order details, messages and any mismatch you saw.',
  'advice.report-fraud': 'Report it to {platform} and wait for its answer before shipping or cancelling.',
  'advice.answer-claim':
    'The buyer opened a claim ({escalation}): answer it there with your evidence, within its deadline.',
  'advice.evidence-not-received': "Collect tracking, the carrier's scans and your messages.",
  'advice.tracking-not-due': 'The delivery date has not passed: share tracking and reassure the buyer.',
  'advice.refund-overdue':
    'The delivery date has passed: refund (or reship) before the buyer files a claim; a claim refunded afterwards still counts.',
  'advice.replacement-if-wanted': 'Or send a replacement if the buyer still wants the item.',
  'advice.tracking-share': 'Share what the carrier shows, so the buyer knows where it is.',
  'advice.evidence-photos': 'Ask for photos; keep listing screenshots and messages.',
  'advice.replacement': 'Send a replacement: the buyer gets what they paid for and nothing escalates.',
  'advice.refund-before-claim': 'Or refund now, before a claim is filed.',
  'advice.partial-refund': 'If the buyer is happy to keep it, a partial refund settles it.',
  'advice.ask-photo': 'Ask for a photo of the damage or difference.',
  'advice.redirect-parcel': 'Already shipped: ask the carrier to redirect or return the parcel.',
  'advice.keep-delivery-proof': 'Keep tracking and delivery proof.',
  'advice.decline-late':
    'It was delivered over {days} days ago, outside your return window: decline politely and say why.',
  'advice.store-credit': 'Your shop offers store credit: a goodwill gesture that keeps the buyer.',
  'advice.offer-return': 'It has shipped, so it can no longer be cancelled: offer a return under your policy.',
  'advice.intercept-before-delivery': 'Or have the carrier return it to you before delivery.',
  'advice.decline-shipped': 'Explain kindly that shipped orders are returned, not cancelled.',
  'advice.ask-why-cancelled':
    'The order is closed. One short, neutral question about why the buyer cancelled helps you fix the cause; no review request, and only once.',
  'effect.no-cancellation': 'No cancellation is made.',
  'effect.refund-after-claim': 'A refund after a claim was filed still counts as a defect.',
  'effect.resolve-before-claim': 'Resolving before a claim keeps it off your defect rate.',
  'effect.projected': '{why} {from, percent} → {to, percent} (limit {limit, percent}).',

  // Message rules, checked on every draft.
  'lint.links': 'Links are not allowed in these messages.',
  'lint-fix.links': 'Remove the link; describe where to click in words instead.',
  'lint.email': 'E-mail addresses are not allowed.',
  'lint-fix.email': "Remove the e-mail address; keep the conversation in the platform's messages.",
  'lint.phone': 'Phone numbers are not allowed.',
  'lint-fix.phone': 'Remove the phone number.',
  'lint.emoji': 'Emoji are not allowed.',
  'lint-fix.emoji': 'Remove the emoji.',
  'lint.marketing': 'Marketing or promotions are not allowed here.',
  'lint-fix.marketing': 'Remove the offer or discount wording.',
  'lint.review-request': 'Do not ask for a review or feedback in this message.',
  'lint-fix.review-request': 'Remove the review request.',
  'lint.off-platform': 'Contact or payment outside the platform is not allowed.',
  'lint-fix.off-platform': 'Remove the outside app or payment name.',
  'lint.ask-buyer-to-cancel': 'This platform forbids asking the buyer to cancel.',
  'lint-fix.ask-buyer-to-cancel': 'Say that you cancelled (or will ship) instead of asking the buyer to cancel.',
  'lint.max-length': '{platform} allows {max} characters; this draft has {length}.',
  'lint-fix.max-length': 'Shorten the message.',
  'lint.order-id': 'Include the order id in the message.',
  'lint-fix.order-id': 'Add {orderId}.',
  'draft-note.reply-within': '{platform} expects an answer to buyer messages {within} ({sure}).',
  'draft-note.max-length': '{platform} messages hold at most {max} characters.',

  // Words for the codes the popup, options and history show.
  'status.unpaid': 'Awaiting payment',
  'status.unshipped': 'Not shipped yet',
  'status.shipped': 'Shipped',
  'status.delivered': 'Delivered',
  'status.cancelled': 'Cancelled',
  'status.unknown': 'Unknown',
  'situation.changed-mind': 'Changed their mind',
  'situation.duplicate-order': 'Duplicate order',
  'situation.out-of-stock': 'Out of stock',
  'situation.address-change': 'Address change',
  'situation.not-received': 'Not received',
  'situation.damaged': 'Damaged',
  'situation.not-as-described': 'Not as described',
  'situation.payment-problem': 'Payment problem',
  'situation.suspected-fraud': 'Suspected fraud',
  'situation.late-cancellation': 'Late cancellation',
  'asked.platform-request': 'Through the platform',
  'asked.message': 'By message',
  'asked.seller': 'Nobody: my idea',
  'action.confirm-buyer-cancellation': "Confirm the buyer's cancellation",
  'action.ask-buyer-to-request-cancellation': 'Ask the buyer to request cancellation',
  'action.cancel': 'Cancel the order',
  'action.decline-cancellation': 'Decline politely',
  'action.offer-return': 'Offer a return',
  'action.refund': 'Refund',
  'action.partial-refund': 'Partial refund',
  'action.replacement': 'Send a replacement',
  'action.store-credit': 'Offer store credit',
  'action.update-address': 'Update the address',
  'action.ship-to-order-address': 'Ship to the order address',
  'action.intercept-shipment': 'Intercept the shipment',
  'action.provide-tracking': 'Share tracking',
  'action.gather-evidence': 'Gather evidence',
  'action.escalate-to-platform': 'Answer the claim with the platform',
  'action.contact-buyer': 'Contact the buyer',
  'action.ask-why-cancelled': 'Ask why they cancelled',
  'event.order-seen': 'order seen',
  'event.status-changed': 'status changed',
  'event.cancellation': 'cancellation',
  'event.cancel-request-seen': "buyer's cancellation request",
  'event.refund': 'refund',
  'event.return-requested': 'return requested',
  'event.dispute-opened': 'dispute opened',
  'event.address-changed': 'address changed',
  'event.draft-used': 'draft used',
  'event.advice-given': 'advice shown',
  'event.advice-outcome': 'advice followed?',
  'outcome.counted': 'counted against the rate',
  'outcome.not-counted': 'did not count',
  'outcome.followed': 'advice followed',
  'outcome.not-followed': 'advice not followed',

  // Shared words.
  'common.loading': 'Loading…',
  'common.saved': 'Saved.',
  'common.not-saved': 'Not saved: {why}',
  'common.yes': 'yes',
  'common.no': 'no',
  'common.none': '—',
  'common.history': 'History',
  'common.settings': 'Settings',

  // The popup.
  'popup.no-tab': 'No tab to look at.',
  'popup.open-seller-page':
    'Open an order, the order list or Account Health on Amazon Seller Central, Etsy or AliExpress: Seller Guard reads it there.',
  'popup.could-not-read': "Seller Guard couldn't read this page, so it shows no numbers for it.",
  'popup.advice-failed': 'The advice could not be loaded: close the popup and open it again.',
  'order.title': 'Order {id}',
  'order.buyer': 'Buyer',
  'order.status': 'Status',
  'order.ordered': 'Ordered',
  'order.ship-by': 'Ship by',
  'order.item': '{quantity} × {title}',
  'order.buyer-asked': 'The buyer asked to cancel through the platform.',
  'order.buyer-asked-why': 'The buyer asked to cancel through the platform: {reason}',
  'order.history': "This order's history",
  'gauge.label': 'Cancellation guard',
  'gauge.now': 'Now',
  'gauge.limit': 'limit',
  'gauge.if-you-cancel': 'if you cancel',
  'situation.heading': 'What happened?',
  'asked.heading': 'How did the buyer ask?',
  'actions.heading': 'Suggested actions',
  'actions.none': 'Nothing to do for this order in this situation.',
  'actions.reason-code': '(reason {reason})',
  'actions.rule': 'Rule: {rule}',
  'actions.effect': '{metric}: {detail}',
  'draft.heading': 'Message to the buyer',
  'draft.language': 'Language',
  'draft.label': 'Draft message',
  'draft.template': 'Template',
  'draft.built-in': 'Built-in',
  'draft.own-template': '{title} ({lang})',
  'draft.insert': 'Insert into the page',
  'draft.copy': 'Copy',
  'draft.not-saved': "Couldn't save the draft.",
  'draft.copied': 'Copied.',
  'draft.inserted': 'Inserted into the message box. Review it there and send it yourself.',
  'draft.no-box.amazon':
    'No message box on this page: open the order, click the buyer\'s name ("Contact buyer"), then Insert again.',
  'draft.no-box.etsy':
    'No message box on this page: open the conversation with the buyer in Messages, then Insert again.',
  'draft.no-box.aliexpress':
    'No message box on this page: open the order detail and its message panel, then Insert again.',
  'draft.no-box': 'No message box on this page.',
  'draft.no-message-needed': 'This action needs no message to the buyer.',
  'draft.loading': 'Loading the draft…',
  'draft.rules': 'Message rules',
  'draft.uses': 'Times used for this order: {count}',
  'draft.use': '{at, datetime} · {how} · {lang}',
  'draft.how.inserted': 'inserted',
  'draft.how.copied': 'copied',

  // Options.
  'options.title': 'Seller Guard settings',
  'options.your-data': 'Your data',
  'options.data-statement':
    'Seller Guard keeps what it reads on your seller pages (orders, your platform figures, cancellations it saw, drafts) in this browser only. Nothing leaves this computer: the extension makes no network requests.',
  'options.store-counts': '{orders} orders, {figures} platform figures, {events} events stored.',
  'options.delete-everything': 'Delete everything…',
  'options.confirm-delete': 'Delete every order, figure, event and draft Seller Guard has stored on this computer?',
  'options.deleted': 'Everything was deleted.',
  'options.could-not-delete': "Couldn't delete: {why}",
  'options.could-not-read-data': "Couldn't read the local data: {why}",
  'options.loading': 'Loading settings…',
  'options.save': 'Save settings',
  'policy.heading': 'Your shop policy',
  'policy.cancel-window': 'Cancellation window (hours)',
  'policy.return-window': 'Return window (days)',
  'policy.return-shipping': 'Return shipping paid by',
  'policy.the-buyer': 'the buyer',
  'policy.my-shop': 'my shop',
  'policy.restocking-fee': 'Restocking fee (%)',
  'policy.store-credit': 'I offer store credit',
  'policy.signature': 'Signature for messages',
  'policy.retention': 'Delete events older than (months, 0 = keep)',
  'policy.warn-from': 'Warn from (% of the limit)',
  'policy.banner-language': 'Language of the banner on seller pages',
  'policy.banner-language.marketplace': "The marketplace's language",
  'policy.banner-language.browser': "My browser's language",
  'limits.heading': 'Cancellation limits',
  'limits.intro': "Each platform's own limit is shown; type another to override it (rules change).",
  'limits.checked-on': '{platform} — rules checked on {date, date}',
  'limits.rules-old': ' — checked {days} days ago: the platform may have changed its rules, verify them.',
  'limits.none': 'No published cancellation limit.',
  'limits.market': '{market}: {limit, percent} over {days} days ({confidence})',
  'limits.also-window': 'also over {days} days',
  'limits.long-window': '{days} days with fewer than {min} orders',
  'limits.platform-value': 'platform value',
  'templates.heading': 'Your message templates',
  'templates.none': 'None yet. The built-in templates are always available.',
  'templates.entry': '{platform}, {action}, {lang}',
  'templates.edit': 'Edit',
  'templates.delete': 'Delete',
  'templates.title': 'Title',
  'templates.platform': 'Platform',
  'templates.action': 'Action',
  'templates.language': 'Language',
  'templates.text': 'Text ({buyer}, {orderId}, {item}, {returnDays}, {signature} …)',
  'templates.starter': 'Hello {buyer},\n\nAbout order {orderId}: \n\n{signature}',
  'templates.add': 'Add template',
  'templates.save-changes': 'Save changes',
  'templates.saved': 'Template saved.',
  'transfer.export-json': 'Export (JSON)',
  'transfer.export-csv': 'Export events (CSV)',
  'transfer.import': 'Import an export file',
  'transfer.imported': 'Imported: {orders} new orders, {events} new events, {drafts} new drafts.',
  'transfer.import-failed': 'Nothing was imported: {why}',
  'refusal.unknown-sender': 'The request did not come from Seller Guard itself, so it was refused.',
  'refusal.malformed': 'The request was not in a form Seller Guard accepts, so nothing was done.',
  'refusal.untrusted-reading':
    "What this page showed did not pass Seller Guard's checks (another page's orders, or dates that cannot be true), so no figures are shown.",
  'refusal.not-injected': 'Seller Guard could not start on this page; reload it to try again.',
  'refusal.no-order': 'This tab does not show that order any more.',
  'refusal.import-refused': 'The file could not be imported; nothing was changed.',
  'refusal.storage': 'Saving failed; nothing was half-saved. Try again in a moment.',
  'refusal.storage-full':
    "This computer's storage for Seller Guard is full. Free some disk space, or delete old records in the options.",
  'refusal.failed': 'Seller Guard could not do that; try again, and reload the extension if it keeps happening.',
  'refusal.no-answer': 'The background did not answer.',
  'import-problem.not-export': 'This is not a Seller Guard export file. Nothing was imported.',
  'import-problem.newer':
    'This file was written by a newer Seller Guard (format {version}); update the extension to import it. Nothing was imported.',
  'import-problem.damaged': 'The file is damaged at {where}: {issue}. Nothing was imported.',
  'import-issue.unknown-field': 'a field this format does not have',
  'import-issue.missing': 'a required value is missing',
  'import-issue.wrong-type': 'the value is of the wrong kind',
  'import-issue.not-allowed-value': 'the value is not one this field allows',
  'import-issue.out-of-range': 'the number is outside what is possible',
  'import-issue.too-long': 'the text is too long',
  'import-issue.bad-date': 'a date before 2000 or in the future',
  'import-issue.not-marketplace': 'not a marketplace of this platform',
  'import-issue.not-order-number': "not in this platform's order-number format",
  'import-issue.key-mismatch': 'its key does not match its platform and order',
  'import-issue.invalid': 'the value is not valid',
  'transfer.not-json': 'the file is not JSON.',
  'csv.time': 'time',
  'csv.platform': 'platform',
  'csv.marketplace': 'marketplace',
  'csv.order': 'order',
  'csv.event': 'event',
  'csv.detail': 'detail',
  'csv.counts': 'counts_against_rate',
  'csv.page': 'page',

  // History.
  'history.title': 'Seller Guard history',
  'history.filters': 'Filters',
  'history.platform': 'Platform',
  'history.marketplace': 'Marketplace',
  'history.from': 'From',
  'history.to': 'To',
  'history.event': 'Event',
  'history.reason': 'Reason',
  'history.outcome': 'Outcome',
  'history.order': 'Order',
  'history.all': 'all',
  'history.at-a-glance': 'At a glance',
  'history.share':
    "{total} cancellations recorded: {counted} counted against your rate, {notCounted} did not because the buyer used the platform's own request ({saved, percent}).",
  'history.why-buyers-asked': 'Why buyers asked: {reasons}.',
  'history.reason-count': '{reason} ({count})',
  'history.no-reason': 'no reason given',
  'history.repeat-buyers': 'Buyers with several cancelled, refunded or disputed orders: {buyers}.',
  'history.events-all': 'Events ({total})',
  'history.events-counting': 'Events (newest {shown}, counting…)',
  'history.events-of': 'Events (newest {shown} of {total})',
  'history.col-time': 'Time',
  'history.col-detail': 'Detail',
  'history.col-counts': 'Counts',
  'chart.label': '{platform} {marketplace}: {points}',
  'chart.label-limit': '{platform} {marketplace}: {points}; limit {limit, percent}',
  'chart.point': '{at, date} {rate, percent}',
  'detail.status-change': '{from} → {to}',
  'detail.cancelled-platform-request': 'buyer request through the platform',
  'detail.cancelled-message': 'the buyer asked by message; cancelled by the seller',
  'detail.cancelled-seller': 'cancelled by the seller',
  'detail.reason-picked': 'reason picked: {reason}',
  'detail.joined': '{first}; {second}',
  'detail.request-platform': 'through the platform',
  'detail.request-message': 'by message',
  'detail.refund.full': 'full refund',
  'detail.refund.partial': 'partial refund',
  'detail.refund.requested': 'refund requested',
  'detail.address-changed': 'The ship-to address changed.',
  'detail.draft-used': '{how} ({action}, {lang})',
  'detail.advice-outcome': '{action}: {outcome}',

  // Policy truth (issue #15): the ladders, deadlines and regional rules the guard and the
  // advice now follow on every platform, the rules' certainty, and drafts split for short boxes.
  'guard.no-metric.unsourced':
    'Seller Guard found no published cancellation limit for this marketplace, so it judges none here.',
  'guard.standing.cancellations': {
    plural: 'left',
    one: 'Now {band} (limit {limit, percent}): {left} more counted cancellation fits before {next}.',
    other: 'Now {band} (limit {limit, percent}): {left} more counted cancellations fit before {next}.',
  },
  'guard.standing.defects': {
    plural: 'left',
    one: 'Now {band} (limit {limit, percent}): {left} more defect fits before {next}.',
    other: 'Now {band} (limit {limit, percent}): {left} more defects fit before {next}.',
  },
  'guard.standing.cases': {
    plural: 'left',
    one: 'Now {band} (limit {limit, percent}): {left} more case fits before {next}.',
    other: 'Now {band} (limit {limit, percent}): {left} more cases fit before {next}.',
  },
  'guard.standing-rate': 'Now {band} (limit {limit, percent}).',
  'guard.standing-last': 'Now {band}, the last step of the ladder.',
  'guard.before.cancellations': {
    plural: 'left',
    one: '{left} more counted cancellation fits before {band}.',
    other: '{left} more counted cancellations fit before {band}.',
  },
  'guard.before.defects': {
    plural: 'left',
    one: '{left} more defect fits before {band}.',
    other: '{left} more defects fit before {band}.',
  },
  'guard.before.cases': {
    plural: 'left',
    one: '{left} more case fits before {band}.',
    other: '{left} more cases fit before {band}.',
  },
  'guard.unique-buyers-assumed':
    'This boundary needs {count} defects from different buyers; the page did not say how many buyers, so Seller Guard counts every defect as a different one.',
  'guard.limit-official-regional':
    "This limit comes from {platform}'s own pages for other marketplaces; none was found for this one.",
  'guard.limit-third-party':
    '{platform} publishes this limit on no page Seller Guard found: it comes from third-party reports.',
  'guard.also-near': '{metric} {rate, percent} is close to its limit of {limit, percent} ({sure}).',
  'guard.also-over': '{metric} {rate, percent} is over its limit of {limit, percent} ({sure}).',
  'guard.long-window':
    'With fewer than {min} orders in {short} days, {platform} measures the last {long} days ({sure}).',
  'guard.window-disputed':
    "{platform}'s own pages disagree about this window ({days} days here); the period your page states wins.",
  'guard.level-held': '{platform} seller level until the next evaluation on {at, date}: {band}.',
  'guard.next-evaluation-stated': '{platform} evaluates sellers once a month: next on {at, date}, as its page says.',
  'guard.next-evaluation': '{platform} evaluates sellers once a month: next on {at, date} ({sure}).',
  'guard.cancellation-fee':
    'Each seller cancellation here also costs {percent, percent} of the referral fee ({late, percent} after the expected ship date) ({sure}).',
  'guard.new-seller':
    '{platform} shows no colour until your first {sales} sales; every cancellation still counts toward it ({sure}).',
  'guard.reason-buyer-free': 'If the buyer asked to cancel (a message is enough), reason {reason} is no defect.',
  'guard.request-window': {
    plural: 'left',
    one: 'For {left} more minute the buyer can still ask to cancel in {flow}; after that their wish comes to you by message ({sure}).',
    other:
      'For {left} more minutes the buyer can still ask to cancel in {flow}; after that their wish comes to you by message ({sure}).',
  },
  'guard.auto-cancel':
    '{platform} cancels this order by itself on {at, datetime} unless it ships, and that cancellation counts ({sure}).',
  'guard.auto-cancel-request':
    '{platform} cancels this order by itself on {at, datetime} if the request is not answered ({sure}).',
  'guard.decline-by-tracking':
    'Shipped with a cancellation request open: upload the tracking and {platform} declines the request.',
  'guard.decline-by-tracking-by':
    'Shipped with a cancellation request open: upload the tracking before {at, datetime} and {platform} declines the request; after that it approves it by itself.',
  'projection.band': 'Cancel this order yourself: {from, percent} → {to, percent}, and you drop to {band}.',
  'count.platform-says-not': "{platform}'s own page says this sale does not count against you.",
  'count.whoever-asked': '{platform} counts a cancellation whoever asked for it.',
  'hint.buyer-reason':
    'If the buyer wants to cancel, cancel with reason {reason}: no defect. Reason {oos} is a defect, even when the buyer asked.',
  'hint.explain-first': '{platform} counts every cancellation, whoever asked: explain and offer a solution first.',
  'advice.confirm-counts': 'The buyer asked through the platform: confirm it, but {platform} counts it anyway.',
  'advice.ask-own-reason':
    'Ask the buyer to request cancellation in {flow} with their own reason: a reason that blames the seller is held against you.',
  'advice.cancel-seller-reason':
    "It is your own idea: cancel with reason {reason}, never the buyer's reason; it counts.",
  'advice.cancel-counts-anyway':
    'If explaining does not solve it, cancel with the right reason: {platform} counts it even though the buyer asked.',
  'advice.explain-first':
    'Explain the situation and offer a solution first (a similar item, a later delivery, a partial refund): every cancellation counts here.',
  'advice.no-ask-out-of-stock':
    'Write to the buyer that you cancelled and refunded; never ask them to request the cancellation themselves.',
  'advice.backorder':
    'If the item is coming back, give the order more handling time (backorder, custom handling time) instead of cancelling.',
  'advice.cancel-address':
    'If the address cannot be delivered to and the buyer does not fix it, cancel with reason {reason}.',
  'advice.wait-pending':
    "The order is still pending with {platform}: don't ship it; if the buyer cancels it there, it does not count.",
  'advice.unpaid-route': "Once the time to pay has passed, use {platform}'s unpaid-item route: it removes the defect.",
  'advice.unpaid-no-rule':
    '{platform} states no rule Seller Guard found for unpaid orders: do not ship until the payment shows as received.',
  'advice.report-fraud-removal':
    '{platform} removes the defect when it acts against a fraudulent buyer: report it there with your evidence.',
  'advice.platform-serves':
    '{platform} serves the buyers of the orders it ships: point the buyer to its customer service rather than refunding or replacing from your stock.',
  'advice.decline-by-tracking':
    'Already shipped: upload the tracking and {platform} declines the cancellation request.',
  'advice.answer-claim-within':
    'The buyer opened a claim ({escalation}): answer it there with your evidence {within} ({sure}).',
  'advice.mediation':
    'If the buyer disagrees, take it to {escalation} with your evidence (tracking, photos, messages).',
  'advice.resolve-in-time':
    'Refund, or agree a return, {within}: a claim resolved in time does not count against you ({sure}).',
  'advice.resolve-claim': 'Resolve it with the buyer (refund or return): a resolved claim does not count against you.',
  'advice.replacement-resolves': 'Or send a replacement if the buyer prefers it: that resolves it too.',
  'advice.refund-during-claim': 'A refund still settles it; the effect below says what it does to your metrics.',
  'advice.answer-request':
    'Answer the buyer {within}: refund, replace or accept the return, so that you resolve the request.',
  'advice.answer-request-soon':
    'Answer the buyer quickly: refund, replace or accept the return, so that you resolve the request.',
  'advice.exclusion.delivered-not-received':
    'The tracking shows it delivered: if the claim counts against you, request an exclusion review.',
  'advice.exclusion.carrier-delay':
    'If the carrier was late although you dispatched in time, request an exclusion review.',
  'advice.exclusion.remorse':
    'If the buyer simply changed their mind about a perfect product, request an exclusion review.',
  'advice.exclusion.buyer-error': 'If the buyer ordered by mistake, request an exclusion review.',
  'advice.claim-not-yet':
    'A claim is possible only {days} days after the latest delivery estimate: share what the carrier shows and reassure the buyer first.',
  'advice.no-tracking-reassure': 'This order has no tracking: tell the buyer when it left and when it should arrive.',
  'advice.tracking-shows-delivered':
    "Show the buyer the carrier's delivery scan, and suggest checking with neighbours.",
  'advice.refund-overdue-plain': 'The delivery date has passed: refund (or reship) now rather than wait for a claim.',
  'advice.refund-before-claim-plain': 'Or refund now, before the buyer escalates.',
  'advice.offer-return-platform':
    "It has shipped, so it can no longer be cancelled: offer a return within the platform's {days} days.",
  'advice.address-delivered': 'It was delivered to the address on the order: help the buyer get it from there.',
  'advice.refund-your-call':
    'If the parcel cannot be retrieved, a refund is your call (a partial one, minus shipping, is possible).',
  'effect.resolve-in-time': 'Resolved {within}, it does not count.',
  'effect.band': 'It would move you to {band}.',
  'draft-note.starts-with-reason':
    '{platform} lets you open a conversation only by picking one of its reasons; the buyer can always write first ({sure}).',
  'lint.filtered-words': "This word is blocked by the platform's message filter.",
  'lint-fix.filtered-words': 'Remove the app or contact word; keep the conversation in the order messages.',
  'metric.cases-closed': 'Cases closed without seller resolution',
  'metric.case-rate': 'Case rate',
  'metric.claims': 'Claims',
  'metric.delayed-handling': 'Late handling',
  'metric.mediations': 'Mediations',
  'metric-inline.cases-closed': 'cases closed without seller resolution',
  'metric-inline.case-rate': 'case rate',
  'metric-inline.claims': 'claims rate',
  'metric-inline.delayed-handling': 'late handling rate',
  'metric-inline.mediations': 'mediations rate',
  'band.within': 'within the limit',
  'band.over': 'over the limit',
  'band.top-rated': 'Top Rated',
  'band.above-standard': 'Above Standard',
  'band.below-standard': 'Below Standard',
  'band.leader': 'MercadoLíder',
  'band.green': 'green',
  'band.yellow': 'yellow',
  'band.orange': 'orange',
  'band.red': 'red',
  'band.violation': 'a violation (2 points and an order limit)',
  'band.violation-severe': 'a serious violation (4 points)',
  'band.order-limit-2': 'a stricter order limit',
  'band.order-limit-3': 'the strictest order limit',
  'deadline.hours': { plural: 'amount', one: 'within {amount} hour', other: 'within {amount} hours' },
  'deadline.business-hours': {
    plural: 'amount',
    one: 'within {amount} business hour',
    other: 'within {amount} business hours',
  },
  'deadline.days': { plural: 'amount', one: 'within {amount} day', other: 'within {amount} days' },
  'deadline.business-days': {
    plural: 'amount',
    one: 'within {amount} business day',
    other: 'within {amount} business days',
  },
  'deadline.working-days': {
    plural: 'amount',
    one: 'within {amount} working day',
    other: 'within {amount} working days',
  },
  'action.wait-for-platform': 'Wait for the platform',
  'action.report-unpaid': 'Report an unpaid item',
  'action.upload-tracking': 'Upload the tracking',
  'action.request-exclusion-review': 'Request an exclusion review',
  'action.extend-handling-time': 'Extend the handling time',
  'action.request-mediation': 'Take it to mediation',
  'action.refer-to-platform': "Refer to the platform's service",
  'confidence.page': 'as the page states',
  'guard.statement-official-regional': "Seller Guard read this on {platform}'s pages for other marketplaces.",
  'guard.statement-third-party':
    '{platform} states this on no page Seller Guard found: it comes from third-party reports.',
  'advice.past-cancel-window':
    "It is past {platform}'s {days} days after the sale: the order can no longer be cancelled; talk it through with the buyer.",
  'confidence.official': 'official',
  'confidence.official-regional': "official, another marketplace's page",
  'confidence.third-party': 'third-party report',
  'actions.rule-ref': '{confidence}, checked {checked, date}',
  'actions.rule-dated': '{confidence}, source dated {dated}, checked {checked, date}',
  'draft.parts': '{platform} messages hold {max} characters: this draft goes as {count} messages, one after the other.',
  'draft.part': 'Message {n} of {count} ({length} characters)',
  'draft.insert-part': 'Insert message {n}',
} satisfies Messages;

export type MessageKey = keyof typeof en;

/** What every other locale provides: a wording for each English key. */
export type Catalogue = Record<MessageKey, Messages[string]>;
