// The popup: the order in front of the seller and the guard's figures first, then the advice
// (situation, ranked actions, the draft for the chosen one) as soon as its code has loaded.
import { useEffect, useState } from 'preact/hooks';
import type { OrderRecord, Refusal } from '../messages';
import { openOptions, openPage } from '../ui/extension-pages';
import { refusalText } from '../ui/refusal-text';
import { t } from '../ui/t';
import type { AdviceModule } from './advice-module';
import { GuardPanel } from './guard-panel';
import { OrderCard } from './order-card';
import type { Loaded } from './tab-answer';

type Status = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'loaded'; data: Loaded };

export interface Started {
  /** The catalogue loading. */
  words: Promise<unknown>;
  /** The tab's state, asked for before this module ran. */
  tab: Promise<Loaded | Refusal | undefined>;
  /** The advice part's code, loading meanwhile. */
  advice: Promise<AdviceModule>;
}

export function App({ words, tab, advice }: Started) {
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  const [speaks, setSpeaks] = useState(false);
  useEffect(() => {
    void words.then(() => setSpeaks(true));
    void (async () => {
      const reply = await tab;
      await words;
      if (!reply) return setStatus({ kind: 'error', message: t('popup.no-tab') });
      if (!reply.ok) return setStatus({ kind: 'error', message: refusalText(reply) });
      setStatus({ kind: 'loaded', data: reply });
      requestAnimationFrame(() => performance.mark('seller-guard:popup-first-content'));
    })().catch((error: unknown) => setStatus({ kind: 'error', message: String(error) }));
  }, [words, tab]);

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
      {status.kind === 'loaded' && <Content data={status.data} advice={advice} />}
    </>
  );
}

function Content({ data, advice }: { data: Loaded; advice: Promise<AdviceModule> }) {
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
      {order && <LateAdvice advice={advice} data={data} order={order} />}
    </>
  );
}

/** The advice once its code is there; a failed load says so instead of leaving a gap. */
function LateAdvice({ advice, data, order }: { advice: Promise<AdviceModule>; data: Loaded; order: OrderRecord }) {
  const [loaded, setLoaded] = useState<AdviceModule | 'failed'>();
  useEffect(() => {
    advice.then(setLoaded, () => setLoaded('failed'));
  }, [advice]);
  if (loaded === 'failed')
    return (
      <p class="error" role="alert">
        {t('popup.advice-failed')}
      </p>
    );
  if (!loaded) return <p>{t('common.loading')}</p>;
  return <loaded.Advice data={data} order={order} />;
}
