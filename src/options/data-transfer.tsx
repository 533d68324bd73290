// Export (JSON, CSV) and import of everything Seller Guard stores; see docs/export-format.md.
import { useState } from 'preact/hooks';
import { ask } from '../ui/client';
import { t } from '../ui/t';

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
    const reply = await ask({ type: 'ui/export', as });
    if (!reply.ok) return setMessage(t('notSavedWhy', reply.error));
    if (reply.data) download(`seller-guard-${day}.json`, 'application/json', JSON.stringify(reply.data, null, 2));
    else download(`seller-guard-events-${day}.csv`, 'text/csv;charset=utf-8', reply.csv);
  };
  const importFile = async (file: File) => {
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      return setMessage(t('importFailed', t('notJson')));
    }
    const reply = await ask({ type: 'ui/import', data });
    setMessage(
      reply.ok
        ? t('imported', reply.added.orders, reply.added.events, reply.added.drafts)
        : t('importFailed', reply.error),
    );
    onChange();
  };
  return (
    <p class="bar">
      <button type="button" onClick={() => void exportAs('json')}>
        {t('exportJson')}
      </button>
      <button type="button" onClick={() => void exportAs('csv')}>
        {t('exportCsv')}
      </button>
      <label>
        {t('importFile')}{' '}
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
