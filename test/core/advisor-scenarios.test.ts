// The advisor's scenario table: over 80 cases across the six platforms, each resting on a policy
// sentence of its platform's rulebook (the rule must say it, and the advice must cite it), from the
// seeds' cases (a month after shipment, an elderly buyer's duplicates, a claim the buyer will not
// close, an address change after shipping, fraud) to each platform's own rules.
import { describe, expect, it } from 'vitest';
import { advise } from '../../src/core/advisor';
import { RULEBOOKS, ruleById } from '../../src/core/rulebooks';
import { AMAZON } from './scenarios/amazon';
import { EBAY } from './scenarios/ebay';
import { ETSY_ALIEXPRESS } from './scenarios/etsy-aliexpress';
import type { Case } from './scenarios/kit';
import { MERCADOLIBRE } from './scenarios/mercadolibre';
import { TIKTOK } from './scenarios/tiktok';

const TABLE: Case[] = [...AMAZON, ...EBAY, ...MERCADOLIBRE, ...TIKTOK, ...ETSY_ALIEXPRESS];

describe('advisor scenarios', () => {
  it('the table has at least 80 cases over the six platforms', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(80);
    expect(new Set(TABLE.map((c) => c.s.platform)).size).toBe(6);
    expect(new Set(TABLE.map((c) => `${c.s.platform}: ${c.name}`)).size).toBe(TABLE.length);
  });
  for (const c of TABLE) {
    it(`${c.s.platform} ${c.s.marketplace}: ${c.name}`, () => {
      const actions = advise(c.s);
      const kinds = actions.map((a) => a.kind);
      if (c.first === 'nothing') expect(kinds).toEqual([]);
      else expect(kinds[0], kinds.join(', ')).toBe(c.first);
      if (c.reasonCode) expect(actions[0]!.reasonCode).toBe(c.reasonCode);
      if (c.why) expect(actions[0]!.why.code).toBe(c.why);
      for (const k of c.includes ?? []) expect(kinds, kinds.join(', ')).toContain(k);
      for (const k of c.excludes ?? []) expect(kinds).not.toContain(k);
      if (c.firstEffect) expect(actions[0]!.effects[0]!.effect).toBe(c.firstEffect);
      // The policy sentence the case rests on: its platform's rule says it, and the advice cites it.
      const rule = ruleById(RULEBOOKS[c.s.platform], c.rests.rule);
      expect(rule.says.toLowerCase()).toContain(c.rests.says.toLowerCase());
      if (c.rests.cited !== false) expect(actions.map((a) => a.ruleId)).toContain(c.rests.rule);
      for (const a of actions) {
        expect(a.why.code).toMatch(/^advice\./);
        if (a.ruleId) expect(a.rule).toMatchObject({ id: a.ruleId, source: a.source, checkedOn: expect.any(String) });
      }
    });
  }
});
