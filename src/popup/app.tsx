// The popup: the order in front of the seller and the guard's figures for it.
import { useEffect, useState } from 'preact/hooks';
import type { TabState } from '../background/tab-state';
import type { OrderRecord } from '../store/schema';
import { runtime } from '../shared/browser';
import { targetTabId } from '../ui/tab-id';
import { GuardPanel } from './guard-panel';
import { OrderCard } from './order-card';

interface Loaded {
  state: TabState | null;
  order: OrderRecord | null;
}

type Status = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'loaded'; data: Loaded };

export function App() {
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  useEffect(() => {
    void (async () => {
      const tabId = await targetTabId();
      if (tabId === undefined) return setStatus({ kind: 'error', message: 'No tab to look at.' });
      const reply = await runtime.send<{ ok: boolean; error?: string } & Loaded>({ type: 'ui/tab-state', tabId });
      if (!reply?.ok) return setStatus({ kind: 'error', message: reply?.error ?? 'The background did not answer.' });
      setStatus({ kind: 'loaded', data: reply });
      requestAnimationFrame(() => performance.mark('seller-guard:popup-first-content'));
    })().catch((error: unknown) => setStatus({ kind: 'error', message: String(error) }));
  }, []);

  return (
    <>
      <header class="bar">
        <h1>Seller Guard</h1>
        <button type="button" class="link" onClick={() => void runtime.openOptions()}>Settings</button>
      </header>
      {status.kind === 'loading' && <p>Loading…</p>}
      {status.kind === 'error' && <p class="error" role="alert">{status.message}</p>}
      {status.kind === 'loaded' && <Content data={status.data} />}
    </>
  );
}

function Content({ data }: { data: Loaded }) {
  const { state, order } = data;
  if (!state) return <p>Open an order, the order list or Account Health on Amazon Seller Central, Etsy or AliExpress: Seller Guard reads it there.</p>;
  if (state.read === 'failed') return <p class="error" role="alert">Seller Guard couldn't read this page, so it shows no numbers for it.</p>;
  return (
    <>
      {order && <OrderCard order={order} />}
      {state.summary && <GuardPanel summary={state.summary} />}
    </>
  );
}
