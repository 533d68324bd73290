// The privacy policy inside the extension, in the reader's language: what is stored, where, for how
// long, and that nothing is sent. Linked from the options and the welcome page.
import { t } from '../ui/t';
import { POLICY_DATE, PRIVACY_SECTIONS } from './policy';

export function App() {
  return (
    <>
      <h1>{t('privacy.title')}</h1>
      <p>{t('privacy.updated', { date: POLICY_DATE })}</p>
      <p class="headline">{t('privacy.summary')}</p>
      {PRIVACY_SECTIONS.map((section, i) => (
        <section class="card" key={section.heading} aria-labelledby={`privacy-${i}`}>
          <h2 id={`privacy-${i}`}>{t(section.heading)}</h2>
          {section.paragraphs.map((key) => (
            <p key={key}>{t(key)}</p>
          ))}
        </section>
      ))}
      <p>
        <a href="../options/index.html">{t('common.settings')}</a>
      </p>
    </>
  );
}
