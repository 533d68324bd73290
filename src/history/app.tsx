// History: every recorded event with filters, each order's whole story, and the insight a seller
// reads at a glance (rate over time with the limit, what the buyer-request route saved, reasons,
// repeat buyers). Everything comes from this browser's own records.
import { useEffect, useState } from 'preact/hooks';
import { PLATFORMS, RECORD_OUTCOMES, type Platform, type RecordOutcome } from '../core/types';
import type { UiReplyOf, UiRequest } from '../messages';
import { EVENT_KINDS, type EventKind } from '../messages/records';
import { ask } from '../ui/client';
import { keyed, t } from '../ui/t';
import { RateChart } from './rate-chart';

type HistoryRequest = Extract<UiRequest, { type: 'ui/history' }>;
type HistoryReply = UiReplyOf<HistoryRequest>;
type HistoryAnswer = Extract<HistoryReply, { ok: true }>;

interface Filter {
  platform: string;
  marketplace: string;
  from: string;
  to: string;
  kind: string;
  orderId: string;
  reason: string;
  outcome: string;
}

function toMessage(f: Filter, withTotal: boolean): HistoryRequest {
  const day = (s: string, end: boolean) => (s ? Date.parse(`${s}T00:00:00Z`) + (end ? 86_400_000 - 1 : 0) : undefined);
  // The selects offer only these values; the background checks them again.
  const request: HistoryRequest = {
    type: 'ui/history',
    platform: (f.platform || undefined) as Platform | undefined,
    marketplace: f.marketplace || undefined,
    from: day(f.from, false),
    to: day(f.to, true),
    kind: (f.kind || undefined) as EventKind | undefined,
    orderId: f.orderId || undefined,
    reason: f.reason || undefined,
    outcome: (f.outcome || undefined) as RecordOutcome | undefined,
    withTotal,
  };
  // Without the fields left empty: the message carries only what the seller filtered by.
  return Object.fromEntries(Object.entries(request).filter(([, v]) => v !== undefined)) as HistoryRequest;
}

export function App() {
  const [filter, setFilter] = useState<Filter>({
    platform: '',
    marketplace: '',
    from: '',
    to: '',
    kind: '',
    reason: '',
    outcome: '',
    orderId: new URLSearchParams(location.search).get('order') ?? '',
  });
  const [data, setData] = useState<HistoryReply | undefined>();
  // The query, not the object: setting the same filter again asks nothing new.
  const query = JSON.stringify(filter);
  useEffect(() => {
    const asked = JSON.parse(query) as Filter;
    let current = true;
    // First what is on screen, then the exact count of everything that matches (counting is the slow part).
    void ask(toMessage(asked, false)).then((reply) => {
      if (!current) return;
      setData(reply);
      requestAnimationFrame(() => performance.mark('seller-guard:history-first-content'));
      if (reply.ok && reply.total === undefined)
        void ask(toMessage(asked, true)).then((full) => {
          if (current && full.ok) setData(full);
        });
    });
    return () => {
      current = false;
    };
  }, [query]);
  const set = (key: keyof Filter) => (e: Event) =>
    setFilter({ ...filter, [key]: (e.currentTarget as HTMLInputElement).value });
  return (
    <>
      <h1>{t('historyTitle')}</h1>
      <form class="card filters" aria-label={t('filters')} onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('platform')}{' '}
          <select value={filter.platform} onChange={set('platform')}>
            <option value="">{t('all')}</option>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('marketplace')} <input size={6} value={filter.marketplace} onInput={set('marketplace')} />
        </label>
        <label>
          {t('fromDate')} <input type="date" value={filter.from} onInput={set('from')} />
        </label>
        <label>
          {t('toDate')} <input type="date" value={filter.to} onInput={set('to')} />
        </label>
        <label>
          {t('eventFilter')}{' '}
          <select value={filter.kind} onChange={set('kind')}>
            <option value="">{t('all')}</option>
            {EVENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {keyed('ev', k)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('reasonFilter')} <input size={12} value={filter.reason} onInput={set('reason')} />
        </label>
        <label>
          {t('outcomeFilter')}{' '}
          <select value={filter.outcome} onChange={set('outcome')}>
            <option value="">{t('all')}</option>
            {RECORD_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {keyed('out', o)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('orderFilter')} <input size={20} value={filter.orderId} onInput={set('orderId')} />
        </label>
      </form>
      {!data && <p>{t('loading')}</p>}
      {data && !data.ok && (
        <p class="error" role="alert">
          {data.error}
        </p>
      )}
      {data?.ok && <Insight data={data} />}
      {data?.ok && <EventTable data={data} onOrder={(orderId) => setFilter({ ...filter, orderId })} />}
    </>
  );
}

function Insight({ data }: { data: HistoryAnswer }) {
  return (
    <section class="card" aria-labelledby="insight-h">
      <h2 id="insight-h">{t('atAGlance')}</h2>
      {data.series
        .filter((s) => s.points.length > 0)
        .map((s) => (
          <RateChart key={`${s.platform}${s.marketplace}`} series={s} />
        ))}
      <p data-share>
        {t('shareLine', data.share.total, data.share.counted, data.share.notCounted, data.share.savedPercent)}
      </p>
      {data.reasons.length > 0 && (
        <p>{t('whyBuyersAsked', data.reasons.map((r) => `${r.reason} (${r.count})`).join(', '))}</p>
      )}
      {data.repeatBuyers.length > 0 && (
        <p data-repeat-buyers>
          {t('repeatBuyersLine', data.repeatBuyers.map(([key, n]) => `${key.split('|')[1]} (${n})`).join(', '))}
        </p>
      )}
    </section>
  );
}

function EventTable({ data, onOrder }: { data: HistoryAnswer; onOrder: (id: string) => void }) {
  return (
    <section class="card" aria-labelledby="events-h">
      <h2 id="events-h">
        {t(
          'eventsHeading',
          data.total === undefined
            ? t('newestCounting', data.events.length)
            : data.events.length < data.total
              ? t('newestOf', data.events.length, data.total)
              : data.total,
        )}
      </h2>
      <table class="events">
        <thead>
          <tr>
            <th>{t('colTime')}</th>
            <th>{t('platform')}</th>
            <th>{t('orderFilter')}</th>
            <th>{t('eventFilter')}</th>
            <th>{t('colDetail')}</th>
            <th>{t('colCounts')}</th>
          </tr>
        </thead>
        <tbody>
          {data.events.map((e) => (
            <tr key={e.id} data-event={e.kind}>
              <td>{new Date(e.at).toISOString().slice(0, 16).replace('T', ' ')}</td>
              <td>
                {e.platform} {e.marketplace}
              </td>
              <td>
                <button type="button" class="link" onClick={() => onOrder(e.orderId)}>
                  {e.orderId}
                </button>
              </td>
              <td>{(EVENT_KINDS as readonly string[]).includes(e.kind) ? keyed('ev', e.kind) : e.kind}</td>
              <td>{e.detail ?? ''}</td>
              <td>{e.counted === undefined ? '' : t(e.counted ? 'yes' : 'no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
