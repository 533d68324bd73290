// Properties over every platform × marketplace × situation × how the buyer asked × order state:
// never a forbidden action (TikTok never asks a buyer to cancel, not even in a draft; Amazon never
// for an out-of-stock order; nothing cancels a shipped order; no reason code a platform penalises
// without its condition); every "why" cites a rule of the same platform whose text supports it; and
// every field of every rulebook is read by the logic it describes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advise, SITUATIONS, type Action, type Situation } from '../../src/core/advisor';
import { languageFor, lintDraft, renderTemplate } from '../../src/core/drafts';
import { summarize } from '../../src/core/guard-view';
import { guardRate } from '../../src/core/rate-guard';
import { cancellationCounts } from '../../src/core/cancellation-counting';
import { bannerLocale } from '../../src/background/banner-text';
import { marketplaceRules, RULEBOOKS, ruleById, type Rulebook } from '../../src/core/rulebooks';
import { lintDraft as lint, messagingNotes } from '../../src/core/drafts/lint';
import { PLATFORMS, type Platform } from '../../src/core/types';
import { REQUIRED, SUPPORT } from './advice-support';
import { fieldsOf, tracked } from './field-reads';
import { DAY, NOW, sit } from './scenarios/kit';

const ASKED = ['platform-request', 'message', 'seller'] as const;
const STATES = [
  { status: 'unpaid' },
  { status: 'unshipped' },
  { status: 'unshipped', orderedAt: NOW - 20 * 60_000, ageDays: 0 },
  { status: 'unshipped', ageDays: 40, orderedAt: NOW - 40 * DAY },
  { status: 'unshipped', fulfilment: 'platform' },
  { status: 'shipped', deliveryDatePassed: false, daysPastDeliveryDate: -2 },
  { status: 'shipped', deliveryDatePassed: true, daysPastDeliveryDate: 1, hasTracking: false },
  { status: 'shipped', deliveryDatePassed: true, daysPastDeliveryDate: 6, fulfilment: 'platform' },
  { status: 'delivered', delivered: true, daysSinceDelivery: 5, daysPastDeliveryDate: 5, deliveryDatePassed: true },
  { status: 'delivered', delivered: true, daysSinceDelivery: 45, daysPastDeliveryDate: 45, deliveryDatePassed: true },
  { status: 'cancelled' },
] as const;
const OPEN = [{}, { requestOpen: true }, { claimOpen: true }] as const;

/** Every situation the sweep walks, for every marketplace of every platform. */
function* situations(platform: Platform): Generator<Situation> {
  const book = RULEBOOKS[platform];
  for (const marketplace of Object.keys(book.marketplaces))
    for (const reason of SITUATIONS)
      for (const askedVia of ASKED)
        for (const order of STATES)
          for (const open of OPEN) yield sit(platform, marketplace, { reason, askedVia, ...open, order: { ...order } });
}

const shippedState = (s: Situation) =>
  s.order.status === 'shipped' || s.order.status === 'delivered' || s.order.delivered === true;

function forbiddenIn(s: Situation, book: Rulebook, actions: Action[]): string[] {
  const problems: string[] = [];
  const kinds = actions.map((a) => a.kind);
  if (book.askBuyerToCancel === 'never' && kinds.includes('ask-buyer-to-request-cancellation')) problems.push('asks');
  if (
    book.askBuyerToCancel === 'not-when-out-of-stock' &&
    s.reason === 'out-of-stock' &&
    kinds.includes('ask-buyer-to-request-cancellation')
  )
    problems.push('asks for an out-of-stock order');
  if (
    shippedState(s) &&
    kinds.some((k) => ['cancel', 'confirm-buyer-cancellation', 'ask-buyer-to-request-cancellation'].includes(k))
  )
    problems.push('cancels a shipped order');
  const buyerReason = book.reasonCodes.buyerRequested.code;
  if (s.askedVia === 'seller' && actions.some((a) => a.kind === 'cancel' && a.reasonCode === buyerReason))
    problems.push(`${buyerReason} without the buyer asking`);
  const window = book.sellerCancelWindow;
  if (window && (s.order.ageDays ?? 0) > window.days && kinds.includes('cancel'))
    problems.push('cancels after the seller window');
  return problems;
}

function unsupported(book: Rulebook, marketplace: string, a: Action): string | undefined {
  const pattern = SUPPORT[a.why.code];
  if (!a.ruleId) return REQUIRED.has(a.why.code) ? `${a.why.code} cites no rule` : undefined;
  if (!pattern) return `${a.why.code} cites ${a.ruleId} but claims nothing a rule could back`;
  const rule = ruleById(book, a.ruleId);
  if (!pattern.test(rule.says)) return `${a.why.code}: ${a.ruleId} does not say ${pattern}`;
  return a.rule?.id === a.ruleId && a.rule.checkedOn === rule.checkedOn ? undefined : `${a.ruleId}: no rule ref`;
}

