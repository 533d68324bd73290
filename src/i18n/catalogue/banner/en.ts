// The in-page banner's manners (collapse, move, layout reports, where the figure is) and its lines
// for the orders a seller ticks in a list, in English: the reference the other locales follow.
import type { Messages } from '../../message';

export const bannerEn = {
  'banner.collapse': 'Collapse',
  'banner.expand': 'Show Seller Guard',
  'banner.move': 'Move',
  'banner.move-label': 'Move Seller Guard to another corner of the page',
  'banner.save-report': 'Save a layout report',
  'banner.report-what':
    "The report holds only how this page is built: every name, number and address in it is replaced by x and 9. It goes nowhere unless you send it; Seller Guard's README says where.",
  'banner.report-saved': 'Layout report saved in your downloads: {file}',
  'banner.report-failed': 'The layout report could not be saved. Reload the page and try again.',
  'banner.figure-where': 'Seller Guard takes the figure from {link}: open it once, and it shows here on every order.',
  'banner.figure-page.amazon': 'Account Health',
  'banner.figure-page.ebay': 'Seller level',
  'banner.figure-page.mercadolibre': 'Reputation',
  'banner.figure-page.tiktok': 'Shop health',

  // The orders the seller ticked in a list (Amazon's Manage Orders), if all are cancelled.
  'ticked.over': {
    plural: 'count',
    one: 'Cancel the ticked order that counts yourself: {from, percent} → {to, percent} (over {limit, percent} at {counted} of {total})',
    other:
      'Cancel the {count} ticked orders that count yourself: {from, percent} → {to, percent} (over {limit, percent} at {counted} of {total})',
  },
  'ticked.under': {
    plural: 'count',
    one: 'Cancel the ticked order that counts yourself: {from, percent} → {to, percent} (still under {limit, percent})',
    other:
      'Cancel the {count} ticked orders that count yourself: {from, percent} → {to, percent} (still under {limit, percent})',
  },
  'ticked.no-figure': {
    plural: 'count',
    one: '{count} ticked order would count against the rate; there is no figure yet to add it to.',
    other: '{count} ticked orders would count against the rate; there is no figure yet to add them to.',
  },
  'ticked.none-count': {
    plural: 'count',
    one: 'The ticked order would not count against the rate.',
    other: 'None of the {count} ticked orders would count against the rate.',
  },
  'ticked.order': '{order}: {why}',
  'ticked.more': {
    plural: 'count',
    one: '…and {count} more ticked order.',
    other: '…and {count} more ticked orders.',
  },
  'ticked.past-cancelling': {
    plural: 'count',
    one: '{count} ticked order is already shipped or cancelled.',
    other: '{count} ticked orders are already shipped or cancelled.',
  },
} satisfies Messages;

export type BannerKey = keyof typeof bannerEn;
