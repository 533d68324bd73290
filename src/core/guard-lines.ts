// What the guard knows beyond its headline, as lines the banner and the popup show, most useful
// first: the seller's step on the platform's ladder and the room before the next one, what the
// figures assume, the windows, the metrics guarded beside it, and how sure the limit is.
import { evaluationLines } from './evaluation-lines';
import type { GuardResult } from './rate-guard';
import { metricNameOf, sureOf } from './platform-words';
import { guardedBoundary, marketplaceRules, ruleRefFor, type Rulebook } from './rulebooks';
import { said, type Said } from './said';

const band = (id: string) => said(`band.${id}`);

/** "Now Above Standard (limit 2%): 3 more defects fit before Below Standard." */
function ladderLines(guard: GuardResult): Said[] {
  const { metric, standing } = guard;
  if (!metric || !standing) return [];
  const unit = metric.unit;
  const lines: Said[] = [];
  if (metric.boundaries.length > 1) {
    const now = band(standing.band);
    if (!standing.limit) lines.push(said('guard.standing-last', { band: now }));
    else if (!standing.next) lines.push(said('guard.standing-rate', { band: now, limit: standing.limit.percent }));
    else
      lines.push(
        said(`guard.standing.${unit}`, {
          band: now,
          limit: standing.limit.percent,
          left: standing.next.room,
          next: band(standing.next.boundary.band),
        }),
      );
  }
  const guarded = guardedBoundary(metric);
  const left = standing.guardedRoom;
  if (left !== undefined && metric.boundaries.length === 1)
    lines.push(
      left === 0
        ? said('guard.headroom-none', { limit: guarded.percent })
        : said('guard.headroom', { left, limit: guarded.percent }),
    );
  else if (left !== undefined && standing.next?.boundary !== guarded && guard.level !== 'over')
    lines.push(said(`guard.before.${unit}`, { left, band: band(guarded.band) }));
  if (guard.uniquesAssumed && guarded.minCount !== undefined)
    lines.push(said('guard.unique-buyers-assumed', { count: guarded.minCount }));
  if (guard.smallShop)
    lines.push(said('guard.small-shop', { total: guard.total!, one: guard.oneCancellationPercent! }));
  return lines;
}

/** The metrics guarded beside the main one, where they are close to or over their limit (and how sure that limit is). */
function alsoLines(guard: GuardResult, book: Rulebook, market: string): Said[] {
  return (guard.also ?? [])
    .filter((f) => f.level === 'near' || f.level === 'over')
    .map((f) =>
      said(f.level === 'over' ? 'guard.also-over' : 'guard.also-near', {
        metric: metricNameOf(f.metric!),
        rate: f.ratePercent!,
        limit: f.thresholdPercent!,
        sure: sureOf(book, market, guardedBoundary(f.metric!).ruleId),
      }),
    );
}

/** The window: which one the platform uses for this shop, and how sure it is. */
function windowLines(guard: GuardResult, book: Rulebook, market: string): Said[] {
  const lines: Said[] = [];
  const metric = guard.metric;
  if (!metric) return lines;
  if (guard.longWindow && metric.windowByVolume)
    lines.push(
      said('guard.long-window', {
        platform: book.displayName,
        min: guard.longWindow.minOrders,
        short: guard.longWindow.shortDays,
        long: guard.windowDays!,
        sure: sureOf(book, market, metric.windowByVolume.ruleId),
      }),
    );
  const days = guard.windowDays!;
  // A window stated only by third parties is said to be so, whatever the metric's own note claims.
  const windowRule = ruleRefFor(book, market, metric.window.ruleId);
  if (metric.window.certainty === 'third-party' || windowRule.confidence === 'third-party')
    lines.push(said('guard.window-unverified', { days }));
  if (metric.window.certainty === 'sources-disagree')
    lines.push(said('guard.window-disputed', { platform: book.displayName, days }));
  for (const w of guard.otherWindows ?? []) {
    lines.push(
      w.ratePercent === undefined
        ? said('guard.other-window-unknown', { days: w.windowDays })
        : said('guard.other-window', { days: w.windowDays, rate: w.ratePercent, limit: guard.thresholdPercent! }),
    );
  }
  return lines;
}

/**
 * Where the limit comes from (or the statement that there is none), when it is not the platform's
 * own page for this marketplace.
 */
function limitLine(guard: GuardResult, book: Rulebook): Said[] {
  if (guard.marketplace === undefined) return [];
  const market = marketplaceRules(book, guard.marketplace).cancellation;
  const ruleId = guard.metric
    ? guardedBoundary(guard.metric).ruleId
    : market.kind === 'none'
      ? market.ruleIds[0]
      : undefined;
  if (ruleId === undefined) return [];
  const ref = ruleRefFor(book, guard.marketplace, ruleId);
  if (ref.confidence === 'official') return [];
  return [
    said(guard.metric ? `guard.limit-${ref.confidence}` : `guard.statement-${ref.confidence}`, {
      platform: book.displayName,
    }),
  ];
}

export function standingLines(guard: GuardResult, book: Rulebook): Said[] {
  const lines: Said[] = [];
  const market = guard.marketplace ?? book.defaultMarketplace;
  const platform = book.displayName;
  const { newSeller } = guard.metric ?? {};
  if (guard.newSeller && newSeller)
    lines.push(
      said('guard.new-seller', { platform, sales: newSeller.untilSales, sure: sureOf(book, market, newSeller.ruleId) }),
    );
  // The level held comes first: the seller keeps it until the next evaluation, whatever the figures say now.
  const evaluation = evaluationLines(guard, book, market);
  const held = guard.nextEvaluationStated && guard.heldBand ? evaluation.splice(0) : [];
  lines.push(...held, ...ladderLines(guard), ...limitLine(guard, book), ...alsoLines(guard, book, market));
  if (guard.nextReliefAt) lines.push(said('guard.relief', { at: guard.nextReliefAt }));
  if (guard.basis === 'observed') lines.push(said('guard.observed-only'));
  lines.push(...windowLines(guard, book, market), ...evaluation);
  const fee = marketplaceRules(book, market).cancellationFee;
  if (fee && guard.metric)
    lines.push(
      said('guard.cancellation-fee', {
        percent: fee.percentOfReferralFee,
        late: fee.afterShipByPercent,
        sure: sureOf(book, market, fee.ruleId),
      }),
    );
  return lines;
}
