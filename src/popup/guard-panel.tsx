import type { GuardSummary } from '../core/guard-view';

export function GuardPanel({ summary }: { summary: GuardSummary }) {
  return (
    <section class="card gauge" data-level={summary.level} aria-label="Cancellation rate">
      <p class="headline">{summary.headline}</p>
      {summary.ratePercent !== undefined && (
        <p class="figures">
          <span>Now <strong>{summary.ratePercent}%</strong></span>
          {summary.thresholdPercent !== undefined && <span> · limit {summary.thresholdPercent}%</span>}
          {summary.projectedRatePercent !== undefined && <span> · if you cancel <strong>{summary.projectedRatePercent}%</strong></span>}
        </p>
      )}
      <ul>{summary.details.map((d) => <li key={d}>{d}</li>)}</ul>
    </section>
  );
}
