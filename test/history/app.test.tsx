// The history's first screen: an answer that came in before the page's first render is drawn in
// that render (not a frame later), a first screen's worth of rows comes first and the rest once it
// has painted, and the exact total follows from the second answer.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventRecord } from '../../src/messages/records';
import { App, type FirstAnswer } from '../../src/history/app';
import { initialFilter, type HistoryReply } from '../../src/history/query';
import { loadWords } from '../../src/ui/t';

const ask = vi.hoisted(() => vi.fn());
vi.mock('../../src/ui/client', () => ({ ask }));

const event = (i: number): EventRecord => ({
  id: `e${i}`,
  kind: 'order-seen',
  platform: 'amazon',
  marketplace: 'US',
  orderKey: `amazon:111-0000000-${String(i).padStart(7, '0')}`,
  orderId: `111-0000000-${String(i).padStart(7, '0')}`,
  at: Date.UTC(2026, 0, 1) + i * 60_000,
  sourceUrl: 'https://sellercentral.amazon.com/orders-v3',
});

const events = Array.from({ length: 200 }, (_, i) => event(i));
const screen: HistoryReply = { ok: true, events, series: [] };
const full: HistoryReply = {
  ok: true,
  events,
  total: 10_000,
  series: [],
  insight: { share: { total: 0, counted: 0, notCounted: 0, savedPercent: 0 }, reasons: [], repeatBuyers: [] },
};

const rows = (root: Element) => root.querySelectorAll('tbody tr').length;

/** Lets effects run and settled promises reach the screen. */
const settle = async () => {
  for (let turn = 0; turn < 5; turn++) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
};

describe('history first screen', () => {
  let root: HTMLElement;
  beforeEach(async () => {
    await loadWords('en');
    ask.mockReset().mockResolvedValue(full);
    root = document.createElement('main');
    document.body.replaceChildren(root);
  });

  it('draws an answer already in at its first render, a first screen of rows first, then all of them', async () => {
    const first: FirstAnswer = { filter: initialFilter(''), reply: Promise.resolve(screen), settled: screen };
    render(<App first={first} />, root);
    // Before any effect or promise has run: the answer is on screen, a first screen's worth of it.
    expect(root.querySelector('#events-h')?.textContent).toBe('Events (newest 200, counting…)');
    expect(rows(root)).toBe(40);
    await settle();
    expect(rows(root)).toBe(200);
    expect(root.textContent).toContain('10,000');
    // The window was asked for once already: only the exact count is asked for.
    expect(ask).toHaveBeenCalledTimes(1);
    expect(ask.mock.calls[0]![0]).toMatchObject({ type: 'ui/history', withTotal: true });
  });

  it('shows that it is loading until an answer that comes later, then draws it', async () => {
    let answer!: (reply: HistoryReply) => void;
    const first: FirstAnswer = { filter: initialFilter(''), reply: new Promise((resolve) => (answer = resolve)) };
    render(<App first={first} />, root);
    expect(rows(root)).toBe(0);
    expect(root.querySelector('#events-h')).toBeNull();
    expect(root.textContent).toContain('Loading');
    answer(screen);
    await settle();
    expect(rows(root)).toBe(200);
    expect(root.textContent).toContain('10,000');
  });

  it('draws a short history whole at once', async () => {
    const few: HistoryReply = { ...full, events: events.slice(0, 12), total: 12 };
    render(<App first={{ filter: initialFilter(''), reply: Promise.resolve(few), settled: few }} />, root);
    expect(rows(root)).toBe(12);
    await settle();
    expect(rows(root)).toBe(12);
    expect(ask).not.toHaveBeenCalled();
  });
});
