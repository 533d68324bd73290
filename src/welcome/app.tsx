// The welcome page, opened once on install in the browser's language: what Seller Guard reads, on
// which sites, that nothing leaves the computer, a button per platform to the page with its figure,
// and how to try the demo first.
import { useEffect, useState } from 'preact/hooks';
import type { PlatformChoice } from '../messages';
import { ask } from '../ui/client';
import { refusalText } from '../ui/refusal-text';
import { t } from '../ui/t';
import { siteAccess } from '../ui/site-access';
import { PlatformButtons } from './platform-buttons';
import { offered } from './offered';
import { DEMO_COMMAND, DEMO_HEADLESS_COMMAND } from './demo-commands';

function Section({ id, heading, children }: { id: string; heading: string; children: preact.ComponentChildren }) {
  return (
    <section class="card" id={id} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{heading}</h2>
      {children}
    </section>
  );
}

/** The buttons to each platform's seller pages, as the background lists them for this build. */
function PlatformStart({ origins }: { origins: string[] }) {
  const [answer, setAnswer] = useState<PlatformChoice[] | string | undefined>();
  useEffect(() => {
    void ask({ type: 'ui/platform-choices' }).then((reply) =>
      setAnswer(reply.ok ? offered(reply.platforms, origins) : refusalText(reply)),
    );
  }, [origins]);
  if (answer === undefined) return <p>{t('common.loading')}</p>;
  if (typeof answer === 'string')
    return (
      <p class="error" role="alert">
        {answer}
      </p>
    );
  return <PlatformButtons choices={answer} />;
}

export function App() {
  const origins = siteAccess.origins();
  const hosts = origins.map((o) => o.replace(/^https:\/\/|\/\*$/g, ''));
  return (
    <>
      <header>
        <h1>{t('welcome.title')}</h1>
        <p>{t('welcome.intro')}</p>
        <p>
          <a href="#demo">{t('welcome.demo-jump')}</a>
        </p>
      </header>
      <Section id="start" heading={t('welcome.start-heading')}>
        <p>{t('welcome.start')}</p>
        <PlatformStart origins={origins} />
      </Section>
      <Section id="reads" heading={t('welcome.reads-heading')}>
        <p>{t('welcome.reads')}</p>
      </Section>
      <Section id="sites" heading={t('welcome.sites-heading')}>
        <p>{t('welcome.sites')}</p>
        <ul class="hosts">
          {hosts.map((h) => (
            <li key={h}>{h}</li>
          ))}
        </ul>
      </Section>
      <Section id="local" heading={t('welcome.local-heading')}>
        <p>{t('welcome.local')}</p>
        <p>
          <a href="../privacy/index.html">{t('common.privacy')}</a>
        </p>
      </Section>
      <Section id="demo" heading={t('welcome.demo-heading')}>
        <p>{t('welcome.demo')}</p>
        <pre>
          <code>{DEMO_COMMAND}</code>
        </pre>
        <p>{t('welcome.demo-headless', { command: DEMO_HEADLESS_COMMAND })}</p>
      </Section>
      <p>
        <a href="../options/index.html">{t('common.settings')}</a> ·{' '}
        <a href="../privacy/index.html">{t('common.privacy')}</a>
      </p>
    </>
  );
}
