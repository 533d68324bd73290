// Every code core and the background can say has its words in the catalogue, with the parameters
// its message names, and reads as a finished sentence in all eight languages. The codes are
// collected by running the guard, the banner summary, the advisor, the lint and the history over a
// sweep of platforms, marketplaces and situations, and by scanning the source for the rest.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_KINDS, advise, DEFAULT_POLICY, SITUATIONS } from '../../src/core/advisor';
import { lintDraft, messagingNotes } from '../../src/core/drafts';
import { eventDetail } from '../../src/core/event-detail';
import { summarize } from '../../src/core/guard-view';
import { standingLines } from '../../src/core/guard-lines';
import { aboutCancelling, aboutShipped } from '../../src/core/order-lines';
import type { GuardResult } from '../../src/core/rate-guard';
import type { Rulebook } from '../../src/core/rulebooks';
import type { OrderSeen } from '../../src/core/types';
import { guardRate } from '../../src/core/rate-guard';
import { BANDS, CONFIDENCES, RULEBOOKS } from '../../src/core/rulebooks';
import type { Said } from '../../src/core/said';
import { ORDER_STATUSES, PLATFORMS, READ_FAILURES, RECORD_OUTCOMES, REFUND_STATES } from '../../src/core/types';
import { en } from '../../src/i18n/catalogue/en';
import { CATALOGUES } from '../../src/i18n/catalogues';
import { createTranslator } from '../../src/i18n/format';
import { LOCALES } from '../../src/i18n/locales';
import { EVENT_KINDS } from '../../src/messages/records';
import { IMPORT_ISSUES, REFUSALS } from '../../src/messages/refusal';
import { allSaid, placeholders } from '../helpers/i18n';

const NOW = Date.UTC(2026, 10, 21, 12);
const DAY = 86_400_000;
const messages = en as Record<string, (typeof en)[keyof typeof en]>;

const ADVICE_MARKETS: Record<string, string[]> = {
  amazon: ['US', 'DE', 'IN'],
  etsy: ['GLOBAL'],
  aliexpress: ['GLOBAL'],
  ebay: ['US'],
  mercadolibre: ['BR', 'PE'],
  tiktok: ['US', 'TH', 'ID', 'UK'],
};

function allLines(guard: GuardResult, book: Rulebook, focus: OrderSeen): Said[] {
  return [
    ...standingLines(guard, book),
    ...aboutShipped(book, focus, guard.at),
    // A shipped order whose request TikTok approves by itself at a time still to come.
    ...aboutShipped(book, { ...focus, cancelRequest: { viaPlatform: true, answerBy: guard.at + 3_600_000 } }, guard.at),
    ...(guard.metric ? aboutCancelling(guard, book, focus) : []),
  ];
}

