// What the in-page banner needs of the catalogue: the background sends these entries, in the
// page's language, with each answer; the content script carries no catalogue of its own (it ships
// on every seller page, under a size budget).
import type { Catalogue, MessageKey } from './catalogue/en';
import type { Messages } from './message';

/** Keys the banner, the cancel-page warning and the duplicate flags can show (codes core says included). */
const BANNER_PREFIXES = [
  'extName',
  'level.',
  'banner.',
  'storage.',
  'read-failure.',
  'metric.',
  'metric-inline.',
  'flow.',
  'guard.',
  'projection.',
  'count.',
  'hint.',
  'input.',
  'duplicate.',
  'cancel-warning.',
  // Words inside the guard's lines: a ladder's steps, a platform's deadlines, how sure a rule is.
  'band.',
  'deadline.',
  'confidence.',
  // A reading the background did not believe is shown as a page it could not read.
  'refusal.untrusted-reading',
] as const;

export const isBannerKey = (key: string): boolean => BANNER_PREFIXES.some((p) => key.startsWith(p));

export function bannerMessages(catalogue: Catalogue): Messages {
  return Object.fromEntries((Object.keys(catalogue) as MessageKey[]).filter(isBannerKey).map((k) => [k, catalogue[k]]));
}
