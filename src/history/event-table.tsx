// The newest events, one row each, worded in the seller's language: kinds and details from the
// catalogue, times through Intl; text a buyer or a page wrote stays as written, in <bdi>.
import { useEffect, useState } from 'preact/hooks';
import { eventDetail } from '../core/event-detail';
import { RULEBOOKS } from '../core/rulebooks';
import { EVENT_KINDS, type EventRecord } from '../messages/records';
import { say, t, tk, words } from '../ui/t';

interface Events {
  events: EventRecord[];
  /** Absent on the first, faster answer when the window is full; a second answer brings it. */
  total?: number;
}

function heading({ events, total }: Events): string {
  if (total === undefined) return t('history.events-counting', { shown: events.length });
  return events.length < total
    ? t('history.events-of', { shown: events.length, total })
    : t('history.events-all', { total });
}

function Detail({ event }: { event: EventRecord }) {
  const detail = eventDetail(event);
  if (detail === undefined) return null;
  return typeof detail === 'string' ? <bdi>{detail}</bdi> : <>{say(detail)}</>;
}

/**
 * The rows a first screen holds, drawn first: the whole window (200 rows, some 1,400 elements) is
 * built and laid out before anything paints, which the seller waits for; the rest follow once the
 * first screen has painted.
 */
const FIRST_SCREEN_ROWS = 40;

/** How many of `count` rows to draw: a first screen's worth, then (after that has painted) all of them. */
function useRowsToDraw(count: number): number {
  const [all, setAll] = useState(count <= FIRST_SCREEN_ROWS);
  // Preact runs effects after the browser has painted: the first screen is on it by then.
  useEffect(() => {
    if (!all) setAll(true);
  }, [all]);
  return all ? count : FIRST_SCREEN_ROWS;
}

export function EventTable({ data, onOrder }: { data: Events; onOrder: (id: string) => void }) {
  const drawn = useRowsToDraw(data.events.length);
  return (
    <section class="card" aria-labelledby="events-h">
      <h2 id="events-h">{heading(data)}</h2>
      <table class="events">
        <thead>
          <tr>
            <th>{t('history.col-time')}</th>
            <th>{t('history.platform')}</th>
            <th>{t('history.order')}</th>
            <th>{t('history.event')}</th>
            <th>{t('history.col-detail')}</th>
            <th>{t('history.col-counts')}</th>
          </tr>
        </thead>
        <tbody>
          {data.events.slice(0, drawn).map((e) => (
            <tr key={e.id} data-event={e.kind}>
              <td>{words().dateTime(e.at)}</td>
              <td>
                {RULEBOOKS[e.platform]?.displayName ?? e.platform} {e.marketplace}
              </td>
              <td>
                <button type="button" class="link" onClick={() => onOrder(e.orderId)}>
                  {e.orderId}
                </button>
              </td>
              <td>{(EVENT_KINDS as readonly string[]).includes(e.kind) ? tk('event', e.kind) : e.kind}</td>
              <td class="page-text">
                <Detail event={e} />
              </td>
              <td>{e.counted === undefined ? '' : t(e.counted ? 'common.yes' : 'common.no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