function sweep(): Said[] {
  const out: Said[] = [];
  for (const platform of PLATFORMS) {
    const book = RULEBOOKS[platform];
    for (const marketplace of Object.keys(book.marketplaces)) out.push(...messagingNotes(book, marketplace));
    for (const f of lintDraft(`${'a'.repeat(400)} https://x.com a@b.co 😊 WhatsApp`, book, '1'))
      out.push(f.message, f.fix);
    for (const marketplace of Object.keys(book.marketplaces)) {
      const snapshots = [
        undefined,
        { counted: 3, total: 156 },
        { counted: 0, total: 30 },
        {},
        // Ladders: a stated level, a count of buyers, a small shop, a new seller.
        { counted: 3, total: 600, level: 'top-rated', uniqueBuyers: 3 },
        { counted: 9, total: 100, level: 'green', windowDays: 365 },
        { counted: 0, total: 5, level: 'newbie' },
      ] as const;
      for (const counts of snapshots as readonly { level?: string }[]) {
        const guard = guardRate({
          platform,
          marketplace,
          now: NOW,
          orders: [{ id: 'o', orderedAt: NOW - DAY, fulfilment: 'merchant' }],
          cancellations: [{ orderId: 'c', cancelledAt: NOW - DAY, orderedAt: NOW - 2 * DAY, counted: true }],
          otherSnapshots: (['cases-closed-rate', 'claims-rate', 'case-rate', 'mediation-rate'] as const).map(
            (metric) => ({ platform, marketplace, metric, ratePercent: 5, counted: 5, total: 100, readAt: NOW - DAY }),
          ),
          snapshot: counts
            ? {
                platform,
                marketplace,
                metric: 'cancellation-rate',
                ratePercent: 1.92,
                ...counts,
                readAt: NOW - 2 * DAY,
              }
            : undefined,
        });
        if (guard.reason) out.push(guard.reason);
        for (const status of ['unshipped', 'shipped'] as const)
          for (const viaPlatform of [false, true])
            for (const fulfilment of ['merchant', 'platform'] as const) {
              const focus = {
                platform,
                marketplace,
                id: 'x',
                orderedAt: NOW - 5 * 60_000,
                items: [],
                status,
                fulfilment,
                cancelRequest: { viaPlatform },
                shipBy: NOW - 6 * DAY,
                autoCancelAt: NOW + DAY,
              };
              const s = summarize(guard, book, focus);
              // Every line, not only the few the banner keeps.
              out.push(s.headline, ...s.details, ...allLines(guard, book, focus));
            }
        // The advice differs by marketplace only where its rules do: a few of each platform's are enough.
        if (!ADVICE_MARKETS[platform]!.includes(marketplace) || ![undefined, 'top-rated'].includes(counts?.level))
          continue;
        for (const reason of SITUATIONS)
          for (const askedVia of ['platform-request', 'message', 'seller'] as const)
            for (const status of ['unpaid', 'unshipped', 'shipped', 'delivered', 'cancelled'] as const)
              for (const [claimOpen, requestOpen] of [
                [false, false],
                [true, false],
                [false, true],
              ])
                for (const passed of [false, true])
                  for (const hasTracking of [undefined, false]) {
                    const actions = advise({
                      platform,
                      marketplace,
                      now: NOW,
                      askedVia,
                      reason,
                      claimOpen,
                      requestOpen,
                      guard,
                      policy: { ...DEFAULT_POLICY, offersStoreCredit: true },
                      order: {
                        id: 'x',
                        status,
                        fulfilment: passed && hasTracking === false ? 'platform' : 'merchant',
                        orderedAt: NOW - 10 * 60_000,
                        deliveryDatePassed: passed,
                        daysSinceDelivery: passed ? 40 : 3,
                        daysPastDeliveryDate: passed ? (hasTracking === false ? 1 : 40) : -2,
                        delivered: status === 'delivered',
                        hasTracking,
                        ageDays: passed ? 45 : 0,
                      },
                    });
                    for (const a of actions) out.push(a.why, ...a.effects.flatMap((e) => [e.metric, e.detail]));
                  }
      }
    }
  }
  const events = [
    ...ORDER_STATUSES.map((s) => ({ kind: 'order-seen', detail: s })),
    { kind: 'status-changed', detail: 'unshipped→cancelled' },
    ...(['platform-request', 'message', 'seller'] as const).map((route) => ({
      kind: 'cancellation',
      route,
      reasonCode: 'NoInventory',
    })),
    ...['platform', 'message'].map((detail) => ({ kind: 'cancel-request-seen', detail })),
    ...REFUND_STATES.map((detail) => ({ kind: 'refund', detail })),
    { kind: 'address-changed' },
    ...ACTION_KINDS.map((a) => ({ kind: 'draft-used', detail: `copied (${a}, de)` })),
    ...ACTION_KINDS.map((a) => ({ kind: 'advice-given', detail: a })),
    ...RECORD_OUTCOMES.map((o) => ({ kind: 'advice-outcome', detail: `refund: ${o}` })),
  ];
  for (const e of events) {
    const d = eventDetail(e);
    if (d && typeof d === 'object') out.push(d);
  }
  // Each distinct code and parameters once: the sweep says the same thing many times over.
  return [...new Map(out.flatMap(allSaid).map((s) => [JSON.stringify(s), s])).values()];
}

