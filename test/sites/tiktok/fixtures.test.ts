// The TikTok Shop fixtures themselves: each is served at a URL its page detector accepts, fetches the JSON
// it lists, and its JSON and rows hold what its expected reading claims. Checks of the fixtures, not of
// readers (none exist yet).
import { describe, expect, it } from 'vitest';
import { TIKTOK_PAGE_URLS } from '../../../src/sites/tiktok/page-urls';
import { TIKTOK_FIXTURES, type TikTokFixture } from '../../fixtures/tiktok';
import { fixtureLoader, laterText, servedText } from '../../helpers/platform-fixtures';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- fixture bodies, walked by path

const load = fixtureLoader();
const body = (f: TikTokFixture, pathPart: string): Json =>
  Object.entries(f.json ?? {}).find(([path]) => path.includes(pathPart))?.[1].body as Json;

describe('TikTok Shop fixtures', () => {
  it('have unique names', () => {
    expect(new Set(TIKTOK_FIXTURES.map((f) => f.name)).size).toBe(TIKTOK_FIXTURES.length);
  });

  it.each(TIKTOK_FIXTURES)('$name is served at a URL its page detector accepts, in its language', (f) => {
    expect(TIKTOK_PAGE_URLS.find((p) => p.page === f.page)!.detect(new URL(f.url)), f.url).toBe(true);
    expect(load(f).doc.documentElement.getAttribute('lang')).toBe(f.lang);
  });

  it.each(TIKTOK_FIXTURES.filter((f) => f.late))('$name fetches each of its JSON bodies and renders only then', (f) => {
    const { html, doc } = load(f);
    expect(Object.keys(f.json ?? {}).length).toBeGreaterThan(0);
    for (const path of Object.keys(f.json!)) expect(html).toContain(`fetch('${path}`);
    const e = f.expected;
    if (e.kind === 'orders' && e.orders.length === 0) {
      expect(doc.body.innerHTML).not.toMatch(/\d{18}/);
      return;
    }
    const marker =
      e.kind === 'orders'
        ? e.orders[0]!.id
        : e.kind === 'health'
          ? 'indicator-card'
          : e.kind === 'dashboard'
            ? 'ahr-score'
            : '';
    const template = [...doc.querySelectorAll('template')].map((t) => t.innerHTML).join('');
    expect(marker).not.toBe('');
    expect(servedText(doc)).not.toContain(marker);
    expect(doc.body.innerHTML.replace(/<template[\s\S]*?<\/template>/g, '')).not.toContain(marker);
    expect(template).toContain(marker);
  });

  it.each(TIKTOK_FIXTURES)('$name holds what its expected reading claims', (f) => {
    const { doc, html } = load(f);
    const e = f.expected;
    const text = f.late ? laterText(doc) : servedText(doc);
    switch (e.kind) {
      case 'orders': {
        const answer = body(f, '/order/');
        const orders: Json[] = answer ? (answer.data.main_orders ?? answer.data.main_order) : [];
        if (answer) expect(orders.map((o) => o.main_order_id)).toEqual(e.orders.map((o) => o.id));
        else expect(doc.querySelectorAll('tr[data-log_order_status]')).toHaveLength(e.orders.length);
        e.orders.forEach((o, i) => {
          expect(text).toContain(o.id);
          const j = orders[i];
          if (!j) return;
          const trade = j.trade_order_module;
          if (o.autoCancelAt)
            expect(trade.ship_cancellation_plan_time ?? trade.collection_cancellation_plan_time).toBe(
              String(o.autoCancelAt / 1000),
            );
          if (o.buyerNickname) expect(j.buyer_info_module.buyer_nickname).toBe(o.buyerNickname);
          expect(trade.fulfillment_type === 1).toBe(o.fbt === true);
          expect(j.price_module.grand_total.price_val).toBe(o.total!.toFixed(2));
          if (o.cancelRequest) expect(j.reverse_module[0].reverse_reason).toBe(o.cancelRequest.reason);
          if (o.cancelledBy === 'platform') expect(j.reverse_module[0].reverse_from).toBe(3);
        });
        if (e.actionNeeded) {
          const columns: Json[] = body(f, 'dashboard').data.dashboard_columns;
          expect(Object.fromEntries(columns.map((c) => [c.column_id, c.order_count]))).toEqual(e.actionNeeded);
        }
        break;
      }
      case 'health': {
        const indicators: Json[] = body(f, 'performance/list').data.indicators;
        for (const m of e.metrics) {
          const i = indicators.find((x) => x.name === m.name)!;
          expect(i, m.name).toBeDefined();
          expect(text).toContain(i.title);
          if (m.ratePercent === null) expect(i.value).toBeNull();
          else expect(Number(i.value) * 100).toBeCloseTo(m.ratePercent, 6);
        }
        const substring = {
          'seller-fault-cancellation': 'cancel',
          'late-dispatch': 'late_dispatch',
          'valid-tracking': 'tracking',
        };
        for (const m of e.missing)
          expect(indicators.filter((i) => i.name.includes(substring[m])).length <= 1).toBe(true);
        break;
      }
      case 'dashboard':
        expect(body(f, 'ahr/score').data.score).toBe(e.ahrScore);
        expect(text).toContain(String(e.ahrScore));
        break;
      case 'message-box':
        expect(doc.querySelectorAll(e.selector)).toHaveLength(1);
        expect(doc.querySelector('.conversation__messages a, .conversation__messages b')).toBeNull();
        break;
    }
    expect(html).not.toMatch(/<img[^>]+onerror/);
  });
});
