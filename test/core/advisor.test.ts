// The advisor's scenario table: six platforms, who asked and how, before and after shipping.
import { describe, expect, it } from 'vitest';
import { advise, DEFAULT_POLICY, type ActionKind, type Situation } from '../../src/core/advisor';
import { guardRate } from '../../src/core/rate-guard';
import type { Platform } from '../../src/core/types';

const NOW = Date.UTC(2026, 10, 21, 12);
const DAY = 86_400_000;
const MARKET: Record<Platform, string> = {
  amazon: 'US',
  etsy: 'GLOBAL',
  aliexpress: 'GLOBAL',
  ebay: 'US',
  mercadolibre: 'BR',
  tiktok: 'US',
};

function sit(platform: Platform, over: Partial<Situation> & { status?: Situation['order']['status'] } = {}): Situation {
  const { status = 'unshipped', ...rest } = over;
  return {
    platform,
    marketplace: MARKET[platform],
    now: NOW,
    askedVia: 'message',
    reason: 'changed-mind',
    order: { id: '114-3941689-8772232', status, fulfilment: 'merchant', orderedAt: NOW - DAY },
    ...rest,
  };
}

interface Case {
  name: string;
  s: Situation;
  first: ActionKind;
  reasonCode?: string;
  includes?: ActionKind[];
  excludes?: ActionKind[];
  firstEffect?: 'none' | 'counts';
}

const NEVER_AFTER_SHIPPING: ActionKind[] = [
  'cancel',
  'confirm-buyer-cancellation',
  'ask-buyer-to-request-cancellation',
];
const shipped = (
  platform: Platform,
  reason: Situation['reason'],
  order: Partial<Situation['order']> = {},
  extra: Partial<Situation> = {},
) =>
  sit(platform, {
    reason,
    status: 'shipped',
    ...extra,
    order: { id: 'x', status: 'shipped', fulfilment: 'merchant', daysSinceShip: 2, ...order },
  });
const delivered = (platform: Platform, reason: Situation['reason'], days: number, extra: Partial<Situation> = {}) =>
  sit(platform, {
    reason,
    status: 'delivered',
    ...extra,
    order: { id: 'x', status: 'delivered', fulfilment: 'merchant', daysSinceDelivery: days },
  });

