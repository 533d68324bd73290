// The CSV export's header row is in the seller's language (the options page sends it with the
// request); the rows keep their stable machine values, and every cell is spreadsheet-safe.
import { describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/catalogue/de';
import { createTranslator } from '../../src/i18n/format';
import { eventsToCsv } from '../../src/store/export-csv';
import type { EventRecord } from '../../src/messages/records';

const COLUMNS = ['time', 'platform', 'marketplace', 'order', 'event', 'detail', 'counts', 'page'] as const;
/** Lines of the CSV, a byte-order mark (for spreadsheets) aside. */
const lines = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');
const event: EventRecord = {
  id: 'amazon:1:cancellation',
  kind: 'cancellation',
  platform: 'amazon',
  marketplace: 'DE',
  orderKey: 'amazon:1',
  orderId: '028-5550123-4567890',
  at: Date.UTC(2026, 10, 21, 12),
  sourceUrl: 'https://sellercentral.amazon.de/orders-v3',
  counted: true,
};

describe('CSV header', () => {
  it('is written in the language it is given; without one, in the documented column names', () => {
    const german = createTranslator(de, 'de');
    const header = COLUMNS.map((c) => german.t(`csv.${c}`));
    const [first, row] = lines(eventsToCsv([event], header));
    expect(first).toBe('Zeit,Plattform,Marktplatz,Bestellung,Ereignis,Detail,zählt_zur_Quote,Seite');
    expect(row).toContain(',cancellation,');
    expect(lines(eventsToCsv([event]))[0]).toBe(
      'time,platform,marketplace,order,event,detail,counts_against_rate,page',
    );
  });
  it('a header cell is escaped like any other', () => {
    const header = ['=evil', 'a,b', 'c', 'd', 'e', 'f', 'g', 'h'];
    expect(lines(eventsToCsv([event], header))[0]).toBe(`'=evil,"a,b",c,d,e,f,g,h`);
  });
});
