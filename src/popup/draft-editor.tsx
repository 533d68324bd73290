// The draft for the chosen action: rendered from its template in the buyer's language, editable,
// saved as the seller types, checked against the platform's message rules, inserted or copied.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Action, ShopPolicy } from '../core/advisor/types';
import {
  LANGUAGES,
  lintDraft,
  messagingNotes,
  renderTemplate,
  renderText,
  splitDraft,
  type Language,
} from '../core/drafts';
import { rulebookFor } from '../core/rulebooks';
import type { CustomTemplate, DraftUse, OrderRecord } from '../messages';
import { ask } from '../ui/client';
import { languageName } from '../ui/language-name';
import { say, t, tk } from '../ui/t';
import { DraftLint } from './draft-lint';
import { DraftParts } from './draft-parts';

/** Where the message box is on each platform we read; a plain "no box here" elsewhere. */
const noBox = (platform: string): string =>
  ['amazon', 'etsy', 'aliexpress'].includes(platform) ? tk('draft.no-box', platform) : t('draft.no-box');

interface Props {
  tabId: number;
  order: OrderRecord;
  action: Action;
  defaultLang: Language;
  policy: ShopPolicy;
}

export function DraftEditor({ tabId, order, action, defaultLang, policy }: Props) {
  const builtIn = action.templates[0];
  const [custom, setCustom] = useState<CustomTemplate[]>([]);
  const [customId, setCustomId] = useState<string>('');
  const templateId = customId ? `custom:${customId}` : builtIn;
  const [lang, setLang] = useState<Language>(defaultLang);
  const [text, setText] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const [uses, setUses] = useState<DraftUse[]>([]);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const ref = { orderKey: order.key, action: action.kind };
  const fields = {
    platform: order.platform,
    orderId: order.id,
    buyerName: order.buyerName,
    item: order.items[0]?.title,
    returnWindowDays: policy.returnWindowDays,
    returnShippingPaidBy: policy.returnShippingPaidBy,
    signature: policy.signature,
  };
  const render = (l: Language, id = customId) => {
    const own = custom.find((c) => c.id === id);
    if (own) return renderText(own.text, l, fields);
    return builtIn ? renderTemplate(builtIn, l, fields) : '';
  };
  // The effects below start when the order or the action changes; their answers arrive later and
  // render with what is current then (the seller's templates may have arrived in between).
  const latest = useRef({ builtIn, fields, render, defaultLang });
  latest.current = { builtIn, fields, render, defaultLang };

  useEffect(() => {
    void ask({ type: 'ui/templates', platform: order.platform }).then((reply) => {
      const mine = (reply.ok ? reply.templates : []).filter((c) => c.action === action.kind);
      setCustom(mine);
      // An action with no built-in template starts from the seller's own, if there is one.
      if (!latest.current.builtIn && mine[0]) {
        setCustomId(mine[0].id);
        setLang(mine[0].lang as Language);
        setText((current) => current || renderText(mine[0]!.text, mine[0]!.lang as Language, latest.current.fields));
      }
    });
  }, [order.platform, action.kind]);

  useEffect(() => {
    setText(undefined);
    void ask({ type: 'ui/get-draft', orderKey: order.key, action: action.kind }).then((reply) => {
      const saved = reply.ok ? reply.draft : null;
      setUses(saved?.uses ?? []);
      const { defaultLang, render } = latest.current;
      const l = (saved && (LANGUAGES as readonly string[]).includes(saved.lang) ? saved.lang : defaultLang) as Language;
      setLang(l);
      setText(saved?.text ?? render(l));
    });
  }, [order.key, action.kind]);

  const save = (next: string, l: Language) => {
    clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => {
      void ask({ type: 'ui/save-draft', ...ref, templateId: templateId ?? 'custom', lang: l, text: next }).then((r) =>
        setStatus(r.ok ? t('common.saved') : t('draft.not-saved')),
      );
    }, 300);
  };

  if (!templateId && custom.length === 0) return <p class="card">{t('draft.no-message-needed')}</p>;
  if (text === undefined) return <p class="card">{t('draft.loading')}</p>;
  const book = rulebookFor(order.platform);
  const findings = lintDraft(text, book, order.platform === 'amazon' ? order.id : undefined);
  // Mercado Libre's box holds 350 characters: a longer draft goes as several messages, shown here.
  const max = book.messaging.maxLength?.units;
  const parts = max ? splitDraft(text, max) : [text];

  const used = async (how: 'inserted' | 'copied') => {
    await ask({ type: 'ui/draft-used', ...ref, how, lang, text });
    setUses([...uses, { at: Date.now(), how, lang, text }]);
  };
  const insert = async (part = text) => {
    const reply = await ask({ type: 'ui/insert-draft', tabId, text: part });
    if (reply.ok && reply.inserted) {
      await used('inserted');
      setStatus(t('draft.inserted'));
    } else setStatus(noBox(order.platform));
  };
  const copy = async () => {
    await navigator.clipboard.writeText(text);
    await used('copied');
    setStatus(t('draft.copied'));
  };

  return (
    <section class="card" aria-labelledby="draft-h">
      <div class="bar">
        <h2 id="draft-h">{t('draft.heading')}</h2>
        <label>
          <span class="visually-hidden">{t('draft.language')}</span>
          <select
            value={lang}
            onChange={(e) => {
              const l = e.currentTarget.value as Language;
              setLang(l);
              const next = render(l);
              setText(next);
              save(next, l);
            }}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {languageName(l)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {custom.length > 0 && (
        <label class="row">
          {t('draft.template')}{' '}
          <select
            value={customId}
            onChange={(e) => {
              const id = e.currentTarget.value;
              const own = custom.find((c) => c.id === id);
              const l = (own?.lang as Language | undefined) ?? lang;
              setCustomId(id);
              setLang(l);
              const next = render(l, id);
              setText(next);
              save(next, l);
            }}
          >
            {builtIn && <option value="">{t('draft.built-in')}</option>}
            {custom.map((own) => (
              <option key={own.id} value={own.id}>
                {t('draft.own-template', { title: own.title, lang: languageName(own.lang) })}
              </option>
            ))}
          </select>
        </label>
      )}
      <textarea
        class="draft"
        data-draft-lang={lang}
        lang={lang}
        aria-label={t('draft.label')}
        rows={10}
        value={text}
        onInput={(e) => {
          const next = e.currentTarget.value;
          setText(next);
          save(next, lang);
        }}
      />
      {messagingNotes(book, order.marketplace).map((note, i) => (
        <p key={i} class="note">
          {say(note)}
        </p>
      ))}
      {parts.length > 1 && (
        <DraftParts parts={parts} max={max!} platform={book.displayName} onInsert={(part) => void insert(part)} />
      )}
      <DraftLint findings={findings} book={book} marketplace={order.marketplace} />
      <div class="bar">
        <button type="button" onClick={() => void insert()}>
          {t('draft.insert')}
        </button>
        <button type="button" onClick={() => void copy()}>
          {t('draft.copy')}
        </button>
      </div>
      {status && (
        <p role="status" class="status">
          {status}
        </p>
      )}
      {uses.length > 0 && (
        <details class="uses">
          <summary>{t('draft.uses', { count: uses.length })}</summary>
          <ul>
            {uses.map((u) => (
              <li key={u.at}>
                {t('draft.use', { at: u.at, how: tk('draft.how', u.how), lang: languageName(u.lang) })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
