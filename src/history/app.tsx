// History: every recorded event with filters, each order's whole story, and the insight a seller
// reads at a glance (rate over time with the limit, what the buyer-request route saved, reasons,
// repeat buyers). Everything comes from this browser's own records.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { RULEBOOKS } from '../core/rulebooks';
import { PLATFORMS, RECORD_OUTCOMES } from '../core/types';
import { EVENT_KINDS } from '../messages/records';
import { ask } from '../ui/client';
import { t, tk, words } from '../ui/t';
import { EventTable } from './event-table';
import { initialFilter, toMessage, type Filter, type HistoryReply } from './query';
import { RateChart } from './rate-chart';
import { refusalText } from '../ui/refusal-text';

type HistoryAnswer = Extract<HistoryReply, { ok: true }>;
type HistoryInsight = NonNullable<HistoryAnswer['insight']>;

/** The first screen's answer, asked for before the page's words loaded (main.tsx), for `filter`. */
export interface FirstAnswer {
  filter: Filter;
  reply: Promise<HistoryReply>;
  /** The reply, when it was in before the page first rendered: drawn at once, not a frame later. */
  settled?: HistoryReply;
}

export function App({ first }: { first?: FirstAnswer }) {
  const [filter, setFilter] = useState<Filter>(first?.filter ?? initialFilter(location.search));
  const [data, setData] = useState<HistoryReply | undefined>(first?.settled);
  // Used once: the same filter set again later asks afresh.
  const early = useRef(first);
  // The query, not the object: setting the same filter again asks nothing new.
  const query = JSON.stringify(filter);
  useEffect(() => {
    const asked = JSON.parse(query) as Filter;
    let current = true;
    // First what is on screen, then the exact count of everything that matches (counting is the slow part).
    // The page's first filter was asked for already, while the page was still loading.
    const screen =
      early.current && JSON.stringify(early.current.filter) === query
        ? early.current.reply
        : ask(toMessage(asked, false));
    early.current = undefined;
    void screen.then((reply) => {
      if (!current) return;
      setData(reply);
      // The bench waits for this before opening the page again: an open's count still running in
      // the background would hold up the next open's first answer.
      const complete = () => performance.mark('seller-guard:history-complete');
      if (reply.ok && reply.total === undefined)
        void ask(toMessage(asked, true)).then((full) => {
          if (current && full.ok) setData(full);
          complete();
        });
      else complete();
    });
    return () => {
      current = false;
    };
  }, [query]);
  // The bench's first content: the frame that paints the first answer (a rendered answer is marked
  // before that frame's paint, as a reply that came in after the first render is).
  const answered = data !== undefined;
  useLayoutEffect(() => {
    if (answered) requestAnimationFrame(() => performance.mark('seller-guard:history-first-content'));
  }, [answered]);
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
  return (
    <section class="card" aria-labelledby="insight-h">
      <h2 id="insight-h">{t('history.at-a-glance')}</h2>
      {data.series
        .filter((s) => s.points.length > 0)
        .map((s) => (
          <RateChart key={`${s.platform}${s.marketplace}`} series={s} />
        ))}
      {data.insight ? <Figures insight={data.insight} /> : <p>{t('common.loading')}</p>}
    </section>
  );
}

/** What the cancellations, requests and refunds add up to (they come with the second answer on a long history). */
function Figures({ insight }: { insight: HistoryInsight }) {
  const { total, counted, notCounted, savedPercent } = insight.share;
  const reasons = insight.reasons.map((r) =>
    t('history.reason-count', { reason: r.reason ?? t('history.no-reason'), count: r.count }),
  );
  const buyers = insight.repeatBuyers.map(([key, n]) =>
    t('history.reason-count', { reason: key.split('|')[1]!, count: n }),
  );
  return (
    <>
      <p data-share>{t('history.share', { total, counted, notCounted, saved: savedPercent })}</p>
      {reasons.length > 0 && (
        <p class="page-text">{t('history.why-buyers-asked', { reasons: words().list(reasons) })}</p>
      )}
      {buyers.length > 0 && (
        <p data-repeat-buyers class="page-text">
          {t('history.repeat-buyers', { buyers: words().list(buyers) })}
        </p>
      )}
    </>
  );
}
