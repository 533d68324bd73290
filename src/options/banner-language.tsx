// Which language the in-page banner speaks: the marketplace's (amazon.de German, the AliExpress
// seller centre Chinese) or the browser's.
import { t } from '../ui/t';

export type BannerChoice = 'marketplace' | 'browser';

export function BannerLanguage({ value, onChange }: { value: BannerChoice; onChange: (c: BannerChoice) => void }) {
  return (
    <>
      <label for="bl">{t('policy.banner-language')}</label>
      <select
        id="bl"
        data-setting="banner-language"
        value={value}
        onChange={(e) => onChange(e.currentTarget.value as BannerChoice)}
      >
        <option value="marketplace">{t('policy.banner-language.marketplace')}</option>
        <option value="browser">{t('policy.banner-language.browser')}</option>
      </select>
    </>
  );
}
