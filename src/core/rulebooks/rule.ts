// One rule as a platform (or a reporter of it) states it: its words, the page it was read on, that
// page's own date or version, the day we checked it, and how sure we are of it for one marketplace.
// Anything shown to a seller as a rule carries that certainty (see refOf).

/** What the source is: the platform's own help or developer page, a platform employee's forum post, or anyone else. */
export type SourceKind = 'official' | 'official-forum' | 'third-party';

/**
 * How sure we are, for the marketplace the rule is applied to: the platform's own page for it; the
 * platform's own page, but for another region (Amazon's UK page applied to amazon.com); a third party.
 */
export const CONFIDENCES = ['official', 'official-regional', 'third-party'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export interface Rule {
  id: string;
  /** The rule in a sentence, for developers and for the tests that check each "why" against it. */
  says: string;
  source: string;
  sourceKind: SourceKind;
  /** The source's own date or version as it writes it ("v. 06/18/2025", "Aug 25, 2020"); absent when undated. */
  sourceDate?: string;
  /** ISO day we last checked the rule against ../shared/research/policies.md and its source. */
  checkedOn: string;
  /** Marketplaces or regions the source itself speaks for; absent when it is the platform's rule everywhere. */
  covers?: string[];
}

/** A rule as the seller sees it beside advice or a limit: where, how old, how sure. */
export interface RuleRef {
  id: string;
  source: string;
  sourceDate?: string;
  checkedOn: string;
  confidence: Confidence;
}

export function confidenceOf(rule: Rule, marketplace: string): Confidence {
  if (rule.sourceKind === 'third-party') return 'third-party';
  return !rule.covers || rule.covers.includes(marketplace) ? 'official' : 'official-regional';
}

export function refOf(rule: Rule, marketplace: string): RuleRef {
  const ref: RuleRef = {
    id: rule.id,
    source: rule.source,
    checkedOn: rule.checkedOn,
    confidence: confidenceOf(rule, marketplace),
  };
  if (rule.sourceDate) ref.sourceDate = rule.sourceDate;
  return ref;
}

/** A rulebook's rules, each stamped with the day they were checked unless it names its own. */
export function checkedRules(checkedOn: string, rules: (Omit<Rule, 'checkedOn'> & { checkedOn?: string })[]): Rule[] {
  return rules.map((r) => ({ ...r, checkedOn: r.checkedOn ?? checkedOn }));
}

/** The oldest check among the rules: what "rules checked on" means for a whole rulebook. */
export function oldestCheck(rules: Rule[]): string {
  return rules.map((r) => r.checkedOn).sort()[0]!;
}
