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
import { guardRate } from '../../src/core/rate-guard';
import { RULEBOOKS } from '../../src/core/rulebooks';
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

function sweep(): Said[] {
  const out: Said[] = [];
  for (const platform of PLATFORMS) {
    const book = RULEBOOKS[platform];
    out.push(...messagingNotes(book));
    for (const f of lintDraft(`${'a'.repeat(400)} https://x.com a@b.co 😊 WhatsApp`, book, '1'))
      out.push(f.message, f.fix);
    for (const marketplace of Object.keys(book.marketplaces)) {
      const snapshots = [undefined, { counted: 3, total: 156 }, { counted: 0, total: 30 }, {}] as const;
      for (const counts of snapshots) {
        const guard = guardRate({
          platform,
          marketplace,
          now: NOW,
          orders: [{ id: 'o', orderedAt: NOW - DAY, fulfilment: 'merchant' }],
          cancellations: [{ orderId: 'c', cancelledAt: NOW - DAY, orderedAt: NOW - 2 * DAY, counted: true }],
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
              };
              const s = summarize(guard, book, focus);
              out.push(s.headline, ...s.details);
            }
        for (const reason of SITUATIONS)
          for (const askedVia of ['platform-request', 'message', 'seller'] as const)
            for (const status of ['unpaid', 'unshipped', 'shipped', 'delivered', 'cancelled'] as const)
              for (const claimOpen of [false, true])
                for (const passed of [false, true]) {
                  const actions = advise({
                    platform,
                    marketplace,
                    now: NOW,
                    askedVia,
                    reason,
                    claimOpen,
                    guard,
                    policy: { ...DEFAULT_POLICY, offersStoreCredit: true },
                    order: {
                      id: 'x',
                      status,
                      fulfilment: 'merchant',
                      orderedAt: NOW - 10 * 60_000,
                      deliveryDatePassed: passed,
                      daysSinceDelivery: passed ? 40 : 3,
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
  return out.flatMap(allSaid);
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