const CASES: Case[] = [
  // Amazon: who asked, and how
  {
    name: 'amazon: buyer asked through Request cancellation',
    s: sit('amazon', { askedVia: 'platform-request' }),
    first: 'confirm-buyer-cancellation',
    reasonCode: 'BuyerCanceled',
    firstEffect: 'none',
  },
  {
    name: 'amazon: buyer asked by message → point to Request cancellation first',
    s: sit('amazon'),
    first: 'ask-buyer-to-request-cancellation',
    includes: ['cancel'],
  },
  {
    name: 'amazon: cancelling after a message-only request counts',
    s: sit('amazon'),
    first: 'ask-buyer-to-request-cancellation',
  },
  {
    name: 'amazon: duplicate orders by message',
    s: sit('amazon', { reason: 'duplicate-order' }),
    first: 'ask-buyer-to-request-cancellation',
  },
  {
    name: 'amazon: duplicate orders noticed by the seller → check with the buyer',
    s: sit('amazon', { reason: 'duplicate-order', askedVia: 'seller' }),
    first: 'contact-buyer',
    includes: ['ask-buyer-to-request-cancellation'],
  },
  {
    name: 'amazon: duplicate orders requested through the platform',
    s: sit('amazon', { reason: 'duplicate-order', askedVia: 'platform-request' }),
    first: 'confirm-buyer-cancellation',
    firstEffect: 'none',
  },
  {
    name: 'amazon: out of stock → cancel with NoInventory, never ask the buyer',
    s: sit('amazon', { reason: 'out-of-stock', askedVia: 'seller' }),
    first: 'cancel',
    reasonCode: 'NoInventory',
    excludes: ['ask-buyer-to-request-cancellation'],
    firstEffect: 'counts',
  },
  {
    name: 'amazon: out of stock even when the buyer messaged',
    s: sit('amazon', { reason: 'out-of-stock', askedVia: 'message' }),
    first: 'cancel',
    reasonCode: 'NoInventory',
    excludes: ['ask-buyer-to-request-cancellation'],
  },
  {
    name: 'amazon: address change before shipping → ship to the order address',
    s: sit('amazon', { reason: 'address-change' }),
    first: 'ship-to-order-address',
    includes: ['ask-buyer-to-request-cancellation'],
    excludes: ['update-address'],
  },
  {
    name: 'amazon: address change after shipping → intercept',
    s: shipped('amazon', 'address-change'),
    first: 'intercept-shipment',
    excludes: NEVER_AFTER_SHIPPING,
  },
  {
    name: 'amazon: not received before the delivery date → tracking',
    s: shipped('amazon', 'not-received', { deliveryDatePassed: false }),
    first: 'provide-tracking',
    excludes: ['refund'],
  },
  {
    name: 'amazon: not received after the delivery date → refund before a claim',
    s: shipped('amazon', 'not-received', { deliveryDatePassed: true }),
    first: 'refund',
    includes: ['replacement', 'provide-tracking'],
  },
  {
    name: 'amazon: not received with an A-to-z claim open → evidence and answer the claim',
    s: shipped('amazon', 'not-received', { deliveryDatePassed: true }, { claimOpen: true }),
    first: 'gather-evidence',
    includes: ['escalate-to-platform'],
    excludes: ['refund'],
  },
  {
    name: 'amazon: damaged → replacement, refund, photos',
    s: delivered('amazon', 'damaged', 3),
    first: 'replacement',
    includes: ['refund', 'partial-refund', 'gather-evidence'],
  },
  {
    name: 'amazon: not as described',
    s: delivered('amazon', 'not-as-described', 5),
    first: 'replacement',
    includes: ['refund'],
  },
  {
    name: 'amazon: changed mind after shipping → return, not cancel',
    s: shipped('amazon', 'changed-mind'),
    first: 'offer-return',
    includes: ['intercept-shipment', 'decline-cancellation'],
    excludes: NEVER_AFTER_SHIPPING,
  },
  {
    name: 'amazon: a month after delivery → stand firm politely',
    s: delivered('amazon', 'late-cancellation', 35),
    first: 'decline-cancellation',
    excludes: [...NEVER_AFTER_SHIPPING, 'offer-return'],
  },
  {
    name: 'amazon: a month after delivery with store credit offered',
    s: delivered('amazon', 'late-cancellation', 35, {
      policy: { ...DEFAULT_POLICY, offersStoreCredit: true },
    }),
    first: 'decline-cancellation',
    includes: ['store-credit'],
  },
  {
    name: 'amazon: within the return window after delivery → offer return',
    s: delivered('amazon', 'changed-mind', 10),
    first: 'offer-return',
    excludes: ['intercept-shipment'],
  },
  {
    name: 'amazon: FBA order asked by message: cancelling does not count',
    s: sit('amazon', { order: { id: 'f', status: 'unshipped', fulfilment: 'platform' } }),
    first: 'ask-buyer-to-request-cancellation',
  },
  {
    name: 'amazon: suspected fraud → evidence, then Amazon',
    s: sit('amazon', { reason: 'suspected-fraud', askedVia: 'seller' }),
    first: 'gather-evidence',
    includes: ['escalate-to-platform'],
    excludes: ['cancel'],
  },
  {
    name: 'amazon: payment problem → wait for Amazon',
    s: sit('amazon', { reason: 'payment-problem', status: 'unpaid' }),
    first: 'contact-buyer',
    excludes: ['cancel'],
  },
  // TikTok Shop: never ask buyers to cancel
  {
    name: 'tiktok: buyer asked by message → cancel with their reason, keep the chat',
    s: sit('tiktok'),
    first: 'cancel',
    reasonCode: 'buyer-requested',
    includes: ['gather-evidence'],
    excludes: ['ask-buyer-to-request-cancellation'],
  },
  {
    name: 'tiktok: out of stock → cancel, never ask',
    s: sit('tiktok', { reason: 'out-of-stock', askedVia: 'seller' }),
    first: 'cancel',
    reasonCode: 'out-of-stock',
    excludes: ['ask-buyer-to-request-cancellation'],
    firstEffect: 'counts',
  },
  {
    name: 'tiktok: duplicate orders noticed by the seller → never ask to cancel',
    s: sit('tiktok', { reason: 'duplicate-order', askedVia: 'seller' }),
    first: 'cancel',
    excludes: ['ask-buyer-to-request-cancellation'],
  },
  {
    name: 'tiktok: buyer request through the platform',
    s: sit('tiktok', { askedVia: 'platform-request' }),
    first: 'confirm-buyer-cancellation',
    firstEffect: 'none',
  },
  {
    name: 'tiktok: not received after the delivery date',
    s: shipped('tiktok', 'not-received', { deliveryDatePassed: true }),
    first: 'refund',
    excludes: NEVER_AFTER_SHIPPING,
  },
  // Etsy: only the seller cancels, no rate
  {
    name: 'etsy: buyer changed their mind → seller cancels, no rate to protect',
    s: sit('etsy'),
    first: 'cancel',
    reasonCode: 'buyer-requested',
    excludes: ['ask-buyer-to-request-cancellation'],
    firstEffect: 'none',
  },
  {
    name: 'etsy: duplicate order',
    s: sit('etsy', { reason: 'duplicate-order' }),
    first: 'cancel',
    excludes: ['ask-buyer-to-request-cancellation'],
  },
  {
    name: 'etsy: address change before shipping → update the address',
    s: sit('etsy', { reason: 'address-change' }),
    first: 'update-address',
  },
  {
    name: 'etsy: unpaid → remind, then cancel as not paid',
    s: sit('etsy', { reason: 'payment-problem', status: 'unpaid' }),
    first: 'contact-buyer',
    includes: ['cancel'],
  },
  {
    name: 'etsy: not received, case opened → answer in the case',
    s: shipped('etsy', 'not-received', { deliveryDatePassed: true }, { claimOpen: true }),
    first: 'gather-evidence',
    includes: ['escalate-to-platform'],
  },
  {
    name: 'etsy: out of stock',
    s: sit('etsy', { reason: 'out-of-stock', askedVia: 'seller' }),
    first: 'cancel',
    reasonCode: 'out-of-stock',
    firstEffect: 'none',
  },
  // AliExpress
  {
    name: 'aliexpress: buyer asked by message → ask them to request cancellation',
    s: sit('aliexpress'),
    first: 'ask-buyer-to-request-cancellation',
  },
  {
    name: 'aliexpress: out of stock → cancel, do not ask',
    s: sit('aliexpress', { reason: 'out-of-stock', askedVia: 'seller' }),
    first: 'cancel',
    excludes: ['ask-buyer-to-request-cancellation'],
  },
  {
    name: 'aliexpress: dispute for not received → answer the dispute',
    s: shipped('aliexpress', 'not-received', { deliveryDatePassed: true }, { claimOpen: true }),
    first: 'gather-evidence',
    includes: ['escalate-to-platform'],
  },
  {
    name: 'aliexpress: not as described without a dispute',
    s: delivered('aliexpress', 'not-as-described', 4),
    first: 'replacement',
  },
  // eBay
  {
    name: 'ebay: buyer asked by message → cancel with BuyerCancelOrder, no defect',
    s: sit('ebay'),
    first: 'cancel',
    reasonCode: 'BuyerCancelOrder',
    firstEffect: 'none',
  },
  {
    name: 'ebay: out of stock → OutOfStockOrCannotFulfill, a defect',
    s: sit('ebay', { reason: 'out-of-stock', askedVia: 'seller' }),
    first: 'cancel',
    reasonCode: 'OutOfStockOrCannotFulfill',
    firstEffect: 'counts',
    excludes: ['ask-buyer-to-request-cancellation'],
  },
  {
    name: 'ebay: address change before shipping',
    s: sit('ebay', { reason: 'address-change' }),
    first: 'update-address',
  },
  // Mercado Libre: counts whoever asked
  {
    name: 'mercadolibre: buyer asked by message → the request route first; cancelling still counts',
    s: sit('mercadolibre'),
    first: 'ask-buyer-to-request-cancellation',
    includes: ['cancel'],
  },
  {
    name: 'mercadolibre: buyer cancelled through the platform: still counts on ML',
    s: sit('mercadolibre', { askedVia: 'platform-request' }),
    first: 'confirm-buyer-cancellation',
    firstEffect: 'counts',
  },
  {
    name: 'mercadolibre: damaged → replacement, refund within two business days',
    s: delivered('mercadolibre', 'damaged', 2),
    first: 'replacement',
    includes: ['refund'],
  },
];

