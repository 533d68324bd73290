// Mercado Libre's per-sale reputation line (`.left-column__reputation-container`): "Não afeta sua
// reputação" / "No afecta tu reputación" means the sale does not count (id69793272916,
// id58324639087). The wording when a sale does count was never captured, so any other visible text
// there means it counts; no line (or an empty one) means the page does not say.
import { normalizeLabel } from '../label-match';
import { isShown } from '../visible-text';
import { visibleLines } from '../visible-lines';
import { SALES } from './selectors';

const DOES_NOT_COUNT = /n[ãa]o afeta (?:a )?sua reputa[çc][ãa]o|no afecta (?:a )?tu reputaci[óo]n/;

/** false: does not count; true: counts; undefined: the card does not say, or says both. */
export function reputationVerdict(card: Element): boolean | undefined {
  const verdicts = new Set<boolean>();
  for (const line of card.querySelectorAll(SALES.reputation)) {
    if (!isShown(line, card)) continue;
    const texts = visibleLines(line).map((l) => normalizeLabel(l.text));
    // Words beside the sentence (a hint, a date) do not change what it says.
    if (texts.some((t) => DOES_NOT_COUNT.test(t))) verdicts.add(false);
    else if (texts.length) verdicts.add(true);
  }
  return verdicts.size === 1 ? [...verdicts][0] : undefined;
}
