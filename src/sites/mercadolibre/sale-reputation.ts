// Mercado Libre's per-sale reputation line (`.left-column__reputation-container`): "Não afeta sua
// reputação" / "No afecta tu reputación" means the sale does not count (id69793272916,
// id58324639087). The wording when a sale does count was never captured, so any other visible text
// there means it counts; no line (or an empty one) means the page does not say.
import { normalizeLabel } from '../label-match';

const DOES_NOT_COUNT = /n[ãa]o afeta (?:a )?sua reputa[çc][ãa]o|no afecta (?:a )?tu reputaci[óo]n/;

/**
 * From the visible text of each reputation line on a card: false, does not count; true, counts;
 * undefined, the card does not say, or says both. Words beside the sentence change nothing.
 */
export function reputationVerdict(lines: string[]): boolean | undefined {
  const verdicts = new Set(lines.filter(Boolean).map((text) => !DOES_NOT_COUNT.test(normalizeLabel(text))));
  return verdicts.size === 1 ? [...verdicts][0] : undefined;
}
