import { describe, expect, it } from 'vitest';
import { memoByText } from '../../src/sites/memo-by-text';

describe('memoByText: a list’s repeated texts worked out once, within bounds', () => {
  const counting = (maxLength: number, maxTexts?: number) => {
    const asked: string[] = [];
    const read = memoByText((text) => (asked.push(text), text.toUpperCase()), maxLength, maxTexts);
    return { read, asked };
  };

  it('asks once per short text, and answers the same every time', () => {
    const { read, asked } = counting(10);
    expect([read('new'), read('new'), read('open'), read('new')]).toEqual(['NEW', 'NEW', 'OPEN', 'NEW']);
    expect(asked).toEqual(['new', 'open']);
  });

  it('keeps no text longer than its bound, nor more texts than its bound', () => {
    const { read, asked } = counting(5, 2);
    read('longer than five');
    read('longer than five');
    for (const text of ['a', 'b', 'c', 'c']) read(text);
    expect(asked).toEqual(['longer than five', 'longer than five', 'a', 'b', 'c', 'c']);
    expect(read('a')).toBe('A');
    expect(asked).toHaveLength(6);
  });
});
