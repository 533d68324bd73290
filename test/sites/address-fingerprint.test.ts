import { describe, expect, it } from 'vitest';
import { addressFingerprint } from '../../src/sites/address-fingerprint';

describe('addressFingerprint', () => {
  it('is short, stable, and blind to case, spacing and punctuation', () => {
    const a = addressFingerprint('Margaret Holloway\n14 Orchard Lane\nSpringfield, IL 62704\nUnited States');
    expect(a).toMatch(/^[0-9a-z]{1,7}$/);
    expect(addressFingerprint('margaret holloway 14 orchard lane springfield il 62704 united states')).toBe(a);
  });

  it('changes when the address does, and never contains it', () => {
    const a = addressFingerprint('14 Orchard Lane, Springfield IL 62704');
    const b = addressFingerprint('16 Orchard Lane, Springfield IL 62704');
    expect(a).not.toBe(b);
    expect(a).not.toContain('orchard');
  });

  it('says nothing for masked or near-empty addresses', () => {
    for (const masked of [undefined, '', '******', '*** **', 'US']) expect(addressFingerprint(masked)).toBeUndefined();
    expect(addressFingerprint('東京都港区六本木1-2-3')).toMatch(/^[0-9a-z]+$/);
  });
});
