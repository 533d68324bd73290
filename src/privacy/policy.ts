// The privacy policy's structure: its sections and paragraphs as catalogue keys, and its date. The
// extension's privacy page and store/privacy-policy.md (scripts/store-text.ts) are both made from it.
import type { MessageKey } from '../i18n/catalogue/en';

/** When the policy last changed (midday UTC, so every time zone shows the same day). */
export const POLICY_DATE = Date.UTC(2026, 11, 1, 12);

export const PRIVACY_SECTIONS: readonly { heading: MessageKey; paragraphs: readonly MessageKey[] }[] = [
  {
    heading: 'privacy.stored-heading',
    paragraphs: ['privacy.stored-orders', 'privacy.stored-figures', 'privacy.stored-events', 'privacy.stored-settings'],
  },
  { heading: 'privacy.where-heading', paragraphs: ['privacy.where'] },
  { heading: 'privacy.how-long-heading', paragraphs: ['privacy.how-long'] },
  { heading: 'privacy.sent-heading', paragraphs: ['privacy.sent', 'privacy.files'] },
];
