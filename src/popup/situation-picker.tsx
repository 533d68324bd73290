// "What happened?" and "How did the buyer ask?": two rows of toggle buttons, remembered per order.
import type { SituationReason } from '../core/advisor/types';
import type { AskedVia } from '../core/rulebooks';
import { SITUATIONS } from '../core/advisor/types';
import { t, tk } from '../ui/t';

const ASKED: AskedVia[] = ['platform-request', 'message', 'seller'];

export interface Choice {
  situation: SituationReason;
  askedVia: AskedVia;
}

export function SituationPicker({ choice, onChange }: { choice: Choice; onChange: (c: Choice) => void }) {
  return (
    <section class="card" aria-labelledby="situation-h">
      <h2 id="situation-h">{t('situation.heading')}</h2>
      <div class="chips" role="group" aria-label={t('situation.heading')}>
        {SITUATIONS.map((s) => (
          <button
            type="button"
            key={s}
            data-situation={s}
            aria-pressed={choice.situation === s}
            onClick={() => onChange({ ...choice, situation: s })}
          >
            {tk('situation', s)}
          </button>
        ))}
      </div>
      <h2 class="sub">{t('asked.heading')}</h2>
      <div class="chips" role="group" aria-label={t('asked.heading')}>
        {ASKED.map((a) => (
          <button
            type="button"
            key={a}
            data-asked-via={a}
            aria-pressed={choice.askedVia === a}
            onClick={() => onChange({ ...choice, askedVia: a })}
          >
            {tk('asked', a)}
          </button>
        ))}
      </div>
    </section>
  );
}
