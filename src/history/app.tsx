// History: every recorded event with filters, each order's whole story, and the insight a seller
// reads at a glance (rate over time with the limit, what the buyer-request route saved, reasons,
// repeat buyers). Everything comes from this browser's own records.
import { useEffect, useState } from 'preact/hooks';
import type { CancellationShare, RateSeries } from '../core/insight';
import { PLATFORMS, RECORD_OUTCOMES } from '../core/types';
import { runtime } from '../shared/browser';
import { EVENT_KINDS, type EventRecord } from '../store/schema';
import { RateChart } from './rate-chart';

interface HistoryReply {
  ok: boolean;
  events: EventRecord[];
  /** Absent on the first, faster answer when the window is full; a second answer brings it. */
  total?: number;
  series: (RateSeries & { thresholdPercent?: number })[];
  share: CancellationShare;
  reasons: { reason: string; count: number }[];
  repeatBuyers: [string, number][];
  error?: string;
}

interface Filter { platform: string; marketplace: string; from: string; to: string; kind: string; orderId: string; reason: string; outcome: string }

function toMessage(f: Filter) {
  const day = (s: string, end: boolean) => (s ? Date.parse(`${s}T00:00:00Z`) + (end ? 86_400_000 - 1 : 0) : undefined);
  return { type: 'ui/history', platform: f.platform || undefined, marketplace: f.marketplace || undefined, from: day(f.from, false), to: day(f.to, true), kind: f.kind || undefined, orderId: f.orderId || undefined,
    reason: f.reason || undefined, outcome: f.outcome || undefined };
}

export function App() {
  const [filter, setFilter] = useState<Filter>({ platform: '', marketplace: '', from: '', to: '', kind: '', reason: '', outcome: '', orderId: new URLSearchParams(location.search).get('order') ?? '' });
  const [data, setData] = useState<HistoryReply | undefined>();
  useEffect(() => {
    let current = true;
    const ask = (withTotal: boolean) => runtime.send<HistoryReply>(JSON.parse(JSON.stringify({ ...toMessage(filter), withTotal })));
    // First what is on screen, then the exact count of everything that matches (counting is the slow part).
    void ask(false).then((reply) => {
      if (!current) return;
      setData(reply);
      requestAnimationFrame(() => performance.mark('seller-guard:history-first-content'));
      if (reply?.ok && reply.total === undefined) void ask(true).then((full) => { if (current && full?.ok) setData(full); });
    });
    return () => { current = false; };
  }, [JSON.stringify(filter)]);
  const set = (key: keyof Filter) => (e: Event) => setFilter({ ...filter, [key]: (e.currentTarget as HTMLInputElement).value });
  return (
    <>
      <h1>Seller Guard history</h1>
      <form class="card filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <label>Platform <select value={filter.platform} onChange={set('platform')}><option value="">all</option>{PLATFORMS.map((p) => <option key={p} value={p}>{p}</option>)}</select></label>
        <label>Marketplace <input size={6} value={filter.marketplace} onInput={set('marketplace')} /></label>
        <label>From <input type="date" value={filter.from} onInput={set('from')} /></label>
        <label>To <input type="date" value={filter.to} onInput={set('to')} /></label>
        <label>Event <select value={filter.kind} onChange={set('kind')}><option value="">all</option>{EVENT_KINDS.map((k) => <option key={k} value={k}>{k}</option>)}</select></label>
        <label>Reason <input size={12} value={filter.reason} onInput={set('reason')} /></label>
        <label>Outcome <select value={filter.outcome} onChange={set('outcome')}><option value="">all</option>{RECORD_OUTCOMES.map((o) => <option key={o} value={o}>{o}</option>)}</select></label>
        <label>Order <input size={20} value={filter.orderId} onInput={set('orderId')} /></label>
      </form>
      {!data && <p>Loading…</p>}
      {data && !data.ok && <p class="error" role="alert">{data.error}</p>}
      {data?.ok && <Insight data={data} />}
      {data?.ok && <EventTable data={data} onOrder={(orderId) => setFilter({ ...filter, orderId })} />}
    </>
  );
}

function Insight({ data }: { data: HistoryReply }) {
  return (
    <section class="card" aria-labelledby="insight-h">
      <h2 id="insight-h">At a glance</h2>
      {data.series.filter((s) => s.points.length > 0).map((s) => <RateChart key={`${s.platform}${s.marketplace}`} series={s} />)}
      <p data-share>{data.share.total} cancellations recorded: {data.share.counted} counted against your rate, {data.share.notCounted} did not because the buyer used the platform's own request ({data.share.savedPercent}%).</p>
      {data.reasons.length > 0 && <p>Why buyers asked: {data.reasons.map((r) => `${r.reason} (${r.count})`).join(', ')}.</p>}
      {data.repeatBuyers.length > 0 && (
        <p data-repeat-buyers>Buyers with several cancellations: {data.repeatBuyers.map(([key, n]) => `${key.split('|')[1]} (${n})`).join(', ')}.</p>
      )}
    </section>
  );
}

function EventTable({ data, onOrder }: { data: HistoryReply; onOrder: (id: string) => void }) {
  return (
    <section class="card" aria-labelledby="events-h">
      <h2 id="events-h">Events ({data.total === undefined ? `newest ${data.events.length}, counting…` : data.events.length < data.total ? `newest ${data.events.length} of ${data.total}` : data.total})</h2>
      <table class="events">
        <thead><tr><th>Time</th><th>Platform</th><th>Order</th><th>Event</th><th>Detail</th><th>Counts</th></tr></thead>
        <tbody>
          {data.events.map((e) => (
            <tr key={e.id} data-event={e.kind}>
              <td>{new Date(e.at).toISOString().slice(0, 16).replace('T', ' ')}</td>
              <td>{e.platform} {e.marketplace}</td>
              <td><button type="button" class="link" onClick={() => onOrder(e.orderId)}>{e.orderId}</button></td>
              <td>{e.kind}</td>
              <td>{e.detail ?? ''}</td>
              <td>{e.counted === undefined ? '' : e.counted ? 'yes' : 'no'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
