// The platform's own names for things, as codes: the catalogue words them per platform and language
// (a buyer's cancellation flow is "Your Orders › Request cancellation" on Amazon.com and
// "Meine Bestellungen › Stornierung anfordern" for a German reader).
import { ruleRefFor, type Deadline, type Ladder, type Rulebook } from './rulebooks';
import { said, type Said } from './said';

/** Where the buyer asks to cancel; the generic words where the platform has no flow of its own. */
export const flowOf = (book: Rulebook): Said => said(book.buyerCancelFlow ? `flow.${book.platform}` : 'flow.generic');

/** Where the seller answers a claim: A-to-z claim, Etsy case, AliExpress dispute… */
export const escalationOf = (book: Rulebook): Said => said(`escalation.${book.platform}`);

/** The metric's name, at the start of a line ("Cancellation rate 1.92%") or inside one ("the cancellation rate"). */
export const metricNameOf = (metric: Ladder, inline = false): Said =>
  said(`${inline ? 'metric-inline' : 'metric'}.${metric.name}`);

/** "within 3 business days", "within 24 hours": a platform's deadline, worded per unit and number. */
export const deadlineOf = (d: Deadline): Said => said(`deadline.${d.unit}`, { amount: d.amount });

/** How sure a rule is for this marketplace, worded: "official", "third-party report"… */
export const sureOf = (book: Rulebook, marketplace: string, ruleId: string): Said =>
  said(`confidence.${ruleRefFor(book, marketplace, ruleId).confidence}`);
