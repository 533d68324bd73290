// What a reading itself says that the banner and the list show beside the guard's answer: the
// sales the platform's own page marks as counting against the seller's reputation (Mercado Libre's
// per-sale line), and a conversation that takes no draft (an empty thread, a blocked one).
import { said, type Said } from '../core/said';
import type { PageReadingOk } from '../core/types';
import type { Translator } from '../i18n/format';
import type { Flag } from './flags';

/** The sales the platform's own page says count against the seller's reputation (Mercado Libre's list). */
export function reputationFlags(reading: PageReadingOk, words: Translator): Flag[] {
  const ids = reading.orders.filter((o) => o.affectsReputation === true).map((o) => o.id);
  return ids.length
    ? [{ orderIds: ids, text: words.t('banner.counts-for-reputation'), kind: 'affects-reputation' }]
    : [];
}

/** What a conversation page's thread allows, in words, when it allows no draft. */
export function threadNote(reading: PageReadingOk): Said | undefined {
  if (reading.threadState === 'empty') return said('banner.thread-empty');
  if (reading.threadState === 'blocked') return said('banner.thread-blocked');
  return undefined;
}
