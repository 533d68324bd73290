import { describe, expect, it } from 'vitest';
import { mergeOrders } from '../../../src/sites/merge-orders';
import { safeRead } from '../../../src/sites/page-type';
import { pageTypeFor } from '../../../src/sites/registry';
import { jsString, scriptState, sliceJsonObject } from '../../../src/sites/script-data';
import { readEtsyMessages, readEtsyOrders } from '../../../src/sites/etsy/read-orders';
import {
  type Assignment,
  etsyPage,
  NOW_S,
  SAMPLE_BUYERS,
  SAMPLE_ORDERS,
  STATES_DE,
  STATES_EN,
} from '../../fixtures/etsy/context-builder';
import { fixture, parse, ok } from '../../helpers/fixtures';

const LIST = new URL('https://www.etsy.com/your/orders/sold');
const englishPage = () =>
  parse(etsyPage({ lang: 'en-US', locale: 'en-US', orders: SAMPLE_ORDERS, buyers: SAMPLE_BUYERS, states: STATES_EN }));

describe('Etsy sold orders reader', () => {
  it('reads the embedded Etsy.Context state first', () => {
    const r = ok(readEtsyOrders(englishPage(), LIST, 'order-list'));
    expect(r.orders).toHaveLength(3);
    expect(r.orders[0]).toEqual({
      platform: 'etsy',
      marketplace: 'GLOBAL',
      id: '3456789012',
      orderedAt: (NOW_S - 86_400) * 1000,
      buyerName: 'Ruth Abernathy',
      buyerId: '501',
      items: [{ title: 'Hand-thrown stoneware mug, speckled glaze', quantity: 1, sku: 'MUG-SPK' }],
      status: 'unshipped',
      fulfilment: 'merchant',
      shipBy: (NOW_S + 2 * 86_400) * 1000,
      buyerNote: 'Please gift wrap, it is for my sister.',
      total: 38,
      currency: 'USD',
    });
  });

  it('keeps hostile buyer names, titles and notes as text (a </script> in the JSON does not end it)', () => {
    const r = ok(readEtsyOrders(englishPage(), LIST, 'order-list'));
    expect(r.orders[2]).toMatchObject({
      buyerName: '<img src=x onerror=alert(1)>Mallory',
      status: 'shipped',
      buyerNote: '<b>urgent</b> call me 555-0100',
      items: [{ title: 'Linen napkins </script><script>alert(2)</script>' }],
    });
  });

  it('reads a German shop (state names in German, state types stable)', () => {
    const doc = parse(
      etsyPage({
        lang: 'de-DE',
        locale: 'de-DE',
        orders: SAMPLE_ORDERS.slice(0, 1),
        buyers: SAMPLE_BUYERS,
        states: STATES_DE,
        title: 'Verkaufte Bestellungen',
      }),
    );
    expect(ok(readEtsyOrders(doc, LIST, 'order-list')).orders[0]!.status).toBe('unshipped');
  });

  it('the ?order_id= overlay and the detail page focus on that order', () => {
    const overlay = ok(
      readEtsyOrders(englishPage(), new URL('https://www.etsy.com/your/orders/sold?order_id=3456789013'), 'order-list'),
    );
    expect(overlay.focusOrderId).toBe('3456789013');
    const detail = ok(
      readEtsyOrders(englishPage(), new URL('https://www.etsy.com/your/orders/sold/3456789012'), 'order-detail'),
    );
    expect(detail.focusOrderId).toBe('3456789012');
  });

  it('refuses a detail page whose order is not in the page data', () => {
    expect(
      readEtsyOrders(englishPage(), new URL('https://www.etsy.com/your/orders/sold/1111'), 'order-detail'),
    ).toMatchObject({ ok: false });
  });

  it('falls back to the DOM rows when there is no embedded state', () => {
    const r = ok(readEtsyOrders(fixture('etsy/sold-orders-dom-only.html'), LIST, 'order-list'));
    expect(r.orders.map((o) => o.id)).toEqual(['3456789012', '3456789013']);
    expect(r.orders[0]!.status).toBe('unknown');
  });

  it('an empty shop reads as no orders', () => {
    expect(ok(readEtsyOrders(fixture('etsy/sold-orders-empty.html'), LIST, 'order-list')).orders).toEqual([]);
  });

  it('refuses a redesign it does not know', () => {
    expect(readEtsyOrders(fixture('etsy/sold-orders-redesign.html'), LIST, 'order-list')).toMatchObject({ ok: false });
  });

  it('messages page: finds the composer', () => {
    const doc = parse('<main><div class="convo-composer"><textarea></textarea></div></main>');
    expect(readEtsyMessages(doc, new URL('https://www.etsy.com/messages/123'))).toMatchObject({
      ok: true,
      page: 'messages',
      hasMessageBox: true,
    });
  });
});

