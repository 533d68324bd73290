// The guard's figures and what they mean for this order, as the banner says them.
import type { GuardSummary } from '../core/guard-view';
import { say, t, words } from '../ui/t';

export function GuardPanel({ summary }: { summary: GuardSummary }) {
  const percent = (n: number) => words().percent(n);
  return (
    <section class="card gauge" data-level={summary.level} aria-label={t('gauge.label')}>
      <p class="headline">{say(summary.headline)}</p>
      {summary.ratePercent !== undefined && (
        <p class="figures">
          <span>
            {t('gauge.now')} <strong>{percent(summary.ratePercent)}</strong>
          </span>
          {summary.thresholdPercent !== undefined && (
            <span>
              {' '}
              · {t('gauge.limit')} {percent(summary.thresholdPercent)}
            </span>
          )}
          {summary.projectedRatePercent !== undefined && (
            <span>
              {' '}
              · {t('gauge.if-you-cancel')} <strong>{percent(summary.projectedRatePercent)}</strong>
            </span>
          )}
        </p>
      )}
      <ul>
        {summary.details.map((d, i) => (
          <li key={i}>{say(d)}</li>
        ))}
      </ul>
    </section>
  );
}
