import { t } from '../ui/t';
import type { GuardSummary } from '../core/guard-view';

export function GuardPanel({ summary }: { summary: GuardSummary }) {
  return (
    <section class="card gauge" data-level={summary.level} aria-label="Cancellation rate">
      <p class="headline">{summary.headline}</p>
      {summary.ratePercent !== undefined && (
        <p class="figures">
          <span>
            {t('now')} <strong>{summary.ratePercent}%</strong>
          </span>
          {summary.thresholdPercent !== undefined && (
            <span>
              {' '}
              · {t('limit')} {summary.thresholdPercent}%
            </span>
          )}
          {summary.projectedRatePercent !== undefined && (
            <span>
              {' '}
              · {t('ifYouCancel')} <strong>{summary.projectedRatePercent}%</strong>
            </span>
          )}
        </p>
      )}
      <ul>
        {summary.details.map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ul>
    </section>
  );
}
