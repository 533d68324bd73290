// What the background does for its own extension pages (popup, options, history, welcome).
import { describe, expect, it, vi } from 'vitest';
import { createRouter } from '../../src/background/router';
import { storageFailure } from '../../src/store/db';
import { CTX, NOW, contentSender, deps, popupSender, reading } from './router-fixture';
import { exportFileWith } from '../fixtures/export-file';

describe('extension pages', () => {
  it('extension pages read the tab state with its order, and can clear everything', async () => {
    const { d } = deps();
    const route = createRouter(d, CTX);
    await route({ type: 'cs/page-reading', reading }, contentSender);
    expect(await route({ type: 'ui/tab-state', tabId: 7 }, popupSender)).toMatchObject({
      ok: true,
      state: { read: 'ok' },
      order: { id: '114-3941689-8772232' },
      language: 'en-US',
    });
    expect(await route({ type: 'ui/tab-state', tabId: 99 }, popupSender)).toMatchObject({
      ok: true,
      state: null,
      order: null,
    });
    expect(await route({ type: 'ui/clear-all' }, popupSender)).toEqual({ ok: true });
    expect(await route({ type: 'ui/store-summary' }, popupSender)).toEqual({
      ok: true,
      counts: { orders: 0, snapshots: 0, events: 0 },
    });
  });

  it("the welcome page gets each platform's seller pages; a content script does not", async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const route = createRouter(deps().d, CTX);
    const reply = (await route({ type: 'ui/platform-choices' }, popupSender)) as {
      ok: boolean;
      platforms: { platform: string; choices: { url: string }[] }[];
    };
    expect(reply.ok).toBe(true);
    expect(reply.platforms.map((p) => p.platform)).toEqual([
      'amazon',
      'ebay',
      'mercadolibre',
      'tiktok',
      'etsy',
      'aliexpress',
    ]);
    expect(reply.platforms[0]!.choices).toContainEqual(
      expect.objectContaining({ url: 'https://sellercentral.amazon.com/performance/dashboard' }),
    );
    expect(await route({ type: 'ui/platform-choices' }, contentSender)).toMatchObject({ ok: false });
  });

  it("extension pages get advice for the tab's order, remembered per order, and drafts round-trip", async () => {
    const { d } = deps();
    const route = createRouter(d, CTX);
    await route({ type: 'cs/page-reading', reading }, contentSender);
    const advice = (await route(
      { type: 'ui/advise', tabId: 7, situation: 'duplicate-order', askedVia: 'message' },
      popupSender,
    )) as { ok: boolean; actions: { kind: string }[] };
    expect(advice.actions[0]!.kind).toBe('ask-buyer-to-request-cancellation');
    expect(await route({ type: 'ui/tab-state', tabId: 7 }, popupSender)).toMatchObject({
      choice: { situation: 'duplicate-order', askedVia: 'message' },
    });
    const ref = { orderKey: 'amazon:114-3941689-8772232', action: 'ask-buyer-to-request-cancellation' };
    await route(
      { type: 'ui/save-draft', ...ref, templateId: 'ask-request-cancellation', lang: 'en', text: 'Hello' },
      popupSender,
    );
    expect(await route({ type: 'ui/get-draft', ...ref }, popupSender)).toMatchObject({ draft: { text: 'Hello' } });
    expect(await route({ type: 'ui/insert-draft', tabId: 7, text: 'Hello' }, popupSender)).toEqual({
      ok: true,
      inserted: true,
    });
    expect(
      await route({ type: 'ui/advise', tabId: 7, situation: 'made-up', askedVia: 'message' }, popupSender),
    ).toMatchObject({ ok: false });
  });

  it('settings: saved when valid, refused when not', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const route = createRouter(deps().d, CTX);
    const policy = {
      cancellationWindowHours: 12,
      returnWindowDays: 14,
      returnShippingPaidBy: 'seller',
      restockingFeePercent: 0,
      offersStoreCredit: true,
      signature: 'Oak & Ink',
    };
    expect(
      await route(
        { type: 'ui/save-settings', warningMargin: 0.7, policy, overrides: { 'amazon:US': { thresholdPercent: 2 } } },
        popupSender,
      ),
    ).toEqual({ ok: true });
    expect(await route({ type: 'ui/get-settings' }, popupSender)).toMatchObject({
      settings: { warningMargin: 0.7, policy, overrides: { 'amazon:US': { thresholdPercent: 2 } } },
    });
    expect(
      await route({ type: 'ui/save-settings', warningMargin: 7, policy, overrides: {} }, popupSender),
    ).toMatchObject({ ok: false });
    expect(await route({ type: 'ui/get-settings' }, contentSender)).toMatchObject({ ok: false });
  });

  it('custom templates: add, list per platform, edit, delete; invalid ones refused', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const route = createRouter(deps().d, CTX);
    const saved = (await route(
      {
        type: 'ui/save-template',
        platform: 'amazon',
        action: 'contact-buyer',
        lang: 'de',
        title: 'Kurz',
        text: 'Hallo {buyer}',
      },
      popupSender,
    )) as { template: { id: string } };
    await route(
      { type: 'ui/save-template', platform: 'etsy', action: 'cancel', lang: 'en', title: 'Etsy', text: 'Hi' },
      popupSender,
    );
    expect(await route({ type: 'ui/templates', platform: 'amazon' }, popupSender)).toMatchObject({
      templates: [{ title: 'Kurz', lang: 'de', updatedAt: NOW }],
    });
    await route(
      {
        type: 'ui/save-template',
        id: saved.template.id,
        platform: 'amazon',
        action: 'contact-buyer',
        lang: 'de',
        title: 'Kurz 2',
        text: 'Hallo',
      },
      popupSender,
    );
    expect(await route({ type: 'ui/templates' }, popupSender)).toMatchObject({
      templates: expect.arrayContaining([expect.objectContaining({ title: 'Kurz 2' })]),
    });
    await route({ type: 'ui/delete-template', id: saved.template.id }, popupSender);
    expect(((await route({ type: 'ui/templates' }, popupSender)) as { templates: unknown[] }).templates).toHaveLength(
      1,
    );
    expect(
      await route(
        { type: 'ui/save-template', platform: 'amazon', action: 'contact-buyer', lang: 'sv', title: 'x', text: 'y' },
        popupSender,
      ),
    ).toMatchObject({ ok: false });
    expect(
      await route(
        { type: 'ui/save-template', platform: 'amazon', action: 'contact-buyer', lang: 'en', title: '', text: 'y' },
        popupSender,
      ),
    ).toMatchObject({ ok: false });
    expect(await route({ type: 'ui/templates' }, contentSender)).toMatchObject({ ok: false });
  });

  it('a full disk is said in words the seller can act on', () => {
    expect(
      storageFailure("Couldn't save", new DOMException('The quota has been exceeded.', 'QuotaExceededError')).message,
    ).toBe(
      "Couldn't save: this computer's storage for Seller Guard is full. Free some disk space, or delete old records in Seller Guard's options (Records).",
    );
    expect(storageFailure("Couldn't save", new Error('disk I/O error')).message).toBe("Couldn't save: disk I/O error");
  });
});

