// The seller's own templates, per platform, action and language. Placeholders: {buyer}, {orderId},
// {item}, {flow}, {returnDays}, {returnShipping}, {signature}.
import { useEffect, useState } from 'preact/hooks';
import { ACTION_KINDS, type ActionKind } from '../core/advisor/types';
import { LANGUAGES, type Language } from '../core/drafts/template-types';
import { PLATFORMS, type Platform } from '../core/types';
import { ACTION_LABELS } from '../popup/action-list';
import { runtime } from '../shared/browser';
import type { CustomTemplate } from '../store/schema';

type Draft = { id?: string; platform: Platform; action: ActionKind; lang: Language; title: string; text: string };
const EMPTY: Draft = { platform: 'amazon', action: 'contact-buyer', lang: 'en', title: '', text: 'Hello {buyer},\n\nAbout order {orderId}: \n\n{signature}' };

export function TemplatesEditor() {
  const [templates, setTemplates] = useState<CustomTemplate[]>([]);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [message, setMessage] = useState('');
  const refresh = async () => {
    const reply = await runtime.send<{ ok: boolean; templates: CustomTemplate[] }>({ type: 'ui/templates' });
    if (reply?.ok) setTemplates(reply.templates);
  };
  useEffect(() => void refresh(), []);
  const save = async (e: Event) => {
    e.preventDefault();
    const reply = await runtime.send<{ ok: boolean; error?: string }>({ type: 'ui/save-template', ...draft });
    setMessage(reply?.ok ? 'Template saved.' : `Not saved: ${reply?.error ?? 'no answer'}`);
    if (reply?.ok) { setDraft(EMPTY); await refresh(); }
  };
  const remove = async (id: string) => {
    await runtime.send({ type: 'ui/delete-template', id });
    await refresh();
  };
  const field = <K extends keyof Draft>(key: K) => (e: Event) => setDraft({ ...draft, [key]: (e.currentTarget as HTMLInputElement).value });
  return (
    <section class="card" aria-labelledby="tpl-h">
      <h2 id="tpl-h">Your message templates</h2>
      {templates.length === 0 ? <p>None yet. The built-in templates are always available.</p> : (
        <ul data-custom-templates>
          {templates.map((t) => (
            <li key={t.id}>
              <strong>{t.title}</strong> — {t.platform}, {ACTION_LABELS[t.action as ActionKind] ?? t.action}, {t.lang}{' '}
              <button type="button" onClick={() => setDraft({ ...t, platform: t.platform, action: t.action as ActionKind, lang: t.lang as Language })}>Edit</button>{' '}
              <button type="button" onClick={() => void remove(t.id)}>Delete</button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void save(e)}>
        <div class="grid">
          <label for="tpl-title">Title</label>
          <input id="tpl-title" required maxLength={80} value={draft.title} onInput={field('title')} />
          <label for="tpl-platform">Platform</label>
          <select id="tpl-platform" value={draft.platform} onChange={field('platform')}>{PLATFORMS.map((p) => <option key={p} value={p}>{p}</option>)}</select>
          <label for="tpl-action">Action</label>
          <select id="tpl-action" value={draft.action} onChange={field('action')}>{ACTION_KINDS.map((a) => <option key={a} value={a}>{ACTION_LABELS[a]}</option>)}</select>
          <label for="tpl-lang">Language</label>
          <select id="tpl-lang" value={draft.lang} onChange={field('lang')}>{LANGUAGES.map((l) => <option key={l} value={l}>{l}</option>)}</select>
          <label for="tpl-text">Text ({'{buyer}'}, {'{orderId}'}, {'{item}'}, {'{returnDays}'}, {'{signature}'} …)</label>
          <textarea id="tpl-text" required rows={6} maxLength={5000} value={draft.text} onInput={field('text')} />
        </div>
        <p><button type="submit">{draft.id ? 'Save changes' : 'Add template'}</button> {message && <span role="status">{message}</span>}</p>
      </form>
    </section>
  );
}