describe('advice properties over every platform, marketplace, situation, request and order state', () => {
  for (const platform of PLATFORMS) {
    it(`${platform}: never forbidden, every why backed by its own rule, no draft that asks where asking is forbidden`, () => {
      const book = RULEBOOKS[platform];
      const problems = new Set<string>();
      let count = 0;
      for (const s of situations(platform)) {
        count++;
        const actions = advise(s);
        for (const p of forbiddenIn(s, book, actions)) problems.add(`${p}: ${s.marketplace} ${s.reason} ${s.askedVia}`);
        for (const a of actions) {
          const wrong = unsupported(book, s.marketplace, a);
          if (wrong) problems.add(wrong);
          if (book.askBuyerToCancel !== 'never') continue;
          const lang = languageFor(marketplaceRules(book, s.marketplace).language);
          for (const t of a.templates) {
            const text = renderTemplate(t, lang, {
              platform,
              orderId: 'o-1',
              returnWindowDays: 30,
              returnShippingPaidBy: 'buyer',
              signature: '',
            });
            if (lintDraft(text, book).some((f) => f.rule === 'ask-buyer-to-cancel'))
              problems.add(`${t} (${lang}) asks`);
          }
        }
      }
      expect(count).toBeGreaterThanOrEqual(990);
      expect([...problems]).toEqual([]);
    });
  }
});

describe('every rulebook field is read by the logic it describes', () => {
  const reads = new Set<string>();
  const originals = { ...RULEBOOKS };
  beforeAll(() => {
    for (const p of PLATFORMS) RULEBOOKS[p] = tracked(originals[p], reads, p);
  });
  afterAll(() => Object.assign(RULEBOOKS, originals));

  /** Read only by people: a rule's words (the tests check each why against them) and the book's date (Options). */
  const FOR_PEOPLE = ['rules.*.says', 'checkedOn', 'marketplaces.*.cancellation.reason.code'];

  it('the guard, the banner, the advice and the lint together read every field of every rulebook', () => {
    for (const platform of PLATFORMS) {
      const book = RULEBOOKS[platform];
      for (const s of situations(platform)) advise(s);
      // A marketplace no rule covers, the languages the drafts and the banner start in, the reason misused.
      for (const marketplace of [...Object.keys(book.marketplaces), 'XX']) {
        messagingNotes(book, marketplace);
        lint('x'.repeat(400), book, 'o-1');
        languageFor(marketplaceRules(book, marketplace).language);
        bannerLocale(platform, marketplace, 'marketplace', 'en');
        const metric = marketplaceRules(book, marketplace).cancellation;
        const reasonCode = book.reasonCodes.buyerRequested.code;
        cancellationCounts(book, metric, { fulfilment: 'merchant', askedVia: 'seller', reasonCode });
        for (const [level, total] of [
          [undefined, 40],
          ['top-rated', 600],
          ['green_gold', 300],
          ['newbie', 5],
        ] as const) {
          const snapshot = {
            platform,
            marketplace,
            metric: 'cancellation-rate' as const,
            ratePercent: 1,
            counted: 1,
            total,
            level,
            readAt: NOW - DAY,
          };
          const others = (
            ['cases-closed-rate', 'claims-rate', 'late-shipment-rate', 'mediation-rate', 'case-rate'] as const
          )
            // Close to their limits, so that their lines (and the rules behind them) are said.
            .map((metric) => ({ ...snapshot, metric, ratePercent: 5, counted: 5, total: 100 }));
          const g = guardRate({
            platform,
            marketplace,
            now: NOW,
            orders: [],
            cancellations: [],
            snapshot,
            otherSnapshots: others,
          });
          for (const status of ['unshipped', 'shipped'] as const)
            for (const viaPlatform of [true, false])
              summarize(g, book, {
                platform,
                marketplace,
                id: 'o',
                items: [],
                status,
                fulfilment: 'merchant',
                shipBy: NOW - 6 * DAY,
                orderedAt: NOW - 10 * 60_000,
                cancelRequest: { viaPlatform },
              });
        }
      }
    }
    const problems: string[] = [];
    for (const platform of PLATFORMS) {
      const unread = [...fieldsOf(originals[platform])].filter(
        (f) =>
          !FOR_PEOPLE.includes(f) &&
          ![...reads].some((r) => r === `${platform}.${f}` || r.startsWith(`${platform}.${f}.`)),
      );
      problems.push(...unread.map((f) => `${platform}: ${f}`));
    }
    expect(problems).toEqual([]);
    // Proxies on every read make this sweep slow: it is one test, run once.
  }, 60_000);
});
