// The draft for the chosen action: rendered from its template in the buyer's language, editable,
// saved as the seller types, checked against the platform's message rules, inserted or copied.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Action, ShopPolicy } from '../core/advisor/types';
import { LANGUAGES, lintDraft, renderTemplate, type Language } from '../core/drafts';
import { rulebookFor } from '../core/rulebooks';
import { runtime } from '../shared/browser';
import type { OrderRecord } from '../store/schema';

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español', 'pt-BR': 'Português (BR)', de: 'Deutsch', fr: 'Français', it: 'Italiano', ja: '日本語', 'zh-CN': '中文（简体）' };

const NO_BOX: Record<string, string> = {
  amazon: 'No message box on this page: open the order, click the buyer\'s name ("Contact buyer"), then Insert again.',
  etsy: 'No message box on this page: open the conversation with the buyer in Messages, then Insert again.',
  aliexpress: 'No message box on this page: open the order detail and its message panel, then Insert again.',
};

interface Props {
  tabId: number;
  order: OrderRecord;
  action: Action;
  defaultLang: Language;
  policy: ShopPolicy;
}

export function DraftEditor({ tabId, order, action, defaultLang, policy }: Props) {
  const templateId = action.templates[0];
  const [lang, setLang] = useState<Language>(defaultLang);
  const [text, setText] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const ref = { orderKey: order.key, action: action.kind };
  const render = (l: Language) => (templateId ? renderTemplate(templateId, l, {
    platform: order.platform, orderId: order.id, buyerName: order.buyerName, item: order.items[0]?.title,
    returnWindowDays: policy.returnWindowDays, returnShippingPaidBy: policy.returnShippingPaidBy, signature: policy.signature,
  }) : '');

  useEffect(() => {
    setText(undefined);
    void runtime.send<{ ok: boolean; draft: { text: string; lang: string } | null }>({ type: 'ui/get-draft', ...ref }).then((reply) => {
      const saved = reply?.draft;
      const l = (saved && (LANGUAGES as readonly string[]).includes(saved.lang) ? saved.lang : defaultLang) as Language;
      setLang(l);
      setText(saved?.text ?? render(l));
    });
  }, [order.key, action.kind]);

  const save = (next: string, l: Language) => {
    clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => {
      void runtime.send({ type: 'ui/save-draft', ...ref, templateId: templateId ?? 'custom', lang: l, text: next })
        .then((r) => setStatus((r as { ok: boolean }).ok ? 'Saved.' : 'Couldn\'t save the draft.'));
    }, 300);
  };

  if (!templateId) return <p class="card">This action needs no message to the buyer.</p>;
  if (text === undefined) return <p class="card">Loading the draft…</p>;
  const findings = lintDraft(text, rulebookFor(order.platform), order.platform === 'amazon' ? order.id : undefined);

  const used = (how: 'inserted' | 'copied') => runtime.send({ type: 'ui/draft-used', ...ref, how, lang, text });
  const insert = async () => {
    const reply = await runtime.send<{ ok: boolean; inserted: boolean }>({ type: 'ui/insert-draft', tabId, text });
    if (reply?.inserted) {
      await used('inserted');
      setStatus('Inserted into the message box. Review it there and send it yourself.');
    } else setStatus(NO_BOX[order.platform] ?? 'No message box on this page.');
  };
  const copy = async () => {
    await navigator.clipboard.writeText(text);
    await used('copied');
    setStatus('Copied.');
  };

  return (
    <section class="card" aria-labelledby="draft-h">
      <div class="bar">
        <h2 id="draft-h">Message to the buyer</h2>
        <label>
          <span class="visually-hidden">Language</span>
          <select value={lang} onChange={(e) => {
            const l = (e.currentTarget as HTMLSelectElement).value as Language;
            setLang(l);
            const next = render(l);
            setText(next);
            save(next, l);
          }}>
            {LANGUAGES.map((l) => <option key={l} value={l}>{LANGUAGE_NAMES[l]}</option>)}
          </select>
        </label>
      </div>
      <textarea class="draft" data-draft-lang={lang} lang={lang} aria-label="Draft message" rows={10} value={text}
        onInput={(e) => { const next = (e.currentTarget as HTMLTextAreaElement).value; setText(next); save(next, lang); }} />
      {findings.length > 0 && (
        <ul class="lint" aria-label="Message rules">
          {findings.map((f) => <li key={f.rule} data-lint={f.rule}>{f.message} {f.fix}</li>)}
        </ul>
      )}
      <div class="bar">
        <button type="button" onClick={() => void insert()}>Insert into the page</button>
        <button type="button" onClick={() => void copy()}>Copy</button>
      </div>
      {status && <p role="status" class="status">{status}</p>}
    </section>
  );
}
