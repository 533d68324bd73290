// The toolbar badge: the level's colour and the rate ("2.1"), per tab.
import type { GuardSummary } from '../core/guard-view';
import { badge } from '../shared/browser';

const COLOURS = { ok: '#16804e', near: '#b45309', over: '#b91c1c', unknown: '#6b7280', none: '#6b7280' } as const;

export function badgeText(summary: GuardSummary | undefined): string {
  if (!summary) return '?';
  if (summary.ratePercent === undefined) return summary.level === 'none' ? '' : '?';
  // Four characters fit: "2.1", "12", "100".
  return summary.ratePercent >= 10 ? String(Math.round(summary.ratePercent)) : summary.ratePercent.toFixed(1);
}

export async function showBadge(tabId: number, summary: GuardSummary | undefined): Promise<void> {
  await badge.set(tabId, badgeText(summary), COLOURS[summary?.level ?? 'unknown']);
}
