// The advisor's ranked actions: what to do, why, the rule behind it (opens for the seller, never
// goes into a buyer message) and what it does to the metrics.
import type { Action, ActionKind } from '../core/advisor/types';

export const ACTION_LABELS: Record<ActionKind, string> = {
  'confirm-buyer-cancellation': 'Confirm the buyer\'s cancellation', 'ask-buyer-to-request-cancellation': 'Ask the buyer to request cancellation',
  cancel: 'Cancel the order', 'decline-cancellation': 'Decline politely', 'offer-return': 'Offer a return', refund: 'Refund',
  'partial-refund': 'Partial refund', replacement: 'Send a replacement', 'store-credit': 'Offer store credit', 'update-address': 'Update the address',
  'ship-to-order-address': 'Ship to the order address', 'intercept-shipment': 'Intercept the shipment', 'provide-tracking': 'Share tracking',
  'gather-evidence': 'Gather evidence', 'escalate-to-platform': 'Answer the claim with the platform', 'contact-buyer': 'Contact the buyer',
};

/** Rule sources come from our rulebooks, but a link still opens only if it is plain https. */
function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

export function ActionList({ actions, selected, onSelect }: { actions: Action[]; selected?: ActionKind; onSelect: (a: Action) => void }) {
  if (actions.length === 0) return <p class="card">Nothing to do for this order in this situation.</p>;
  return (
    <section class="card" aria-labelledby="actions-h">
      <h2 id="actions-h">Suggested actions</h2>
      <ol class="actions">
        {actions.map((a) => {
          const href = safeHref(a.source);
          return (
            <li key={a.kind} data-action={a.kind} data-reason-code={a.reasonCode} class={selected === a.kind ? 'selected' : undefined}>
              <button type="button" class="action" aria-pressed={selected === a.kind} onClick={() => onSelect(a)}>
                {ACTION_LABELS[a.kind]}{a.reasonCode ? ` (reason ${a.reasonCode})` : ''}
              </button>
              <p class="why">{a.why}</p>
              {a.effects.map((e) => <p key={e.metric + e.effect} class={`effect ${e.effect}`}>{e.metric}: {e.detail}</p>)}
              {href && <a href={href} target="_blank" rel="noopener noreferrer" class="rule">Rule: {a.ruleId}</a>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
