// Firefox lets a user install Seller Guard and withhold its access to the seller sites (and Chrome's
// "on click" site access does the same): then nothing runs on those pages. The popup says so and
// asks for access from the seller's own click, the only moment a browser shows its prompt.
import { useEffect, useState } from 'preact/hooks';
import { siteAccess } from '../ui/site-access';
import { t } from '../ui/t';

type Access = 'checking' | 'granted' | 'missing' | 'just-granted' | 'refused';

export function SiteAccess() {
  const [access, setAccess] = useState<Access>('checking');
  useEffect(() => {
    siteAccess.has().then(
      (has) => setAccess(has ? 'granted' : 'missing'),
      () => setAccess('granted'),
    );
  }, []);
  if (access === 'checking' || access === 'granted') return null;
  const ask = () => {
    // No await before this call: the click is what lets the browser ask the seller.
    siteAccess.ask().then(
      (granted) => setAccess(granted ? 'just-granted' : 'refused'),
      () => setAccess('refused'),
    );
  };
  if (access === 'just-granted')
    return (
      <p class="card" role="status" data-site-access="granted">
        {t('access.granted')}
      </p>
    );
  return (
    <section class="card" role="alert" data-site-access="missing">
      <p>{t('access.missing')}</p>
      <p>
        <button type="button" onClick={ask}>
          {t('access.grant')}
        </button>
      </p>
      {access === 'refused' && <p>{t('access.refused')}</p>}
      <p class="hint">{t('access.how')}</p>
    </section>
  );
}
