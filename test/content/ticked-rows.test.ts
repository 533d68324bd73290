// Ticking rows is read from the boxes on each change, without re-reading the page; the background is
// asked only when the ticked set changed, and an answer overtaken by a later tick is dropped.
import { describe, expect, it, vi } from 'vitest';
import { watchTicked, type TickedAnswer } from '../../src/content/ticked-rows';

const tick = async (box: HTMLInputElement, checked = true) => {
  box.checked = checked;
  box.dispatchEvent(new Event('change', { bubbles: true }));
  await new Promise((r) => setTimeout(r, 5));
};

function page() {
  document.body.innerHTML =
    '<table><tr><td><input type="checkbox" id="a"></td></tr><tr><td><input type="checkbox" id="b"></td></tr></table><input type="text" id="t">';
  const box = (id: string) => document.getElementById(id) as HTMLInputElement;
  const read = () => ['a', 'b'].filter((id) => box(id).checked);
  return { box, read };
}

describe('watching the ticked rows', () => {
  it('asks once per change of the ticked set, and shows the answer', async () => {
    const { box, read } = page();
    const ask = vi.fn(async (ids: string[]): Promise<TickedAnswer> => ({ selected: ids.length, lines: [] }));
    const shown: TickedAnswer[] = [];
    const watch = watchTicked(document, read, ask, (a) => shown.push(a));
    await tick(box('a'));
    await tick(box('b'));
    box('t').dispatchEvent(new Event('change', { bubbles: true }));
    watch.check();
    await new Promise((r) => setTimeout(r, 5));
    expect(ask.mock.calls.map(([ids]) => ids)).toEqual([['a'], ['a', 'b']]);
    expect(shown.map((a) => a.selected)).toEqual([1, 2]);
    watch.stop();
  });

  it('nothing ticked: says so without asking', async () => {
    const { box, read } = page();
    const ask = vi.fn(async (): Promise<TickedAnswer> => ({ selected: 1, lines: [] }));
    const shown: TickedAnswer[] = [];
    const watch = watchTicked(document, read, ask, (a) => shown.push(a));
    await tick(box('a'));
    await tick(box('a'), false);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(shown.at(-1)).toEqual({ selected: 0, lines: [] });
    watch.stop();
  });

  it('asks again for the same rows when the figures may have changed', async () => {
    const { box, read } = page();
    box('a').checked = true;
    const ask = vi.fn(async (): Promise<TickedAnswer> => ({ selected: 1, lines: [] }));
    const watch = watchTicked(document, read, ask, () => undefined);
    watch.check(true);
    watch.check(true);
    expect(ask).toHaveBeenCalledTimes(2);
    watch.stop();
  });

  it('an answer overtaken by a later tick is not shown', async () => {
    const { box, read } = page();
    let release: (a: TickedAnswer) => void = () => undefined;
    const slow = new Promise<TickedAnswer>((r) => (release = r));
    const ask = vi.fn((ids: string[]) => (ids.length === 1 ? slow : Promise.resolve({ selected: 2, lines: [] })));
    const shown: number[] = [];
    const watch = watchTicked(document, read, ask, (a) => shown.push(a.selected));
    await tick(box('a'));
    await tick(box('b'));
    release({ selected: 1, lines: [] });
    await new Promise((r) => setTimeout(r, 5));
    expect(shown).toEqual([2]);
    watch.stop();
  });
});
