// Rows the seller ticks for a bulk action (eBay's Manage orders): the background says what cancelling
// all of them would do. A tick changes the checkbox's state, not its markup, so no MutationObserver
// sees it: checkbox changes are listened to directly (after the page's own handlers, so that a
// "select all" has ticked every row before we count).
import * as v from 'valibot';
import { TickedReplySchema, type TickedReply } from '../messages/background-replies';
import type { PageType } from '../sites/page-type';
import { askBackground } from './ask-background';

/** What the banner and the host show for the ticked rows: nothing ticked is `{ cancellable: 0 }`. */
export type Ticked = Pick<TickedReply, 'cancellable' | 'projectedRatePercent'> & Partial<Pick<TickedReply, 'line'>>;

let asked = '';
let known: Ticked | undefined;

/** The answer for the rows ticked now (cached while the ticks stay the same); `undefined` on pages without ticks. */
async function tickedNow(type: PageType, doc: Document): Promise<Ticked | undefined> {
  if (!type.ticked) return undefined;
  const ids = type.ticked(doc);
  const key = ids.join(' ');
  if (key === asked && known) return known;
  asked = key;
  known = undefined;
  if (ids.length === 0) return (known = { cancellable: 0 });
  const reply = await askBackground({ type: 'cs/ticked', orderIds: ids.slice(0, 500) }).catch(() => undefined);
  const parsed = v.safeParse(TickedReplySchema, reply);
  // Overtaken by another tick meanwhile: that one's answer is the one to show.
  if (key !== asked) return undefined;
  return (known = parsed.success ? parsed.output : undefined);
}

/** Forget the last answer: the figures behind it changed (a new reading of the page). */
function forgetTicked(): void {
  asked = '';
  known = undefined;
}

function watchTicks(doc: Document, onChange: () => void): void {
  doc.addEventListener('change', (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.type === 'checkbox') setTimeout(onChange, 0);
  });
}

export interface Ticks {
  now: typeof tickedNow;
  forget: typeof forgetTicked;
  watch: typeof watchTicks;
}

export const TICKS: Ticks = { now: tickedNow, forget: forgetTicked, watch: watchTicks };
