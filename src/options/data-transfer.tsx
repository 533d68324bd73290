// Export (JSON, CSV) and import of everything Seller Guard stores; see docs/export-format.md.
import { useState } from 'preact/hooks';
import { ask } from '../ui/client';
import { t, words } from '../ui/t';
import { refusalText } from '../ui/refusal-text';

/** The CSV's header row in the seller's language (the columns themselves are fixed: store/export-csv.ts). */
const csvHeader = (): string[] =>
  (['time', 'platform', 'marketplace', 'order', 'event', 'detail', 'counts', 'page'] as const).map((c) =>
    words().t(`csv.${c}`),
  );

function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function DataTransfer({ onChange }: { onChange: () => void }) {
  const [message, setMessage] = useState('');
  const day = new Date().toISOString().slice(0, 10);
  const exportAs = async (as: 'json' | 'csv') => {
    const reply = await ask({ type: 'ui/export', as, ...(as === 'csv' ? { header: csvHeader() } : {}) });
    if (!reply.ok) return setMessage(refusalText(reply));
    if (reply.data) download(`seller-guard-${day}.json`, 'application/json', JSON.stringify(reply.data, null, 2));
    else download(`seller-guard-events-${day}.csv`, 'text/csv;charset=utf-8', reply.csv);
  };
  const importFile = async (file: File) => {
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      return setMessage(t('transfer.import-failed', { why: t('transfer.not-json') }));
    }
    const reply = await ask({ type: 'ui/import', data });
    setMessage(
      reply.ok
        ? t('transfer.imported', {
            orders: reply.added.orders,
            events: reply.added.events,
            drafts: reply.added.drafts,
          })
        : refusalText(reply),
    );
    onChange();
  };
  return (
    <p class="bar">
      <button type="button" onClick={() => void exportAs('json')}>
        {t('transfer.export-json')}
      </button>
      <button type="button" onClick={() => void exportAs('csv')}>
        {t('transfer.export-csv')}
      </button>
      <label>
        {t('transfer.import')}{' '}
        <input
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            if (f) void importFile(f);
          }}
        />
      </label>
      {message && (
        <span role="status" data-transfer-status>
          {message}
        </span>
      )}
    </p>
  );
}
