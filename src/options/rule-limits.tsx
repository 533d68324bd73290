// Each platform's cancellation limits per marketplace as its rulebook states them: how sure each one
// is here, every window it is measured over, the day the rules were checked, and the seller's override.
import { said } from '../core/said';
import type { UiAnswer } from '../messages';
import { t } from '../ui/t';

type Rulebooks = UiAnswer<'ui/get-settings'>['rulebooks'];
type MarketLimit = NonNullable<Rulebooks[number]['markets'][number]['metric']>;

const OLD_AFTER_DAYS = 180;

/** The other windows the limit is measured over (India's 30 days, eBay's 12 months under 400 sales). */
function windowsBeside(metric: MarketLimit): string {
  const notes = (metric.alsoWindowDays ?? []).map((days) => t('limits.also-window', { days }));
  if (metric.longWindow)
    notes.push(t('limits.long-window', { days: metric.longWindow.days, min: metric.longWindow.minOrders }));
  return notes.map((n) => ` · ${n}`).join('');
}

function ageNote(checkedOn: string, now = Date.now()): string {
  const days = Math.floor((now - Date.parse(checkedOn)) / 86_400_000);
  return days > OLD_AFTER_DAYS ? t('limits.rules-old', { days }) : '';
}

interface Props {
  rulebooks: Rulebooks;
  overrides: Record<string, { thresholdPercent?: number } | undefined>;
  onOverride: (key: string, value: string) => void;
}

export function RuleLimits({ rulebooks, overrides, onOverride }: Props) {
  return (
    <>
      <h2>{t('limits.heading')}</h2>
      <p>{t('limits.intro')}</p>
      {rulebooks.map((b) => (
        <fieldset key={b.platform}>
          <legend>
            {t('limits.checked-on', { platform: b.name, date: Date.parse(b.checkedOn) })}
            {ageNote(b.checkedOn)}
          </legend>
          {b.markets.every((m) => !m.metric) ? (
            <p>{t('limits.none')}</p>
          ) : (
            <div class="grid">
              {b.markets
                .filter((m) => m.metric)
                .map((m) => {
                  const key = `${b.platform}:${m.code}`;
                  return [
                    <label key={`${key}-l`} for={key}>
                      {t('limits.market', {
                        market: m.code,
                        limit: m.metric!.threshold,
                        days: m.metric!.windowDays,
                        // How sure the limit is for this marketplace: its own page, another's, a third party.
                        confidence: said(`confidence.${m.metric!.rule.confidence}`),
                      })}
                      {windowsBeside(m.metric!)}
                    </label>,
                    <input
                      key={key}
                      id={key}
                      type="number"
                      step="0.1"
                      min={0.01}
                      max={100}
                      placeholder={t('limits.platform-value')}
                      value={overrides[key]?.thresholdPercent ?? ''}
                      onInput={(e) => onOverride(key, e.currentTarget.value)}
                    />,
                  ];
                })}
            </div>
          )}
        </fieldset>
      ))}
    </>
  );
}
