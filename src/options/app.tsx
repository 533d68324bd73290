// Options: what is stored, that it stays here, and a way to delete it.
import { useEffect, useState } from 'preact/hooks';
import type { StoreCounts } from '../messages';
import { ask } from '../ui/client';
import { pageUrl } from '../ui/extension-pages';
import { t } from '../ui/t';
import { DataTransfer } from './data-transfer';
import { PolicyForm } from './policy-form';
import { TemplatesEditor } from './templates-editor';
import { refusalText } from '../ui/refusal-text';

export function App() {
  const [counts, setCounts] = useState<StoreCounts | undefined>();
  const [message, setMessage] = useState<string>('');
  const refresh = async () => {
    const reply = await ask({ type: 'ui/store-summary' });
    if (reply.ok) setCounts(reply.counts);
    else setMessage(t('options.could-not-read-data', { why: refusalText(reply) }));
  };
  useEffect(() => void refresh(), []);
  const clear = async () => {
    if (!confirm(t('options.confirm-delete'))) return;
    const reply = await ask({ type: 'ui/clear-all' });
    setMessage(reply.ok ? t('options.deleted') : t('options.could-not-delete', { why: refusalText(reply) }));
    await refresh();
  };
  return (
    <>
      <h1>{t('options.title')}</h1>
      <p>
        <a href={pageUrl('src/history/index.html')}>{t('common.history')}</a>
      </p>
      <PolicyForm />
      <TemplatesEditor />
      <section class="card" aria-labelledby="data-h">
        <h2 id="data-h">{t('options.your-data')}</h2>
        <p>{t('options.data-statement')}</p>
        {counts && (
          <p data-store-counts>
            {t('options.store-counts', { orders: counts.orders, figures: counts.snapshots, events: counts.events })}
          </p>
        )}
        <DataTransfer onChange={() => void refresh()} />
        <button type="button" onClick={() => void clear()}>
          {t('options.delete-everything')}
        </button>
        {message && <p role="status">{message}</p>}
      </section>
    </>
  );
}