describe('the history page', () => {
  const event = (i: number) => ({
    id: `h:${i}`,
    kind: i % 10 === 0 ? 'cancellation' : 'order-seen',
    platform: 'amazon',
    marketplace: 'US',
    orderKey: `amazon:111-0000000-${String(i).padStart(7, '0')}`,
    orderId: `111-0000000-${String(i).padStart(7, '0')}`,
    at: NOW - 86_400_000 - i * 60_000,
    sourceUrl: 'https://sellercentral.amazon.com/orders-v3/mfn/unshipped',
    counted: i % 20 === 0,
  });
  /** An export file of `n` events, written at the fixtures' "now". */
  const historyOf = (n: number) => ({
    ...exportFileWith(Array.from({ length: n }, (_, i) => event(i))),
    exportedAt: new Date(NOW).toISOString(),
  });
  type History = { ok: boolean; events: unknown[]; total?: number; insight?: { share: { total: number } } };

  it('a long history: the window first, then the total with the figures; they never come without it', async () => {
    const route = createRouter(deps().d, CTX);
    const imported = await route({ type: 'ui/import', data: historyOf(250) }, popupSender);
    expect(imported).toMatchObject({ ok: true });
    const first = (await route({ type: 'ui/history', withTotal: false }, popupSender)) as History;
    expect(first).toMatchObject({ ok: true, total: undefined, insight: undefined });
    expect(first.events).toHaveLength(200);
    const full = (await route({ type: 'ui/history', withTotal: true }, popupSender)) as History;
    expect(full.total).toBe(250);
    expect(full.insight?.share.total).toBe(25);
  });

  it('a short history: one answer with everything, the figures included', async () => {
    const route = createRouter(deps().d, CTX);
    await route({ type: 'ui/import', data: historyOf(30) }, popupSender);
    const first = (await route({ type: 'ui/history', withTotal: false }, popupSender)) as History;
    expect(first.total).toBe(30);
    expect(first.insight?.share.total).toBe(3);
  });
});
