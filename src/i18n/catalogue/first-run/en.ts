// A seller's first minute, in English (the reference the other locales follow): the welcome page,
// site access in the popup, the privacy policy (shown in the extension and written to store/), and
// the stores' long description.
import type { Messages } from '../../message';

export const firstRunEn = {
  'common.privacy': 'Privacy policy',

  // The popup, when the browser withholds access to the seller sites (Firefox lets users do so).
  'access.missing': 'Seller Guard cannot see your seller pages: the browser has not given it access to them.',
  'access.grant': 'Allow on seller sites',
  'access.granted': 'Access granted. Reload your seller pages and Seller Guard reads them.',
  'access.refused': 'Access was not granted.',
  'access.how':
    "You can also allow it in the browser's add-on settings: in Firefox, Add-ons and themes › Seller Guard › Permissions; in Chrome and Edge, Extensions › Seller Guard › Details › Site access.",

  // The welcome page, opened once when Seller Guard is installed.
  'welcome.title': 'Welcome to Seller Guard',
  'welcome.intro':
    'Seller Guard warns you before a cancellation hurts your seller account, and shows the route that does not count against you.',
  'welcome.demo-jump': 'New to it? Try the demo first.',
  'welcome.start-heading': 'First, let it read your figure',
  'welcome.start':
    'Open the page where your platform shows its cancellation figure, once. From then on every order page shows where you stand and what cancelling would do.',
  'welcome.marketplace': 'Marketplace',
  'welcome.open.amazon': 'Open Account Health',
  'welcome.open.ebay': 'Open Seller level',
  'welcome.open.mercadolibre': 'Open Reputation',
  'welcome.open.tiktok': 'Open Shop health',
  'welcome.open.etsy': 'Open your sold orders',
  'welcome.open.aliexpress': 'Open your orders',
  'welcome.no-figure': '{platform} publishes no cancellation rate: Seller Guard reads your orders there.',
  'welcome.reads-heading': 'What it reads',
  'welcome.reads':
    "Only your own seller pages, while you have them open: the order in front of you, your order lists, and the platform's own figures, such as Amazon's cancellation rate.",
  'welcome.sites-heading': 'On which sites',
  'welcome.sites': 'These sites and no others:',
  'welcome.local-heading': 'Nothing leaves your computer',
  'welcome.local':
    'What Seller Guard reads and keeps stays in this browser on this computer. It makes no network requests, has no account and no server, and loads no code from anywhere.',
  'welcome.demo-heading': 'Try it on sample pages',
  'welcome.demo':
    "Seller Guard's source comes with sample seller pages and made-up orders. In its folder, run this; Chromium opens with Seller Guard on the samples:",
  'welcome.demo-headless':
    'Without a screen, {command} visits every sample page, saves screenshots and prints what it read.',

  // The privacy policy: the extension's page, and store/privacy-policy.md.
  'privacy.title': 'Seller Guard privacy policy',
  'privacy.updated': 'Last updated {date, date}.',
  'privacy.summary': 'Seller Guard keeps what it reads on your computer and sends nothing anywhere.',
  'privacy.stored-heading': 'What is stored',
  'privacy.stored-orders':
    'Orders you open on your seller pages: the order number, dates, items, prices, status, the buyer name the page shows, and whether the buyer asked to cancel. Addresses are never stored, only a short fingerprint that tells Seller Guard an address changed.',
  'privacy.stored-figures':
    "The platform's own figures on the pages you open, such as your cancellation rate, with when they were read.",
  'privacy.stored-events':
    'What happened to each order (seen, cancelled, refunded…), the advice shown, and the message drafts you wrote or used.',
  'privacy.stored-settings':
    "Your settings: shop policy, templates, warning margin, and the banner's corner and size on each site.",
  'privacy.where-heading': 'Where',
  'privacy.where':
    "In this browser's storage for Seller Guard on this computer. Websites cannot read it; a seller page receives only the figures for itself.",
  'privacy.how-long-heading': 'For how long',
  'privacy.how-long':
    'Until you delete it. Settings › Delete everything removes it all; events older than the months you choose in Settings are deleted on their own; removing Seller Guard removes its storage. What the toolbar button knows about each open tab goes when the browser closes.',
  'privacy.sent-heading': 'What is sent',
  'privacy.sent':
    'Nothing. Seller Guard makes no network requests and has no server, no account, no analytics and no advertising. It runs only on the seller sites it lists, and loads no code from outside itself.',
  'privacy.files':
    'Files you save yourself stay where you save them: exports (Settings › Export), and layout reports, which hold only how a page is built, with every name, number and address replaced.',

  // The stores' long description (the short one is extDescription).
  'store.long-description':
    "Seller Guard warns marketplace sellers before a cancellation hurts their account.\n\nOn your own seller pages it reads the order in front of you and the platform's own figures, then shows in a small banner: your cancellation rate now, the rate if you cancel this order, how many more cancellations fit under the limit, and the route that does not count against you (on Amazon, the buyer's own cancellation request).\n\n• Amazon Seller Central in every marketplace, Etsy and AliExpress; eBay, Mercado Libre and TikTok Shop as their readers arrive.\n• Tick several orders in Amazon's order list, such as an elderly buyer's duplicates, and see the rate if you cancel them all, and which ones would not count.\n• Ranked actions for the order (cancel, ask the buyer to request it, refund, offer a return…) with the platform rule behind each, and a message draft in the buyer's language.\n• Duplicate orders flagged in your list; a history of cancellations and why buyers asked.\n• A page it cannot read says so and shows no numbers: never a wrong figure.\n\nPrivate by design: everything stays in your browser. No account, no server, no network requests, no analytics.",
} satisfies Messages;

export type FirstRunKey = keyof typeof firstRunEn;
