// The platform's evaluation, as lines for the banner and the popup: the level its page says the
// seller holds until the next evaluation and that date (eBay's "Current seller level" and "Next
// evaluation"), or, when the page has not said, the next evaluation day its rule gives and how sure
// that rule is.
import { sureOf } from './platform-words';
import type { GuardResult } from './rate-guard';
import type { Rulebook } from './rulebooks';
import { said, type Said } from './said';

export function evaluationLines(guard: GuardResult, book: Rulebook, market: string): Said[] {
  const evaluation = guard.metric?.evaluation;
  const at = guard.nextEvaluationAt;
  if (!evaluation || at === undefined) return [];
  const platform = book.displayName;
  if (guard.nextEvaluationStated && guard.heldBand)
    return [said('guard.level-held', { platform, band: said(`band.${guard.heldBand}`), at })];
  if (guard.nextEvaluationStated) return [said('guard.next-evaluation-stated', { platform, at })];
  return [said('guard.next-evaluation', { platform, at, sure: sureOf(book, market, evaluation.ruleId) })];
}
