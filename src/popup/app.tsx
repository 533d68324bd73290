// The popup: the order in front of the seller, the guard's figures, the situation, the ranked
// actions and the draft for the chosen one.
import { useEffect, useState } from 'preact/hooks';
import type { Action } from '../core/advisor/types';
import { languageFor } from '../core/drafts';
import type { ChoiceRecord, OrderRecord, UiAnswer } from '../messages';
import { ask } from '../ui/client';
import { openOptions, openPage } from '../ui/extension-pages';
import { targetTabId } from '../ui/tab-id';
import { t } from '../ui/t';
import { ActionList } from './action-list';
import { DraftEditor } from './draft-editor';
import { GuardPanel } from './guard-panel';
import { OrderCard } from './order-card';
import { SituationPicker, type Choice } from './situation-picker';
import { refusalText } from '../ui/refusal-text';

type Loaded = UiAnswer<'ui/tab-state'> & { tabId: number };

type Status = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'loaded'; data: Loaded };

/** `words`: the catalogue loading; the tab's state is asked for meanwhile, so neither waits for the other. */
export function App({ words }: { words: Promise<unknown> }) {
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  const [speaks, setSpeaks] = useState(false);
  useEffect(() => {
    void words.then(() => setSpeaks(true));
    void (async () => {
      const tabId = await targetTabId();
      const reply = tabId === undefined ? undefined : await ask({ type: 'ui/tab-state', tabId });
      await words;
      if (tabId === undefined || !reply) return setStatus({ kind: 'error', message: t('popup.no-tab') });
      if (!reply.ok) return setStatus({ kind: 'error', message: refusalText(reply) });
      setStatus({ kind: 'loaded', data: { ...reply, tabId } });
      requestAnimationFrame(() => performance.mark('seller-guard:popup-first-content'));
    })().catch((error: unknown) => setStatus({ kind: 'error', message: String(error) }));
  }, [words]);

  if (!speaks) return null;
  return (
    <>
      <header class="bar">
        <h1>{t('extName')}</h1>
        <span>
          <button type="button" class="link" onClick={() => void openPage('src/history/index.html')}>
            {t('common.history')}
          </button>
          {' · '}
          <button type="button" class="link" onClick={() => void openOptions()}>
            {t('common.settings')}
          </button>
        </span>
      </header>
      {status.kind === 'loading' && <p>{t('common.loading')}</p>}
      {status.kind === 'error' && (
        <p class="error" role="alert">
          {status.message}
        </p>
      )}
      {status.kind === 'loaded' && <Content data={status.data} />}
    </>
  );
}

function initialChoice(order: OrderRecord, saved: ChoiceRecord | null): Choice {
  if (saved) return { situation: saved.situation, askedVia: saved.askedVia } as Choice;
  return { situation: 'changed-mind', askedVia: order.cancelRequest?.viaPlatform ? 'platform-request' : 'message' };
}

function Content({ data }: { data: Loaded }) {
  const { state, order } = data;
  if (!state) return <p>{t('popup.open-seller-page')}</p>;
  if (state.read === 'failed')
    return (
      <p class="error" role="alert">
        {t('popup.could-not-read')}
      </p>
    );
  return (
    <>
      {order && <OrderCard order={order} />}
      {state.summary && <GuardPanel summary={state.summary} />}
      {order && <Advice data={data} order={order} />}
    </>
  );
}

function Advice({ data, order }: { data: Loaded; order: OrderRecord }) {
  const [choice, setChoice] = useState<Choice>(() => initialChoice(order, data.choice));
  const [actions, setActions] = useState<Action[] | undefined>();
  const [selected, setSelected] = useState<Action | undefined>();
  const [error, setError] = useState('');
  const { tabId } = data;
  const { situation, askedVia } = choice;
  useEffect(() => {
    void ask({ type: 'ui/advise', tabId, situation, askedVia }).then((reply) => {
      if (!reply.ok) return setError(refusalText(reply));
      setActions(reply.actions);
      setSelected(reply.actions[0]);
    });
  }, [tabId, situation, askedVia]);
  return (
    <>
      <SituationPicker choice={choice} onChange={setChoice} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {actions && <ActionList actions={actions} selected={selected?.kind} onSelect={setSelected} />}
      {selected && (
        <DraftEditor
          tabId={data.tabId}
          order={order}
          action={selected}
          defaultLang={languageFor(data.language)}
          policy={data.policy}
        />
      )}
    </>
  );
}
