// The text a store listing asks for, made from the sources the extension itself uses, so the two
// never say different things: the descriptions from the catalogue (each UI locale), the privacy
// policy from the same sections the extension's privacy page shows, and one justification per
// permission the manifest asks for. Written to store/ by `npm run store:text` (and by the demo's
// --store run); test/build/store-listing.test.ts fails when the committed files differ.
import { sellerManifest } from '../build/manifest';
import { CATALOGUES } from '../src/i18n/catalogues';
import { createTranslator } from '../src/i18n/format';
import { folderOf, LOCALES } from '../src/i18n/locales';
import { POLICY_DATE, PRIVACY_SECTIONS } from '../src/privacy/policy';

/** The languages the listing shows screenshots in (the stores show the reader's, else the first). */
export const STORE_LOCALES = ['en', 'de', 'es', 'zh-CN'] as const;
export const SCREENSHOT = { width: 1280, height: 800 } as const;
export const PROMO_TILE = { width: 440, height: 280 } as const;
/** Each locale's screenshots (scripts/store-shots.ts), in the order the listing shows them. */
export const SHOT_NAMES = ['1-order', '2-ticked-orders', '3-popup', '4-welcome'] as const;

/**
 * Written for the stores' reviewers (in English, the language their forms take), one per permission
 * and one for the host access as a whole. A permission added to the manifest without one here
 * fails the listing test.
 */
export const PERMISSION_REASONS: Record<string, string> = {
  storage:
    "Keeps the seller's own orders, the platform's figures read from their pages, their settings and message drafts in the browser (IndexedDB and extension storage), so the guard can compute the cancellation rate and its history without any server.",
  scripting:
    'Injects the guard for the one seller platform of the page into that page only, and only when the small starter script running there asks for it; the same for the layout report a seller saves from a page that could not be read. No code is fetched from anywhere: every injected file is in the package.',
  host_permissions:
    "The seller dashboards of Amazon Seller Central (each marketplace), Etsy, AliExpress, eBay, Mercado Libre and TikTok Shop, and nothing else: Seller Guard reads the order and the platform's own cancellation figures off those pages and shows its banner in them. It makes no network request to them or anywhere else.",
};

/** What the stores' forms take from each locale (the manifest shows name and summary in the browser). */
export function listingOf(locale: (typeof LOCALES)[number]) {
  const { t } = createTranslator(CATALOGUES[locale], locale);
  return { name: t('extName'), summary: t('extDescription'), description: t('store.long-description') };
}

function privacyPolicy(): string {
  const t = createTranslator(CATALOGUES.en, 'en').t;
  const sections = PRIVACY_SECTIONS.map((s) => `## ${t(s.heading)}\n\n${s.paragraphs.map((p) => t(p)).join('\n\n')}\n`);
  return `# ${t('privacy.title')}\n\n${t('privacy.updated', { date: POLICY_DATE })}\n\n**${t('privacy.summary')}**\n\n${sections.join('\n')}`;
}

function permissions(): string {
  // The version is not part of what is written: any will do.
  const manifest = sellerManifest('0');
  const asked = [...manifest.permissions, 'host_permissions'];
  const lines = asked.map((p) => `## ${p}\n\n${PERMISSION_REASONS[p] ?? ''}\n`);
  const hosts = manifest.host_permissions.map((h) => `- \`${h}\``).join('\n');
  return `# Seller Guard: why each permission\n\n${lines.join('\n')}\nThe host access, in full:\n\n${hosts}\n\nFirefox: \`data_collection_permissions\` is \`none\`; nothing is collected or sent.\n`;
}

/** Every text file under store/, by its path in the repository, with its exact content. */
export function storeTextFiles(): Record<string, string> {
  const listings = Object.fromEntries(LOCALES.map((l) => [folderOf(l), listingOf(l)]));
  return {
    'store/privacy-policy.md': privacyPolicy(),
    'store/permissions.md': permissions(),
    'store/listing.json': `${JSON.stringify(listings, null, 2)}\n`,
  };
}
