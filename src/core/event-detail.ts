// What a recorded event's detail means, as a code the history words in the seller's language. The
// store keeps ids and short machine forms ("unshipped→cancelled", "inserted (refund, de)"); text a
// buyer or a page wrote (a cancellation reason) is returned as it is, to be shown as page text.
import { ACTION_KINDS } from './advisor/types';
import { said, type Said } from './said';
import { ORDER_STATUSES, RECORD_OUTCOMES, REFUND_STATES } from './types';

export interface EventFacts {
  kind: string;
  detail?: string;
  route?: 'platform-request' | 'message' | 'seller';
  reasonCode?: string;
}

const isOneOf = (list: readonly string[], value: string | undefined): value is string =>
  value !== undefined && list.includes(value);

const status = (s: string | undefined): Said | string | undefined =>
  isOneOf(ORDER_STATUSES, s) ? said(`status.${s}`) : s;

function cancellation(e: EventFacts): Said | string | undefined {
  // Records from before routes were kept say it in their own words.
  if (!e.route) return e.detail;
  const how = said(`detail.cancelled-${e.route}`);
  return e.reasonCode
    ? said('detail.joined', { first: how, second: said('detail.reason-picked', { reason: e.reasonCode }) })
    : how;
}

function draftUse(detail: string | undefined): Said | string | undefined {
  const m = /^(inserted|copied) \(([\w-]+), ([\w-]+)\)$/.exec(detail ?? '');
  if (!m || !isOneOf(ACTION_KINDS, m[2])) return detail;
  return said('detail.draft-used', { how: said(`draft.how.${m[1]}`), action: said(`action.${m[2]}`), lang: m[3]! });
}

function adviceOutcome(detail: string | undefined): Said | string | undefined {
  const [action, outcome] = (detail ?? '').split(': ');
  if (!isOneOf(ACTION_KINDS, action) || !isOneOf(RECORD_OUTCOMES, outcome)) return detail;
  return said('detail.advice-outcome', { action: said(`action.${action}`), outcome: said(`outcome.${outcome}`) });
}

export function eventDetail(e: EventFacts): Said | string | undefined {
  switch (e.kind) {
    case 'order-seen':
      return status(e.detail);
    case 'status-changed': {
      const [from, to] = (e.detail ?? '').split('→');
      return isOneOf(ORDER_STATUSES, from) && isOneOf(ORDER_STATUSES, to)
        ? said('detail.status-change', { from: said(`status.${from}`), to: said(`status.${to}`) })
        : e.detail;
    }
    case 'cancellation':
      return cancellation(e);
    case 'cancel-request-seen':
      return e.detail === 'platform' || e.detail === 'message' ? said(`detail.request-${e.detail}`) : e.detail;
    case 'refund':
      return isOneOf(REFUND_STATES, e.detail) ? said(`detail.refund.${e.detail}`) : e.detail;
    case 'address-changed':
      return said('detail.address-changed');
    case 'draft-used':
      return draftUse(e.detail);
    case 'advice-given':
      return isOneOf(ACTION_KINDS, e.detail) ? said(`action.${e.detail}`) : e.detail;
    case 'advice-outcome':
      return adviceOutcome(e.detail);
    default:
      return e.detail;
  }
}
