// The advisor's ranked actions: what to do, why, the rule behind it (opens for the seller, never
// goes into a buyer message) with how sure it is and how old, and what it does to the metrics.
import type { Action, ActionKind } from '../core/advisor/types';
import type { RuleRef } from '../core/rulebooks';
import { said } from '../core/said';
import { actionLabel } from '../ui/action-label';
import { say, t } from '../ui/t';

/** Rule sources come from our rulebooks, but a link still opens only if it is plain https. */
function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** "official, checked 1 Dec 2026" or "third-party report, source dated 2020, checked …". */
function ruleNote(rule: RuleRef): string {
  const confidence = said(`confidence.${rule.confidence}`);
  const checked = Date.parse(rule.checkedOn);
  return rule.sourceDate
    ? t('actions.rule-dated', { confidence, dated: rule.sourceDate, checked })
    : t('actions.rule-ref', { confidence, checked });
}

export function ActionList({
  actions,
  selected,
  onSelect,
}: {
  actions: Action[];
  selected?: ActionKind;
  onSelect: (a: Action) => void;
}) {
  if (actions.length === 0) return <p class="card">{t('actions.none')}</p>;
  return (
    <section class="card" aria-labelledby="actions-h">
      <h2 id="actions-h">{t('actions.heading')}</h2>
      <ol class="actions">
        {actions.map((a) => {
          const href = safeHref(a.source);
          return (
            <li
              key={a.kind}
              data-action={a.kind}
              data-reason-code={a.reasonCode}
              class={selected === a.kind ? 'selected' : undefined}
            >
              <button type="button" class="action" aria-pressed={selected === a.kind} onClick={() => onSelect(a)}>
                {actionLabel(a.kind)}
                {a.reasonCode ? ` ${t('actions.reason-code', { reason: a.reasonCode })}` : ''}
              </button>
              <p class="why">{say(a.why)}</p>
              {a.effects.map((e, i) => (
                <p key={i} class={`effect ${e.effect}`}>
                  {t('actions.effect', { metric: e.metric, detail: e.detail })}
                </p>
              ))}
              {a.rule && (
                <p class="rule" data-rule-confidence={a.rule.confidence}>
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer">
                      {t('actions.rule', { rule: a.rule.id })}
                    </a>
                  ) : (
                    t('actions.rule', { rule: a.rule.id })
                  )}{' '}
                  · {ruleNote(a.rule)}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
