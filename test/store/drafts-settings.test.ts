// The seller's settings (checked field by field), drafts and the situation picked per order.
import { describe, expect, it } from 'vitest';
import { NOW } from './fixtures';
import { openStore } from '../../src/store/db';
import { getChoice, saveChoice } from '../../src/store/choices';
import { getDraft, recordDraftUse, saveDraft } from '../../src/store/drafts';
import { loadSettings, saveSetting } from '../../src/store/settings';

describe('settings', () => {
  it('defaults, and per-field fallback for broken stored values', async () => {
    const db = await openStore();
    expect(await loadSettings(db)).toEqual({
      warningMargin: 0.8,
      overrides: {},
      duplicateWindowHours: 72,
      retentionMonths: 0,
      bannerLanguage: 'marketplace',
      policy: {
        cancellationWindowHours: 24,
        returnWindowDays: 30,
        returnShippingPaidBy: 'buyer',
        restockingFeePercent: 0,
        offersStoreCredit: false,
        signature: '',
      },
    });
    await db.put('settings', { key: 'warningMargin', value: 'lots' });
    await db.put('settings', { key: 'duplicateWindowHours', value: 24 });
    expect(await loadSettings(db)).toMatchObject({ warningMargin: 0.8, duplicateWindowHours: 24 });
  });
  it('refuses an invalid value instead of storing it', async () => {
    const db = await openStore();
    await expect(saveSetting(db, 'warningMargin', 5)).rejects.toThrow(/invalid value/);
    await saveSetting(db, 'overrides', { amazon: { thresholdPercent: 2 } });
    expect((await loadSettings(db)).overrides).toEqual({ amazon: { thresholdPercent: 2 } });
  });
});

describe('drafts and choices', () => {
  it('a draft is saved per order and action, keeps its use history across edits, and survives reopening', async () => {
    let db = await openStore();
    await saveDraft(db, {
      orderKey: 'amazon:a',
      action: 'ask-buyer-to-request-cancellation',
      templateId: 'ask-request-cancellation',
      lang: 'de',
      text: 'Guten Tag',
      updatedAt: NOW,
    });
    await recordDraftUse(db, 'amazon:a', 'ask-buyer-to-request-cancellation', {
      at: NOW + 1,
      how: 'inserted',
      lang: 'de',
      text: 'Guten Tag',
    });
    await saveDraft(db, {
      orderKey: 'amazon:a',
      action: 'ask-buyer-to-request-cancellation',
      templateId: 'ask-request-cancellation',
      lang: 'de',
      text: 'Guten Tag!',
      updatedAt: NOW + 2,
    });
    db.close();
    db = await openStore();
    expect(await getDraft(db, 'amazon:a', 'ask-buyer-to-request-cancellation')).toMatchObject({
      text: 'Guten Tag!',
      lang: 'de',
      uses: [{ how: 'inserted', text: 'Guten Tag' }],
    });
    expect(await getDraft(db, 'amazon:a', 'cancel')).toBeUndefined();
  });
  it('the situation picked for an order is remembered', async () => {
    const db = await openStore();
    await saveChoice(db, { orderKey: 'amazon:a', situation: 'duplicate-order', askedVia: 'message', updatedAt: NOW });
    expect(await getChoice(db, 'amazon:a')).toMatchObject({ situation: 'duplicate-order', askedVia: 'message' });
  });
});
