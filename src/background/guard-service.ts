// Joins the store and the core: the guard for a platform and marketplace, from what is stored.
import { summarize, type GuardSummary } from '../core/guard-view';
import { guardRate, type GuardResult } from '../core/rate-guard';
import { rulebookFor } from '../core/rulebooks';
import type { OrderSeen, Platform } from '../core/types';
import type { GuardDatabase } from '../store/db';
import { guardData } from '../store/queries';
import { latestSnapshots } from '../store/snapshots';
import type { Settings } from '../store/settings';

export async function guardFor(
  db: GuardDatabase,
  settings: Settings,
  platform: Platform,
  marketplace: string,
  now: number,
): Promise<GuardResult> {
  const [snapshots, data] = await Promise.all([
    latestSnapshots(db, platform, marketplace),
    guardData(db, platform, marketplace),
  ]);
  // The guarded figure, and those guarded beside it (eBay's cases closed, Mercado Libre's claims…).
  const snapshot = snapshots.find((s) => s.metric === 'cancellation-rate');
  const otherSnapshots = snapshots.filter((s) => s !== snapshot);
  const override = settings.overrides[`${platform}:${marketplace}`] ?? settings.overrides[platform];
  return guardRate({
    platform,
    marketplace,
    now,
    snapshot,
    otherSnapshots,
    ...data,
    settings: { warningMargin: settings.warningMargin, ...override },
  });
}

export async function summaryFor(
  db: GuardDatabase,
  settings: Settings,
  platform: Platform,
  marketplace: string,
  now: number,
  focus?: OrderSeen,
): Promise<GuardSummary> {
  return summarize(await guardFor(db, settings, platform, marketplace, now), rulebookFor(platform), focus);
}
