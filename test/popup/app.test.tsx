// The popup shows the order first and the advice when its code arrives; what goes wrong on the
// way is said in the seller's language, and the order stays on screen.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/core/advisor/types';
import { en } from '../../src/i18n/catalogue/en';
import type { OrderRecord, Refusal } from '../../src/messages';
import type { AdviceModule } from '../../src/popup/advice-module';
import { App } from '../../src/popup/app';
import type { Loaded } from '../../src/popup/tab-answer';
import { loadWords } from '../../src/ui/t';

const order: OrderRecord = {
  key: 'amazon:114-3941689-8772232',
  platform: 'amazon',
  marketplace: 'US',
  id: '114-3941689-8772232',
  buyerName: 'Dorothy',
  items: [{ title: 'Tea kettle', quantity: 1 }],
  status: 'unshipped',
  fulfilment: 'merchant',
  firstSeenAt: 1,
  lastSeenAt: 1,
  sourceUrl: 'https://sellercentral.amazon.com/orders-v3/order/114-3941689-8772232',
};

const loaded: Loaded = {
  ok: true,
  tabId: 7,
  state: {
    platform: 'amazon',
    marketplace: 'US',
    page: 'order-detail',
    url: order.sourceUrl,
    read: 'ok',
    focusOrderId: order.id,
    orderIds: [order.id],
    at: 1,
  },
  order,
  choice: null,
  language: 'en',
  policy: { ...DEFAULT_POLICY },
};

const fakeAdvice = { Advice: () => <p>advice for the order</p> } as unknown as AdviceModule;

/** Renders the popup and lets every promise it was handed settle. */
async function popup(tab: Promise<Loaded | Refusal | undefined>, advice: Promise<AdviceModule>) {
  const root = document.createElement('main');
  document.body.replaceChildren(root);
  await act(async () => {
    render(<App words={loadWords('en')} tab={tab} advice={advice} />, root);
    await Promise.allSettled([tab, advice]);
  });
  // Effects subscribe after their render: a few turns let each settled promise reach the screen.
  for (let turn = 0; turn < 5; turn++) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  return root.textContent ?? '';
}

describe('popup', () => {
  beforeEach(() => document.body.replaceChildren());

  it('shows the order and then the advice', async () => {
    const text = await popup(Promise.resolve(loaded), Promise.resolve(fakeAdvice));
    expect(text).toContain('Dorothy');
    expect(text).toContain('advice for the order');
  });

  it('keeps the order on screen and says so when the advice cannot load', async () => {
    const text = await popup(Promise.resolve(loaded), Promise.reject(new Error('chunk gone')));
    expect(text).toContain('Dorothy');
    expect(text).toContain(en['popup.advice-failed']);
  });

  it('says there is no tab, and words a refusal from the catalogue', async () => {
    expect(await popup(Promise.resolve(undefined), Promise.resolve(fakeAdvice))).toContain(en['popup.no-tab']);
    const refused = await popup(
      Promise.resolve({ ok: false, code: 'no-answer', error: 'port closed' }),
      Promise.resolve(fakeAdvice),
    );
    expect(refused).toContain(en['refusal.no-answer']);
    expect(refused).not.toContain('port closed');
  });
});
