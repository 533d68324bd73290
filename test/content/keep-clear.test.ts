// The banner gives way to the page control the seller is using: another corner where it covers
// none of it, or its pill where no corner is free; where it covers nothing, it stays.
import { describe, expect, it } from 'vitest';
import { asideFrom, boxAt, EDGE, overlaps, type Box } from '../../src/content/keep-clear';

const VIEW = { width: 1280, height: 800 };
const CARD = { width: 380, height: 220 };
const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

describe('keeping clear of the control in use', () => {
  it('places the card in each corner, 16 px from the edges', () => {
    expect(boxAt('br', CARD, VIEW)).toEqual(box(1280 - EDGE - 380, 800 - EDGE - 220, 380, 220));
    expect(boxAt('tl', CARD, VIEW)).toEqual(box(EDGE, EDGE, 380, 220));
  });

  it('stays where it is when it covers nothing of the control', () => {
    expect(asideFrom('br', CARD, box(100, 100, 300, 30), VIEW)).toBeUndefined();
  });

  it('the order page: price and proceeds under the bottom right go clear, the card moves across', () => {
    const proceeds = box(1000, 600, 200, 40);
    expect(overlaps(boxAt('br', CARD, VIEW), proceeds)).toBe(true);
    expect(asideFrom('br', CARD, proceeds, VIEW)).toEqual({ corner: 'bl', pill: false });
  });

  it('a full-width message box along the bottom: the card goes up', () => {
    const box_ = box(20, 560, 1240, 220);
    expect(asideFrom('br', CARD, box_, VIEW)).toEqual({ corner: 'tr', pill: false });
  });

  it('a control no corner can avoid: the card folds to its pill where the pill fits', () => {
    const tall = box(0, 100, 1280, 640);
    expect(asideFrom('br', CARD, tall, VIEW)).toEqual({ corner: 'br', pill: true });
  });
});
