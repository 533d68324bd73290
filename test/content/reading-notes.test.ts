// What a reading says beside the guard's answer: Mercado Libre's sales that count against the
// reputation marked in the list (in the banner's language), and a chat that takes no draft.
import { describe, expect, it } from 'vitest';
import type { PageReadingOk } from '../../src/core/types';
import { placeFlags, FLAG_ATTR } from '../../src/content/flags';
import { reputationFlags, threadNote } from '../../src/content/reading-notes';
import { bannerMessages } from '../../src/i18n/banner-text';
import { es } from '../../src/i18n/catalogue/es';
import { createTranslator } from '../../src/i18n/format';
import { mercadoLibrePages } from '../../src/sites/mercadolibre/pages';
import { salesListHtml } from '../fixtures/mercadolibre/sales-list-builder';
import { SALES_LABELS } from '../fixtures/mercadolibre/sales-list-labels';
import { BR_SALES } from '../fixtures/mercadolibre/sales-list-rows';
import { parse } from '../helpers/fixtures';

const words = createTranslator(bannerMessages(es), 'es');
const reading = (over: Partial<PageReadingOk>): PageReadingOk => ({
  ok: true,
  platform: 'mercadolibre',
  marketplace: 'MX',
  page: 'order-list',
  url: 'https://www.mercadolibre.com.mx/ventas/omni/listado',
  orders: [],
  metrics: [],
  ...over,
});
const sale = (id: string, affectsReputation?: boolean) => ({
  platform: 'mercadolibre' as const,
  marketplace: 'MX',
  id,
  items: [],
  status: 'cancelled' as const,
  fulfilment: 'unknown' as const,
  ...(affectsReputation === undefined ? {} : { affectsReputation }),
});

describe('marks beside the sales Mercado Libre says count', () => {
  it('marks only the sales whose own line says they count, in the banner language', () => {
    const flags = reputationFlags(
      reading({ orders: [sale('2000006123450003', true), sale('2000006123456789', false), sale('2000006123450005')] }),
      words,
    );
    expect(flags).toEqual([
      { orderIds: ['2000006123450003'], text: 'Afecta tu reputación', kind: 'affects-reputation' },
    ]);
    expect(reputationFlags(reading({ orders: [sale('2000006123456789', false)] }), words)).toEqual([]);
  });

  it("puts the mark on that sale's card, as text, beside a duplicate flag of its own kind", () => {
    const doc = parse(salesListHtml(BR_SALES, SALES_LABELS['pt-BR']));
    const list = mercadoLibrePages.find((t) => t.page === 'order-list')!;
    placeFlags(doc, list, [
      ...reputationFlags(reading({ orders: [sale('2000006123450003', true)] }), words),
      { kind: 'duplicate', orderIds: ['2000006123456789'], text: '<b>dup</b>' },
    ]);
    const marks = [...doc.querySelectorAll(`[${FLAG_ATTR}]`)];
    expect(marks.map((m) => [m.getAttribute(FLAG_ATTR), m.closest('.sc-row')!.id])).toEqual([
      ['duplicate', 'row-2000006123456789_2000012345678901'],
      ['affects-reputation', 'row-2000006123450003_2000012345670004'],
    ]);
    expect(marks[0]!.querySelector('b')).toBeNull();
  });
});

describe('a chat that takes no draft', () => {
  it('says why for an empty thread and a blocked one, nothing for an open one', () => {
    expect(threadNote(reading({ page: 'messages', threadState: 'empty' }))).toEqual({ code: 'banner.thread-empty' });
    expect(threadNote(reading({ page: 'messages', threadState: 'blocked' }))).toEqual({
      code: 'banner.thread-blocked',
    });
    expect(threadNote(reading({ page: 'messages', threadState: 'open' }))).toBeUndefined();
    expect(words.say({ code: 'banner.thread-empty' })).toContain('eligiendo un motivo');
  });
});
