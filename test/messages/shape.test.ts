// The page's yes-or-no checks: what passes is exactly the shape, anything else is refused whole.
import { describe, expect, it } from 'vitest';
import * as s from '../../src/messages/shape';

describe('shape checks', () => {
  it('numbers: never NaN; finite, integer and bounds when asked', () => {
    expect(s.number()(1.5)).toBe(true);
    expect(s.number()(Number.POSITIVE_INFINITY)).toBe(true);
    for (const bad of [Number.NaN, '1', null, undefined, 1n]) expect(s.number()(bad)).toBe(false);
    expect(s.number({ finite: true })(Number.POSITIVE_INFINITY)).toBe(false);
    expect(s.number({ integer: true })(2.5)).toBe(false);
    expect(s.number({ min: 0, max: 100 })(-0.01)).toBe(false);
    expect(s.number({ min: 0, max: 100 })(100.01)).toBe(false);
    expect(s.number({ min: 0, max: 100 })(100)).toBe(true);
  });

  it('strings: a length limit in UTF-16 units and an optional pattern', () => {
    expect(s.string(3)('abc')).toBe(true);
    expect(s.string(3)('abcd')).toBe(false);
    expect(s.string(3)(3)).toBe(false);
    expect(s.string(10, /^\w+$/)('a b')).toBe(false);
  });

  it('literals, choices, booleans and unions', () => {
    expect(s.literal(true)(true)).toBe(true);
    expect(s.literal(true)('true')).toBe(false);
    expect(s.oneOf(['a', 'b'])('b')).toBe(true);
    expect(s.oneOf(['a', 'b'])('c')).toBe(false);
    expect(s.boolean(0)).toBe(false);
    const numberOrText = s.union(s.number(), s.string(2));
    expect([numberOrText(1), numberOrText('ab'), numberOrText('abc'), numberOrText({})]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('arrays: every item, at most so many', () => {
    expect(s.array(s.number(), 2)([1, 2])).toBe(true);
    expect(s.array(s.number(), 2)([1, 2, 3])).toBe(false);
    expect(s.array(s.number(), 2)([1, 'x'])).toBe(false);
    expect(s.array(s.number(), 2)({ length: 0 })).toBe(false);
  });

  it('objects: required fields present, optional ones may be missing, and strict refuses any other field', () => {
    const point = s.object({ x: s.number(), label: s.optional(s.string(5)) });
    expect(point({ x: 1 })).toBe(true);
    expect(point({ x: 1, label: 'a' })).toBe(true);
    expect(point({ x: 1, label: undefined })).toBe(true);
    expect(point({ label: 'a' })).toBe(false);
    expect(point({ x: 1, label: 7 })).toBe(false);
    expect(point({ x: 1, extra: 1 })).toBe(false);
    expect(s.object({ x: s.number() }, false)({ x: 1, extra: 1 })).toBe(true);
    for (const bad of [null, undefined, [1], 'x', 1]) expect(point(bad)).toBe(false);
  });

  it("objects: a field the prototype has is not the object's own", () => {
    const withCode = s.object({ toString: s.string(10) }, false);
    expect(withCode({})).toBe(false);
  });

  it('records: keys and values checked, at most so many keys, a __proto__ key refused by its pattern', () => {
    const dictionary = s.record(s.string(10, /^[a-z]+$/), s.number(), 2);
    expect(dictionary({ a: 1, b: 2 })).toBe(true);
    expect(dictionary({ a: 1, b: 2, c: 3 })).toBe(false);
    expect(dictionary({ A: 1 })).toBe(false);
    expect(dictionary({ a: 'x' })).toBe(false);
    expect(dictionary(JSON.parse('{"__proto__": 1}'))).toBe(false);
    expect(dictionary([])).toBe(false);
  });
});
