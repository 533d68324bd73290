// Shop policy, warning margin and threshold overrides, with each rulebook's own values and the
// date its rules were checked beside them.
import { useEffect, useState } from 'preact/hooks';
import type { ShopPolicy } from '../core/advisor/types';
import type { UiAnswer } from '../messages';
import { ask } from '../ui/client';
import { t } from '../ui/t';
import { BannerLanguage } from './banner-language';
import { RuleLimits } from './rule-limits';
import { refusalText } from '../ui/refusal-text';

type SettingsReply = UiAnswer<'ui/get-settings'>;

export function PolicyForm() {
  const [data, setData] = useState<SettingsReply | undefined>();
  const [message, setMessage] = useState('');
  useEffect(
    () =>
      void ask({ type: 'ui/get-settings' }).then((reply) =>
        reply.ok ? setData(reply) : setMessage(t('options.could-not-read-data', { why: refusalText(reply) })),
      ),
    [],
  );
  if (!data) return <p>{message || t('options.loading')}</p>;
  const { policy, warningMargin, overrides, retentionMonths, bannerLanguage } = data.settings;
  const set = (patch: Partial<SettingsReply['settings']>) =>
    setData({ ...data, settings: { ...data.settings, ...patch } });
  const setPolicy = (patch: Partial<ShopPolicy>) => set({ policy: { ...policy, ...patch } });
  const setOverride = (key: string, value: string) => {
    const next = { ...overrides };
    const n = Number(value);
    if (value === '' || !Number.isFinite(n)) delete next[key];
    else next[key] = { ...next[key], thresholdPercent: n };
    set({ overrides: next });
  };
  const save = async (e: Event) => {
    e.preventDefault();
    const reply = await ask({
      type: 'ui/save-settings',
      warningMargin,
      policy,
      overrides,
      retentionMonths,
      bannerLanguage,
    });
    setMessage(reply.ok ? t('common.saved') : t('common.not-saved', { why: refusalText(reply) }));
  };
  const num = (e: Event) => Number((e.currentTarget as HTMLInputElement).value);
  return (
    <form class="card" aria-labelledby="policy-h" onSubmit={(e) => void save(e)}>
      <h2 id="policy-h">{t('policy.heading')}</h2>
      <div class="grid">
        <label for="cw">{t('policy.cancel-window')}</label>
        <input
          id="cw"
          type="number"
          min={0}
          max={1440}
          value={policy.cancellationWindowHours}
          onInput={(e) => setPolicy({ cancellationWindowHours: num(e) })}
        />
        <label for="rw">{t('policy.return-window')}</label>
        <input
          id="rw"
          type="number"
          min={0}
          max={365}
          value={policy.returnWindowDays}
          onInput={(e) => setPolicy({ returnWindowDays: num(e) })}
        />
        <label for="rs">{t('policy.return-shipping')}</label>
        <select
          id="rs"
          value={policy.returnShippingPaidBy}
          onChange={(e) => setPolicy({ returnShippingPaidBy: e.currentTarget.value as 'buyer' | 'seller' })}
        >
          <option value="buyer">{t('policy.the-buyer')}</option>
          <option value="seller">{t('policy.my-shop')}</option>
        </select>
        <label for="rf">{t('policy.restocking-fee')}</label>
        <input
          id="rf"
          type="number"
          min={0}
          max={100}
          value={policy.restockingFeePercent}
          onInput={(e) => setPolicy({ restockingFeePercent: num(e) })}
        />
        <label for="sc">{t('policy.store-credit')}</label>
        <input
          id="sc"
          type="checkbox"
          checked={policy.offersStoreCredit}
          onChange={(e) => setPolicy({ offersStoreCredit: e.currentTarget.checked })}
        />
        <label for="sig">{t('policy.signature')}</label>
        <input
          id="sig"
          type="text"
          maxLength={200}
          value={policy.signature}
          onInput={(e) => setPolicy({ signature: e.currentTarget.value })}
        />
        <label for="rm">{t('policy.retention')}</label>
        <input
          id="rm"
          type="number"
          min={0}
          max={120}
          value={retentionMonths}
          onInput={(e) => set({ retentionMonths: num(e) })}
        />
        <label for="wm">{t('policy.warn-from')}</label>
        <input
          id="wm"
          type="number"
          min={5}
          max={100}
          value={Math.round(warningMargin * 100)}
          onInput={(e) => set({ warningMargin: num(e) / 100 })}
        />
        <BannerLanguage value={bannerLanguage} onChange={(choice) => set({ bannerLanguage: choice })} />
      </div>
      <RuleLimits rulebooks={data.rulebooks} overrides={overrides} onOverride={setOverride} />
      <p>
        <button type="submit">{t('options.save')}</button> {message && <span role="status">{message}</span>}
      </p>
    </form>
  );
}
