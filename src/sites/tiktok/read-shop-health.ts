// Shop health (/account/health, Brazil /health-center/…) → the centre's own seller-fault cancellation
// rate, late dispatch and valid tracking, with their targets and windows. The page's own answer is the
// reading (its markup is unknown in every region); where the page shows an indicator's title, the
// figure beside it must be the answer's, within the page's rounding, or the page is refused.
import { TIKTOK_PERFORMANCE_PATH } from '../../page-world/tiktok-paths';
import type { ReadFailure } from '../../core/types';
import { readLabelledFigures, type FigureReading } from '../labelled-figure';
import type { PageJson } from '../page-json';
import {
  HEALTH_METRICS,
  healthIndicators,
  type HealthFigure,
  type HealthMetric,
  type TitledFigure,
} from './health-json';

export type TikTokHealthReading =
  { ok: true; metrics: HealthFigure[]; missing: HealthMetric[] } | { ok: false; code: ReadFailure; reason: string };

/** Whether what the page shows beside the title is the answer's figure (nothing shown yet agrees). */
function shownAgrees(figure: TitledFigure, shown: FigureReading | undefined): boolean {
  if (!shown || shown.kind === 'absent' || shown.kind === 'pending') return true;
  if (shown.kind === 'ambiguous') return false;
  if (shown.kind === 'none') return figure.ratePercent === null;
  if (figure.ratePercent === null) return false;
  const { value, decimals } = shown.rate;
  const windowOk =
    shown.windowDays === undefined || figure.windowDays === undefined || shown.windowDays === figure.windowDays;
  return windowOk && Math.abs(figure.ratePercent - value) <= 0.5 * 10 ** -decimals + 1e-9;
}

export function readTikTokShopHealth(doc: Document, json?: PageJson): TikTokHealthReading {
  const indicators = json ? healthIndicators(json.latest(TIKTOK_PERFORMANCE_PATH)) : undefined;
  if (!indicators) return { ok: false, code: 'page-not-ready', reason: 'no performance/list answer yet' };
  const mine = [...indicators.mine.entries()];
  const titled = mine.flatMap(([metric, f]) =>
    f !== 'invalid' && f.title ? [{ key: metric, labels: [f.title] }] : [],
  );
  // Other indicators' titles bound our figures' regions ("Late dispatch rate (instant delivery)" is not ours).
  const shown = titled.length
    ? readLabelledFigures(doc.body ?? doc.documentElement, titled, indicators.otherTitles)
    : undefined;
  const metrics: HealthFigure[] = [];
  for (const [metric, figure] of mine) {
    // Only the guarded figure must be there; another that does not hold together is left out.
    if (figure === 'invalid') {
      if (metric === 'seller-fault-cancellation')
        return {
          ok: false,
          code: 'page-data-invalid',
          reason: `${metric}: unit, operator or duplicates do not hold together`,
        };
      continue;
    }
    if (!shownAgrees(figure, shown?.[metric]))
      return {
        ok: false,
        code: 'figures-disagree',
        reason: `${metric}: the page shows another figure than its answer`,
      };
    const { title: _title, ...plain } = figure;
    metrics.push(plain);
  }
  const order = (m: HealthFigure) => HEALTH_METRICS.indexOf(m.metric);
  metrics.sort((a, b) => order(a) - order(b));
  return { ok: true, metrics, missing: HEALTH_METRICS.filter((m) => !metrics.some((x) => x.metric === m)) };
}
