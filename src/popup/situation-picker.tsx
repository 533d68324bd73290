// "What happened?" and "How did the buyer ask?": two rows of toggle buttons, remembered per order.
import type { SituationReason } from '../core/advisor/types';
import type { AskedVia } from '../core/rulebooks';

export const SITUATION_LABELS: Record<SituationReason, string> = {
  'changed-mind': 'Changed their mind', 'duplicate-order': 'Duplicate order', 'out-of-stock': 'Out of stock', 'address-change': 'Address change',
  'not-received': 'Not received', damaged: 'Damaged', 'not-as-described': 'Not as described', 'payment-problem': 'Payment problem',
  'suspected-fraud': 'Suspected fraud', 'late-cancellation': 'Late cancellation',
};

const ASKED_LABELS: Record<AskedVia, string> = { 'platform-request': 'Through the platform', message: 'By message', seller: 'Nobody: my idea' };

export interface Choice {
  situation: SituationReason;
  askedVia: AskedVia;
}

export function SituationPicker({ choice, onChange }: { choice: Choice; onChange: (c: Choice) => void }) {
  return (
    <section class="card" aria-labelledby="situation-h">
      <h2 id="situation-h">What happened?</h2>
      <div class="chips" role="group" aria-label="Situation">
        {(Object.keys(SITUATION_LABELS) as SituationReason[]).map((s) => (
          <button type="button" key={s} data-situation={s} aria-pressed={choice.situation === s} onClick={() => onChange({ ...choice, situation: s })}>
            {SITUATION_LABELS[s]}
          </button>
        ))}
      </div>
      <h2 class="sub">How did the buyer ask?</h2>
      <div class="chips" role="group" aria-label="How the buyer asked">
        {(Object.keys(ASKED_LABELS) as AskedVia[]).map((a) => (
          <button type="button" key={a} data-asked-via={a} aria-pressed={choice.askedVia === a} onClick={() => onChange({ ...choice, askedVia: a })}>
            {ASKED_LABELS[a]}
          </button>
        ))}
      </div>
    </section>
  );
}
