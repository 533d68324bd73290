// A refusal from the background, in the seller's words: its code (and, for an import, what is wrong
// and where) through the catalogue. The developer's detail stays in the console, never on screen.
import type { ImportProblem, Refusal } from '../messages';
import { t, tk } from './t';

function importProblem(problem: ImportProblem): string {
  switch (problem.kind) {
    case 'not-export':
      return t('import-problem.not-export');
    case 'newer':
      return t('import-problem.newer', { version: problem.version });
    case 'damaged':
      return t('import-problem.damaged', { where: problem.where, issue: tk('import-issue', problem.issue) });
  }
}

export function refusalText(refusal: Refusal): string {
  if (refusal.problem) return importProblem(refusal.problem);
  return tk('refusal', refusal.code);
}
