import { describe, expect, it } from 'vitest';
import { initialFilter, toMessage } from '../../src/history/query';

describe('history query', () => {
  it('opens on everything, or on the order a link names', () => {
    expect(toMessage(initialFilter(''), false)).toEqual({ type: 'ui/history', withTotal: false });
    expect(toMessage(initialFilter('?order=111-2222222-3333333'), true)).toEqual({
      type: 'ui/history',
      orderId: '111-2222222-3333333',
      withTotal: true,
    });
  });

  it('sends only the filters set, days as whole UTC days', () => {
    const f = { ...initialFilter(''), platform: 'ebay', from: '2026-03-01', to: '2026-03-01' };
    expect(toMessage(f, false)).toEqual({
      type: 'ui/history',
      platform: 'ebay',
      from: Date.UTC(2026, 2, 1),
      to: Date.UTC(2026, 2, 2) - 1,
      withTotal: false,
    });
  });
});