describe('advisor scenarios', () => {
  for (const c of CASES.filter((x) => x.s.order.status !== 'cancelled')) {
    it(c.name, () => {
      const actions = advise(c.s);
      const kinds = actions.map((a) => a.kind);
      expect(kinds[0], kinds.join(', ')).toBe(c.first);
      if (c.reasonCode) expect(actions[0]!.reasonCode).toBe(c.reasonCode);
      for (const k of c.includes ?? []) expect(kinds).toContain(k);
      for (const k of c.excludes ?? []) expect(kinds).not.toContain(k);
      if (c.firstEffect) expect(actions[0]!.effects[0]!.effect).toBe(c.firstEffect);
      for (const a of actions) {
        expect(a.why.code).toMatch(/^advice\./);
        if (a.ruleId) expect(a.source).toMatch(/^https?:\/\//);
      }
    });
  }

  it('a cancelled order: one neutral "why did you cancel?" where the platform permits it, nothing where it does not', () => {
    const cancelled = { order: { id: 'c', status: 'cancelled' as const, fulfilment: 'merchant' as const } };
    for (const platform of ['etsy', 'ebay', 'aliexpress', 'mercadolibre'] as const) {
      const actions = advise(sit(platform, cancelled));
      expect(
        actions.map((a) => a.kind),
        platform,
      ).toEqual(['ask-why-cancelled']);
      expect(actions[0]!.templates).toEqual(['ask-why-cancelled']);
      expect(actions[0]!.effects[0]!.effect).toBe('none');
      expect(actions[0]!.source).toMatch(/^https?:\/\//);
    }
    // Amazon permits only the proactive messages it lists; TikTok's chat is for answering.
    expect(advise(sit('amazon', cancelled))).toEqual([]);
    expect(advise(sit('tiktok', cancelled))).toEqual([]);
  });

  it('never suggests asking a TikTok buyer to cancel, in any situation', () => {
    for (const reason of [
      'changed-mind',
      'duplicate-order',
      'out-of-stock',
      'address-change',
      'payment-problem',
      'late-cancellation',
    ] as const) {
      for (const askedVia of ['message', 'seller', 'platform-request'] as const) {
        expect(advise(sit('tiktok', { reason, askedVia })).map((a) => a.kind)).not.toContain(
          'ask-buyer-to-request-cancellation',
        );
      }
    }
  });

  it('with the guard, a counting cancellation shows its projection: 1.92% → 2.56%', () => {
    const guard = guardRate({
      platform: 'amazon',
      marketplace: 'US',
      now: NOW,
      orders: [],
      cancellations: [],
      snapshot: {
        platform: 'amazon',
        marketplace: 'US',
        metric: 'cancellation-rate',
        ratePercent: 1.92,
        counted: 3,
        total: 156,
        readAt: NOW - 1000,
      },
    });
    const actions = advise(sit('amazon', { guard }));
    const cancel = actions.find((a) => a.kind === 'cancel')!;
    expect(cancel.effects[0]).toMatchObject({
      effect: 'counts',
      detail: { code: 'effect.projected', params: { from: 1.92, to: 2.56, limit: 2.5 } },
    });
    expect(actions[0]!.kind).toBe('ask-buyer-to-request-cancellation');
  });

  it('rule sources are seller-facing links, with the rule the action rests on', () => {
    const [first] = advise(sit('amazon', { reason: 'out-of-stock', askedVia: 'seller' }));
    expect(first).toMatchObject({
      ruleId: 'amazon.oos.no-ask',
      source: expect.stringContaining('sellercentral.amazon'),
    });
    expect(first!.templates).toEqual(['out-of-stock-cancelled']);
  });
});
