// The platform's cancellation rate over time, one small chart per marketplace, with the limit drawn
// as a dashed line so the seller reads it at a glance.
import type { RateSeries } from '../core/insight';
import { RULEBOOKS } from '../core/rulebooks';
import type { Platform } from '../core/types';
import { t, words } from '../ui/t';

const W = 560;
const H = 140;
const PAD = 28;

export function RateChart({ series }: { series: RateSeries & { thresholdPercent?: number } }) {
  const { points, thresholdPercent } = series;
  const maxRate = Math.max(thresholdPercent ?? 0, ...points.map((p) => p.ratePercent), 1) * 1.2;
  const t0 = points[0]!.at;
  const span = Math.max(points[points.length - 1]!.at - t0, 1);
  const x = (at: number) => PAD + ((at - t0) / span) * (W - 2 * PAD);
  const y = (rate: number) => H - PAD - (rate / maxRate) * (H - 2 * PAD);
  const day = (ms: number) => words().date(ms);
  const platform = RULEBOOKS[series.platform as Platform]?.displayName ?? series.platform;
  const figures = {
    platform,
    marketplace: series.marketplace,
    points: words().list(points.map((p) => t('chart.point', { at: p.at, rate: p.ratePercent }))),
  };
  const label =
    thresholdPercent !== undefined
      ? t('chart.label-limit', { ...figures, limit: thresholdPercent })
      : t('chart.label', figures);
  return (
    <figure class="chart">
      <figcaption>
        {platform} · {series.marketplace}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} width="100%">
        <line x1={PAD} y1={H - PAD} x2={W - PAD} y2={H - PAD} class="axis" />
        {thresholdPercent !== undefined && (
          <>
            <line x1={PAD} y1={y(thresholdPercent)} x2={W - PAD} y2={y(thresholdPercent)} class="limit" />
            <text x={W - PAD} y={y(thresholdPercent) - 4} text-anchor="end" class="limit-label">
              {words().percent(thresholdPercent)}
            </text>
          </>
        )}
        <polyline points={points.map((p) => `${x(p.at)},${y(p.ratePercent)}`).join(' ')} class="rate" />
        {points.map((p) => (
          <circle
            key={p.at}
            cx={x(p.at)}
            cy={y(p.ratePercent)}
            r={3}
            class={thresholdPercent !== undefined && p.ratePercent >= thresholdPercent ? 'over' : 'rate'}
          />
        ))}
        <text x={PAD} y={H - 8} class="tick">
          {day(t0)}
        </text>
        <text x={W - PAD} y={H - 8} text-anchor="end" class="tick">
          {day(points[points.length - 1]!.at)}
        </text>
      </svg>
    </figure>
  );
}
