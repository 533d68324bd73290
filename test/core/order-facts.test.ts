// The order facts the readers can now hand the advisor (tracking, delivery, a request the platform
// has not stepped into, the platform's own per-sale verdict, its auto-cancel deadline) cross from
// the content script as optional fields, validated like the rest: wrong types are refused whole.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { OrderSeenSchema } from '../../src/messages/page-reading';

const base = {
  platform: 'tiktok',
  marketplace: 'US',
  id: '576461413038785752',
  items: [],
  status: 'unshipped',
  fulfilment: 'merchant',
};

describe('order facts for the advisor', () => {
  it('are optional: an order without them is valid', () => expect(v.is(OrderSeenSchema, base)).toBe(true));
  it('are accepted when the page states them', () => {
    const facts = {
      hasTracking: false,
      deliveredAt: Date.UTC(2026, 10, 20),
      requestOpen: true,
      affectsReputation: false,
      autoCancelAt: Date.UTC(2026, 10, 22),
    };
    expect(v.parse(OrderSeenSchema, { ...base, ...facts })).toMatchObject(facts);
  });
  it.each([
    ['hasTracking', 'yes'],
    ['deliveredAt', -1],
    ['requestOpen', 1],
    ['affectsReputation', 'no'],
    ['autoCancelAt', Number.NaN],
  ])('%s of the wrong type is refused', (field, value) => {
    expect(v.is(OrderSeenSchema, { ...base, [field]: value })).toBe(false);
  });
});