/** Codes written literally in the source as said('…'), and the families the UIs build from ids. */
function codesInSource(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) =>
      statSync(path.join(dir, n)).isDirectory() ? walk(path.join(dir, n)) : [path.join(dir, n)],
    );
  const literal = walk('src')
    .filter((f) => /\.tsx?$/.test(f))
    .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bsaid\('([\w.-]+)'/g)].map((m) => m[1]!));
  const families = [
    ...READ_FAILURES.map((c) => `read-failure.${c}`),
    ...REFUSALS.map((c) => `refusal.${c}`),
    ...IMPORT_ISSUES.map((i) => `import-issue.${i}`),
    ...ORDER_STATUSES.map((s) => `status.${s}`),
    ...SITUATIONS.map((s) => `situation.${s}`),
    ...['platform-request', 'message', 'seller'].map((a) => `asked.${a}`),
    ...ACTION_KINDS.map((a) => `action.${a}`),
    ...EVENT_KINDS.map((k) => `event.${k}`),
    ...RECORD_OUTCOMES.map((o) => `outcome.${o}`),
    ...PLATFORMS.map((p) => `escalation.${p}`),
    ...PLATFORMS.filter((p) => RULEBOOKS[p].buyerCancelFlow).map((p) => `flow.${p}`),
    ...['level.ok', 'level.near', 'level.over', 'level.unknown', 'level.none'],
    ...['inserted', 'copied'].map((h) => `draft.how.${h}`),
    ...['amazon', 'etsy', 'aliexpress'].map((p) => `draft.no-box.${p}`),
    ...BANDS.map((b) => `band.${b}`),
    ...CONFIDENCES.map((c) => `confidence.${c}`),
    ...['hours', 'business-hours', 'days', 'business-days', 'working-days'].map((u) => `deadline.${u}`),
    ...['delivered-not-received', 'carrier-delay', 'remorse', 'buyer-error'].map((g) => `advice.exclusion.${g}`),
  ];
  return [...new Set([...literal, ...families])];
}

describe('what core says, the catalogue words', () => {
  const said = sweep();
  it('the sweep covers the guard, the summary, the advisor, the lint and the history', () => {
    const families = new Set(said.map((s) => s.code.split('.')[0]));
    for (const f of [
      'guard',
      'projection',
      'count',
      'hint',
      'advice',
      'effect',
      'lint',
      'draft-note',
      'detail',
      'metric',
    ])
      expect(families, f).toContain(f);
  });
  it('every code said has a message, naming exactly the parameters given', () => {
    const problems = said.flatMap((s) => {
      const message = messages[s.code];
      if (!message) return [`missing ${s.code}`];
      const wanted = placeholders(message).map((p) => p.split(',')[0]!);
      const given = Object.keys(s.params ?? {}).sort();
      return JSON.stringify([...new Set(wanted)].sort()) === JSON.stringify(given)
        ? []
        : [`${s.code}: ${wanted.join(', ')} ≠ ${given.join(', ')}`];
    });
    expect([...new Set(problems)]).toEqual([]);
  });
  it('every code in the source and every family built from ids is in the catalogue', () => {
    expect(codesInSource().filter((c) => !(c in messages))).toEqual([]);
  });
  for (const locale of LOCALES) {
    it(`${locale}: every sentence comes out whole (no code, no placeholder left)`, () => {
      const tr = createTranslator(CATALOGUES[locale], locale);
      const unique = [...new Map(said.map((s) => [JSON.stringify(s), s])).values()];
      for (const s of unique) expect(tr.say(s), s.code).not.toMatch(/\[[\w.-]+\]|\{\w+(, \w+)?\}/);
    });
  }
});
