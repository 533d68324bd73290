// The seller's own templates, per platform, action and language. Placeholders: {buyer}, {orderId},
// {item}, {flow}, {returnDays}, {returnShipping}, {signature}.
import { useEffect, useState } from 'preact/hooks';
import { ACTION_KINDS, type ActionKind } from '../core/advisor/types';
import { LANGUAGES, type Language } from '../core/drafts/template-types';
import { RULEBOOKS } from '../core/rulebooks';
import { PLATFORMS, type Platform } from '../core/types';
import type { CustomTemplate } from '../messages';
import { actionLabel } from '../ui/action-label';
import { ask } from '../ui/client';
import { languageName } from '../ui/language-name';
import { t, words } from '../ui/t';
import { refusalText } from '../ui/refusal-text';

type Draft = { id?: string; platform: Platform; action: ActionKind; lang: Language; title: string; text: string };
/** A new template starts in the seller's own language, with the placeholders it will most likely need. */
const empty = (): Draft => ({
  platform: 'amazon',
  action: 'contact-buyer',
  lang: (LANGUAGES as readonly string[]).includes(words().locale) ? (words().locale as Language) : 'en',
  title: '',
  text: t('templates.starter'),
});
const platformName = (p: string) => RULEBOOKS[p as Platform]?.displayName ?? p;

export function TemplatesEditor() {
  const [templates, setTemplates] = useState<CustomTemplate[]>([]);
  const [draft, setDraft] = useState<Draft>(empty);
  const [message, setMessage] = useState('');
  const refresh = async () => {
    const reply = await ask({ type: 'ui/templates' });
    if (reply.ok) setTemplates(reply.templates);
  };
  useEffect(() => void refresh(), []);
  const save = async (e: Event) => {
    e.preventDefault();
    const reply = await ask({ type: 'ui/save-template', ...draft });
    setMessage(reply.ok ? t('templates.saved') : t('common.not-saved', { why: refusalText(reply) }));
    if (reply.ok) {
      setDraft(empty());
      await refresh();
    }
  };
  const remove = async (id: string) => {
    await ask({ type: 'ui/delete-template', id });
    await refresh();
  };
  const field =
    <K extends keyof Draft>(key: K) =>
    (e: Event) =>
      setDraft({ ...draft, [key]: (e.currentTarget as HTMLInputElement).value });
  return (
    <section class="card" aria-labelledby="tpl-h">
      <h2 id="tpl-h">{t('templates.heading')}</h2>
      {templates.length === 0 ? (
        <p>{t('templates.none')}</p>
      ) : (
        <ul data-custom-templates>
          {templates.map((tpl) => (
            <li key={tpl.id}>
              <strong class="page-text">{tpl.title}</strong> —{' '}
              {t('templates.entry', {
                platform: platformName(tpl.platform),
                action: actionLabel(tpl.action as ActionKind),
                lang: languageName(tpl.lang),
              })}{' '}
              <button
                type="button"
                onClick={() =>
                  setDraft({
                    ...tpl,
                    platform: tpl.platform,
                    action: tpl.action as ActionKind,
                    lang: tpl.lang as Language,
                  })
                }
              >
                {t('templates.edit')}
              </button>{' '}
              <button type="button" onClick={() => void remove(tpl.id)}>
                {t('templates.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void save(e)}>
        <div class="grid">
          <label for="tpl-title">{t('templates.title')}</label>
          <input id="tpl-title" required maxLength={80} value={draft.title} onInput={field('title')} />
          <label for="tpl-platform">{t('templates.platform')}</label>
          <select id="tpl-platform" value={draft.platform} onChange={field('platform')}>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {platformName(p)}
              </option>
            ))}
          </select>
          <label for="tpl-action">{t('templates.action')}</label>
          <select id="tpl-action" value={draft.action} onChange={field('action')}>
            {ACTION_KINDS.map((a) => (
              <option key={a} value={a}>
                {actionLabel(a)}
              </option>
            ))}
          </select>
          <label for="tpl-lang">{t('templates.language')}</label>
          <select id="tpl-lang" value={draft.lang} onChange={field('lang')}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {languageName(l)}
              </option>
            ))}
          </select>
          <label for="tpl-text">{t('templates.text')}</label>
          <textarea id="tpl-text" required rows={6} maxLength={5000} value={draft.text} onInput={field('text')} />
        </div>
        <p>
          <button type="submit">{draft.id ? t('templates.save-changes') : t('templates.add')}</button>{' '}
          {message && <span role="status">{message}</span>}
        </p>
      </form>
    </section>
  );
}