describe('Etsy buyers, found once for the list', () => {
  it('each of 500 orders from 500 buyers gets its own buyer; the first of two with one id is the one', () => {
    const buyers = Array.from({ length: 500 }, (_, i) => ({
      buyer_id: 10_000 + i,
      name: `Buyer ${i}`,
      username: `b${i}`,
    }));
    const orders = buyers.map((b, i) => ({ ...SAMPLE_ORDERS[0]!, id: 3_456_000_000 + i, buyerId: b.buyer_id }));
    const page = etsyPage({
      lang: 'en-US',
      locale: 'en-US',
      orders,
      buyers: [...buyers, { buyer_id: 10_000, name: 'Not the first', username: 'x' }],
      states: STATES_EN,
    });
    const read = ok(readEtsyOrders(parse(page), LIST, 'order-list')).orders;
    expect(read.map((o) => o.buyerName)).toEqual(buyers.map((b) => b.name));
  });

  it('an order without a buyer id gets no buyer, not the first buyer that has none either', () => {
    const state = {
      data: {
        initial_data: {
          orders: {
            orders_search: {
              orders: [{ order_id: 3456789012, order_state_id: 1 }],
              buyers: [{ name: 'Buyer without an id' }],
            },
          },
        },
      },
    };
    const doc = parse(
      `<html><head><script>Etsy.Context = ${JSON.stringify(state)};</script></head><body></body></html>`,
    );
    expect(ok(readEtsyOrders(doc, LIST, 'order-list')).orders[0]!.buyerName).toBeUndefined();
  });
});

describe('sliceJsonObject', () => {
  it('matches braces outside strings only', () => {
    const text = 'x = {"a":"}{\\"","b":{"c":1}}; y = 2;';
    expect(JSON.parse(sliceJsonObject(text, 4)!)).toEqual({ a: '}{"', b: { c: 1 } });
    expect(sliceJsonObject('{"a":', 0)).toBeUndefined();
  });

  it('a quote after an even run of backslashes closes its string; after an odd run it does not', () => {
    expect(sliceJsonObject('{"a":"x\\\\"}, "}"', 0)).toBe('{"a":"x\\\\"}');
    expect(sliceJsonObject('{"a":"x\\\\\\"}"}', 0)).toBe('{"a":"x\\\\\\"}"}');
    expect(sliceJsonObject('{"a":"never closed}', 0)).toBeUndefined();
  });

  /** The character-by-character matching the jumps replace, kept here as the reference. */
  function byCharacter(text: string, from: number): string | undefined {
    let depth = 0;
    let inString = false;
    for (let i = from; i < text.length; i++) {
      const c = text[i];
      if (inString) {
        if (c === '\\') i++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) return text.slice(from, i + 1);
    }
    return undefined;
  }

  it('agrees with matching character by character on 5,000 seeded texts of braces, quotes and backslashes', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const alphabet = ['{', '}', '"', '\\', 'a', ':', ','];
    for (let n = 0; n < 5_000; n++) {
      const text = `{${Array.from({ length: 1 + Math.floor(next() * 30) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('')}`;
      expect(sliceJsonObject(text, 0), text).toBe(byCharacter(text, 0));
    }
  });
});

