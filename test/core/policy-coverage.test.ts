// docs/policy-coverage.md lists every fact of policies.md with the rule that carries it or the
// reason it is left out: every section is there, every row says one or the other, every rule it
// names exists, and every rule of every rulebook is named.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULEBOOKS, ruleById } from '../../src/core/rulebooks';
import type { Platform } from '../../src/core/types';

const doc = readFileSync('docs/policy-coverage.md', 'utf8');
/** policies.md's sections, as of the check. */
const SECTIONS = [
  ...['1.1', '1.2', '1.3', '1.4', '1.5'],
  ...['2.1', '2.2', '2.3', '2.4', '2.5'],
  ...['3.1', '3.2', '3.3', '3.4', '3.5'],
  ...['4.1', '4.2', '4.3', '4.4', '4.5'],
  ...['5.1', '5.2', '5.3', '5.4'],
  ...['6.1', '6.2', '6.3', '6.4', '6.5'],
  '7',
];
const rows = doc.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Fact') && !l.startsWith('| ---'));
const named = [...doc.matchAll(/`((?:amazon|etsy|aliexpress|ebay|mercadolibre|tiktok)\.[\w.-]+)`/g)].map((m) => m[1]!);

describe('policy coverage', () => {
  it('every section of policies.md has its table', () => {
    for (const s of SECTIONS) expect(doc, s).toMatch(new RegExp(`^## §${s.replace('.', '\\.')} `, 'm'));
  });
  it('every fact names a rule, or says why it is left out', () => {
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) {
      const [fact, rule, use] = row
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim());
      expect(fact!.length, row).toBeGreaterThan(5);
      if (rule === '—') expect(use, row).toMatch(/^Left out/);
      else expect(rule, row).toMatch(/^`[a-z]/);
    }
  });
  it('every rule named exists in its platform’s rulebook', () => {
    for (const id of named) expect(() => ruleById(RULEBOOKS[id.split('.')[0] as Platform], id), id).not.toThrow();
  });
  it('every rule of every rulebook is named', () => {
    const all = Object.values(RULEBOOKS).flatMap((b) => b.rules.map((r) => r.id));
    expect(all.filter((id) => !named.includes(id))).toEqual([]);
  });
});
