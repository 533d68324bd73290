// Options: what is stored, that it stays here, and a way to delete it.
import { useEffect, useState } from 'preact/hooks';
import { runtime } from '../shared/browser';
import { PolicyForm } from './policy-form';
import { TemplatesEditor } from './templates-editor';

type Counts = Record<'orders' | 'snapshots' | 'events', number>;

export function App() {
  const [counts, setCounts] = useState<Counts | undefined>();
  const [message, setMessage] = useState<string>('');
  const refresh = async () => {
    const reply = await runtime.send<{ ok: boolean; counts: Counts; error?: string }>({ type: 'ui/store-summary' });
    if (reply?.ok) setCounts(reply.counts);
    else setMessage(`Couldn't read the local data: ${reply?.error ?? 'no answer'}`);
  };
  useEffect(() => void refresh(), []);
  const clear = async () => {
    if (!confirm('Delete every order, figure and event Seller Guard has stored on this computer?')) return;
    const reply = await runtime.send<{ ok: boolean; error?: string }>({ type: 'ui/clear-all' });
    setMessage(reply?.ok ? 'Everything was deleted.' : `Couldn't delete: ${reply?.error ?? 'no answer'}`);
    await refresh();
  };
  return (
    <>
      <h1>Seller Guard settings</h1>
      <PolicyForm />
      <TemplatesEditor />
      <section class="card" aria-labelledby="data-h">
        <h2 id="data-h">Your data</h2>
        <p>Seller Guard keeps what it reads on your seller pages (orders, your platform figures, cancellations it saw) in this browser only. Nothing leaves this computer: the extension makes no network requests.</p>
        {counts && <p data-store-counts>{counts.orders} orders, {counts.snapshots} platform figures, {counts.events} events stored.</p>}
        <button type="button" onClick={() => void clear()}>Delete everything…</button>
        {message && <p role="status">{message}</p>}
      </section>
    </>
  );
}
