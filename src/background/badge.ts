// The toolbar badge: the level's colour and the rate ("2.1", "2,1" in German), per tab.
import type { GuardSummary } from '../core/guard-view';
import { badge, i18n } from '../shared/browser';

const COLOURS = { ok: '#16804e', near: '#b45309', over: '#b91c1c', unknown: '#6b7280', none: '#6b7280' } as const;

export function badgeText(summary: GuardSummary | undefined, locale = 'en'): string {
  if (!summary) return '?';
  if (summary.ratePercent === undefined) return summary.level === 'none' ? '' : '?';
  // Four characters fit: "2.1", "12", "100".
  const digits = summary.ratePercent >= 10 ? 0 : 1;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    summary.ratePercent,
  );
}

export async function showBadge(tabId: number, summary: GuardSummary | undefined): Promise<void> {
  await badge.set(tabId, badgeText(summary, i18n.locale()), COLOURS[summary?.level ?? 'unknown']);
}
