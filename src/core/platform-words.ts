// The platform's own names for things, as codes: the catalogue words them per platform and language
// (a buyer's cancellation flow is "Your Orders › Request cancellation" on Amazon.com and
// "Meine Bestellungen › Stornierung anfordern" for a German reader).
import type { RateMetric, Rulebook } from './rulebooks';
import { said, type Said } from './said';

/** Where the buyer asks to cancel; the generic words where the platform has no flow of its own. */
export const flowOf = (book: Rulebook): Said => said(book.buyerCancelFlow ? `flow.${book.platform}` : 'flow.generic');

/** Where the seller answers a claim: A-to-z claim, Etsy case, AliExpress dispute… */
export const escalationOf = (book: Rulebook): Said => said(`escalation.${book.platform}`);

/** The metric's name, at the start of a line ("Cancellation rate 1.92%") or inside one ("the cancellation rate"). */
export const metricNameOf = (metric: RateMetric, inline = false): Said =>
  said(`${inline ? 'metric-inline' : 'metric'}.${metric.name}`);
