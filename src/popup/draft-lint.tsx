// What the platform's message rules say about the draft: each finding, how to fix it, and how sure
// the rule behind it is for this marketplace (an official page, another region's, a third party's).
import type { LintFinding } from '../core/drafts';
import { ruleRefFor, type Rulebook } from '../core/rulebooks';
import { say, t, tk } from '../ui/t';

export function DraftLint({
  findings,
  book,
  marketplace,
}: {
  findings: LintFinding[];
  book: Rulebook;
  marketplace: string;
}) {
  if (findings.length === 0) return null;
  return (
    <ul class="lint" aria-label={t('draft.rules')}>
      {findings.map((f) => {
        const confidence = ruleRefFor(book, marketplace, f.ruleId).confidence;
        return (
          <li key={f.rule} data-lint={f.rule} data-rule-confidence={confidence}>
            {say(f.message)} {say(f.fix)} ({tk('confidence', confidence)})
          </li>
        );
      })}
    </ul>
  );
}
