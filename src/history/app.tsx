// History: every recorded event with filters, each order's whole story, and the insight a seller
// reads at a glance (rate over time with the limit, what the buyer-request route saved, reasons,
// repeat buyers). Everything comes from this browser's own records.
import { useEffect, useState } from 'preact/hooks';
import { RULEBOOKS } from '../core/rulebooks';
import { PLATFORMS, RECORD_OUTCOMES, type Platform, type RecordOutcome } from '../core/types';
import type { UiReplyOf, UiRequest } from '../messages';
import { EVENT_KINDS, type EventKind } from '../messages/records';
import { ask } from '../ui/client';
import { t, tk, words } from '../ui/t';
import { EventTable } from './event-table';
import { RateChart } from './rate-chart';
import { refusalText } from '../ui/refusal-text';

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
      <h1>{t('history.title')}</h1>
      <form class="card filters" aria-label={t('history.filters')} onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('history.platform')}{' '}
          <select value={filter.platform} onChange={set('platform')}>
            <option value="">{t('history.all')}</option>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {RULEBOOKS[p].displayName}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('history.marketplace')} <input size={6} value={filter.marketplace} onInput={set('marketplace')} />
        </label>
        <label>
          {t('history.from')} <input type="date" value={filter.from} onInput={set('from')} />
        </label>
        <label>
          {t('history.to')} <input type="date" value={filter.to} onInput={set('to')} />
        </label>
        <label>
          {t('history.event')}{' '}
          <select value={filter.kind} onChange={set('kind')}>
            <option value="">{t('history.all')}</option>
            {EVENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {tk('event', k)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('history.reason')} <input size={12} value={filter.reason} onInput={set('reason')} />
        </label>
        <label>
          {t('history.outcome')}{' '}
          <select value={filter.outcome} onChange={set('outcome')}>
            <option value="">{t('history.all')}</option>
            {RECORD_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {tk('outcome', o)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('history.order')} <input size={20} value={filter.orderId} onInput={set('orderId')} />
        </label>
      </form>
      {!data && <p>{t('common.loading')}</p>}
      {data && !data.ok && (
        <p class="error" role="alert">
          {refusalText(data)}
        </p>
      )}
      {data?.ok && <Insight data={data} />}
      {data?.ok && <EventTable data={data} onOrder={(orderId) => setFilter({ ...filter, orderId })} />}
    </>
  );
}

function Insight({ data }: { data: HistoryAnswer }) {
  const { total, counted, notCounted, savedPercent } = data.share;
  const reasons = data.reasons.map((r) =>
    t('history.reason-count', { reason: r.reason ?? t('history.no-reason'), count: r.count }),
  );
  const buyers = data.repeatBuyers.map(([key, n]) =>
    t('history.reason-count', { reason: key.split('|')[1]!, count: n }),
  );
  return (
    <section class="card" aria-labelledby="insight-h">
      <h2 id="insight-h">{t('history.at-a-glance')}</h2>
      {data.series
        .filter((s) => s.points.length > 0)
        .map((s) => (
          <RateChart key={`${s.platform}${s.marketplace}`} series={s} />
        ))}
      <p data-share>{t('history.share', { total, counted, notCounted, saved: savedPercent })}</p>
      {reasons.length > 0 && (
        <p class="page-text">{t('history.why-buyers-asked', { reasons: words().list(reasons) })}</p>
      )}
      {buyers.length > 0 && (
        <p data-repeat-buyers class="page-text">
          {t('history.repeat-buyers', { buyers: words().list(buyers) })}
        </p>
      )}
    </section>
  );
}
