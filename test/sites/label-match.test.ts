// The ASCII shortcuts of label matching answer exactly as the Unicode rules they stand in for.
import { describe, expect, it } from 'vitest';
import { normalizeLabel, phraseAt } from '../../src/sites/label-match';

const WORD = /[\p{L}\p{N}]/u;
const chars = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => String.fromCharCode(from + i));

describe('label matching, ASCII first', () => {
  it('a letter or digit glued before or after a phrase makes another word, in ASCII and beyond', () => {
    for (const char of [...chars(0x20, 0x2ff), 'ß', 'é', 'Ж', '٣', 'ا', '\u00a0']) {
      const glued = WORD.test(char);
      expect(phraseAt(`${char}rate`, 'rate'), `before ${JSON.stringify(char)}`).toBe(glued ? -1 : 1);
      expect(phraseAt(`rate${char}`, 'rate'), `after ${JSON.stringify(char)}`).toBe(glued ? -1 : 0);
    }
  });

  it('ASCII text normalizes as NFKC would have it', () => {
    const ascii = chars(0x09, 0x7f).join('');
    const byNfkc = ascii.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
    expect(normalizeLabel(ascii)).toBe(byNfkc.replace(/[`]/g, "'"));
    expect(normalizeLabel('Ｃａｎｃｅｌ　Ｒａｔｅ')).toBe('cancel rate');
    expect(normalizeLabel('İptal oranı')).toBe('iptal orani');
  });
});