describe('Etsy after-sale facts', () => {
  it('reads a full refund and fingerprints the ship-to address (never keeping it)', () => {
    const address = { first_line: '22 Kiln Row', city: 'Asheville', zip: '28801', country: 'US' };
    const orders = [{ ...SAMPLE_ORDERS[2]!, refunded: true, address }];
    const r = ok(
      readEtsyOrders(
        parse(etsyPage({ lang: 'en-US', locale: 'en-US', orders, buyers: SAMPLE_BUYERS, states: STATES_EN })),
        LIST,
        'order-list',
      ),
    );
    expect(r.orders[0]).toMatchObject({ refund: 'full', addressHash: expect.stringMatching(/^[0-9a-z]+$/) as unknown });
    expect(JSON.stringify(r.orders[0])).not.toContain('Kiln');
    const moved = ok(
      readEtsyOrders(
        parse(
          etsyPage({
            lang: 'en-US',
            locale: 'en-US',
            orders: [{ ...orders[0]!, address: { ...address, first_line: '9 Glaze St' } }],
            buyers: SAMPLE_BUYERS,
            states: STATES_EN,
          }),
        ),
        LIST,
        'order-list',
      ),
    );
    expect(moved.orders[0]!.addressHash).not.toBe(r.orders[0]!.addressHash);
  });

  it('an order that was not refunded carries no refund', () => {
    const r = ok(readEtsyOrders(englishPage(), LIST, 'order-list'));
    expect(r.orders.map((o) => o.refund)).toEqual([undefined, undefined, undefined]);
  });
});

describe('Etsy.Context however the page assigns it (read as data, never run)', () => {
  const page = (assignment: Assignment) =>
    parse(
      etsyPage({
        lang: 'en-US',
        locale: 'en-US',
        orders: SAMPLE_ORDERS,
        buyers: SAMPLE_BUYERS,
        states: STATES_EN,
        assignment,
      }),
    );
  const reference = () => ok(readEtsyOrders(englishPage(), LIST, 'order-list')).orders;

  it.each(['object-assign', 'after-empty', 'merged', 'json-parse'] as const)(
    '%s gives every status and buyer',
    (how) => {
      const orders = ok(readEtsyOrders(page(how), LIST, 'order-list')).orders;
      expect(orders).toEqual(reference());
      expect(orders.map((o) => o.status)).toEqual(['unshipped', 'unshipped', 'shipped']);
      expect(orders[0]!.buyerName).toBe('Ruth Abernathy');
    },
  );

  it('a later plain assignment replaces the state, as it does in the page', () => {
    expect(scriptState(['Etsy.Context = {"a": 1, "b": 2};', 'Etsy.Context = {"c": 3};'], 'Etsy.Context')).toEqual({
      c: 3,
    });
    expect(
      scriptState(
        ['Etsy.Context = {"a": {"x": 1}};', 'Object.assign(Etsy.Context, {"a": {"y": 2}}, {"b": 3});'],
        'Etsy.Context',
      ),
    ).toEqual({ a: { y: 2 }, b: 3 });
  });

  it('text that only mentions Etsy.Context (a string, a comment, another name) changes nothing', () => {
    expect(
      scriptState(
        [
          'Etsy.Context = {"a": 1};',
          'console.log(" Etsy.Context = {}"); // Etsy.Context = {}\n/* Etsy.Context = {} */ MyEtsy.Context = {}; x = Etsy.Context;',
        ],
        'Etsy.Context',
      ),
    ).toEqual({ a: 1 });
  });

  it('a right-hand side we cannot read as data makes the state unreadable, not half read', () => {
    expect(scriptState(['Etsy.Context = buildContext();'], 'Etsy.Context')).toBeUndefined();
    const literal = String.raw`'it\'s \x41\u0042\n'`;
    expect(jsString(`${literal};`, 0)).toEqual(["it's AB\n", literal.length]);
  });
});

describe('one order listed twice', () => {
  it('is one order in the reading, not a refused page', () => {
    const orders = [SAMPLE_ORDERS[0]!, SAMPLE_ORDERS[1]!, SAMPLE_ORDERS[0]!];
    const doc = parse(etsyPage({ lang: 'en-US', locale: 'en-US', orders, buyers: SAMPLE_BUYERS, states: STATES_EN }));
    const r = ok(safeRead(pageTypeFor(LIST)!, doc, LIST));
    expect(r.orders.map((o) => o.id)).toEqual(['3456789012', '3456789013']);
  });

  it('what two copies disagree on becomes unknown, never either guess', () => {
    const a = ok(readEtsyOrders(englishPage(), LIST, 'order-list')).orders[0]!;
    const merged = mergeOrders([a, { ...a, status: 'cancelled', buyerName: 'Someone else', refund: 'full' }]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ id: a.id, status: 'unknown', total: 38 });
    expect(merged[0]).not.toHaveProperty('buyerName');
    expect(merged[0]).not.toHaveProperty('refund');
  });
});
