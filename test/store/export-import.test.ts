import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import type { OrderSeen, PageReadingOk } from '../../src/core/types';
import { openStore } from '../../src/store/db';
import { saveDraft, saveChoice, recordDraftUse } from '../../src/store/drafts';
import { saveTemplate } from '../../src/store/custom-templates';
import { csvCell, eventsToCsv } from '../../src/store/export-csv';
import { EXPORT_VERSION, ImportError } from '../../src/store/export-format';
import { exportAll, importAll } from '../../src/store/export-import';
import { storeSummary } from '../../src/store/queries';
import { recordReading } from '../../src/store/record-reading';
import { saveSetting } from '../../src/store/settings';

const NOW = Date.UTC(2026, 10, 21, 12);
const order = (id: string, over: Partial<OrderSeen> = {}): OrderSeen => ({
  platform: 'amazon',
  marketplace: 'US',
  id,
  orderedAt: NOW - 86_400_000,
  items: [{ title: 'Calendar', quantity: 1 }],
  status: 'unshipped',
  fulfilment: 'merchant',
  ...over,
});
const reading = (orders: OrderSeen[], extra: Partial<PageReadingOk> = {}): PageReadingOk => ({
  ok: true,
  platform: 'amazon',
  marketplace: 'US',
  page: 'order-list',
  url: 'https://sellercentral.amazon.com/orders-v3',
  orders,
  metrics: [],
  ...extra,
});

async function filled() {
  const db = await openStore();
  await recordReading(
    db,
    reading([order('a'), order('b')], {
      metrics: [
        {
          platform: 'amazon',
          marketplace: 'US',
          metric: 'cancellation-rate',
          ratePercent: 1.92,
          counted: 3,
          total: 156,
          readAt: NOW,
        },
      ],
    }),
    NOW,
  );
  await recordReading(db, reading([order('a', { status: 'cancelled' })]), NOW + 1000);
  await saveDraft(db, {
    orderKey: 'amazon:a',
    action: 'cancel',
    templateId: 'cancellation-confirmed',
    lang: 'de',
    text: 'Guten Tag',
    updatedAt: NOW,
  });
  await recordDraftUse(db, 'amazon:a', 'cancel', { at: NOW + 5, how: 'copied', lang: 'de', text: 'Guten Tag' });
  await saveChoice(db, { orderKey: 'amazon:a', situation: 'duplicate-order', askedVia: 'message', updatedAt: NOW });
  await saveTemplate(db, {
    id: 't1',
    platform: 'amazon',
    action: 'contact-buyer',
    lang: 'en',
    title: 'Mine',
    text: 'Hi {buyer}',
    updatedAt: NOW,
  });
  await saveSetting(db, 'warningMargin', 0.6);
  return db;
}

describe('export and import', () => {
  it('export → import into a fresh profile gives back the same data', async () => {
    const original = await exportAll(await filled(), NOW);
    expect(original).toMatchObject({ format: 'seller-guard-export', version: EXPORT_VERSION });
    expect(original.events.length).toBeGreaterThanOrEqual(4);
    globalThis.indexedDB = new IDBFactory();
    const fresh = await openStore();
    const { added } = await importAll(fresh, JSON.parse(JSON.stringify(original)));
    // Each order's "order seen" comes back on the order itself (and counts as one of the new events).
    expect(added).toEqual({
      orders: 2,
      snapshots: 1,
      events: original.events.length,
      drafts: 1,
      choices: 1,
      templates: 1,
      settings: 1,
    });
    expect(original.events.filter((e) => e.kind === 'order-seen')).toHaveLength(2);
    expect({ ...(await exportAll(fresh, NOW)) }).toEqual(original);
  });

  it('importing the same file twice adds nothing the second time', async () => {
    const db = await filled();
    const file = JSON.parse(JSON.stringify(await exportAll(db, NOW)));
    const before = await storeSummary(db);
    const { added } = await importAll(db, file);
    expect(Object.values(added).every((n) => n === 0)).toBe(true);
    expect(await storeSummary(db)).toEqual(before);
  });

  it('merges: the newer order reading and the newer draft win, use histories join', async () => {
    const db = await filled();
    const file = JSON.parse(JSON.stringify(await exportAll(db, NOW)));
    file.drafts[0].text = 'Newer text';
    file.drafts[0].updatedAt = NOW + 100;
    file.drafts[0].uses = [{ at: NOW + 50, how: 'inserted', lang: 'de', text: 'x' }];
    await importAll(db, file);
    const after = await exportAll(db, NOW);
    expect(after.drafts[0]).toMatchObject({ text: 'Newer text', uses: [{ how: 'copied' }, { how: 'inserted' }] });
  });

  it.each([
    ['not an export', { hello: 1 }, /not a Seller Guard export/],
    ['a newer format', { format: 'seller-guard-export', version: EXPORT_VERSION + 1 }, /newer Seller Guard/],
    ['a broken record', null, /damaged: orders\.0\.key/],
  ])('refuses %s with a clear message and changes nothing', async (_, input, message) => {
    const db = await filled();
    const before = await exportAll(db, NOW);
    let file: unknown = input;
    if (file === null) {
      const broken = JSON.parse(JSON.stringify(before)) as { orders: { key?: string }[] };
      broken.orders.push({ ...before.orders[0] });
      delete broken.orders[0]!.key;
      file = broken;
    }
    await expect(importAll(db, file)).rejects.toThrow(message);
    await expect(importAll(db, file)).rejects.toBeInstanceOf(ImportError);
    expect(await exportAll(db, NOW)).toEqual(before);
  });
});

describe('CSV export', () => {
  it('escapes quotes, commas and newlines, and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
    for (const lead of ['+', '-', '@', '\t', '\r'])
      expect(csvCell(`${lead}1`).replace(/^"/, '').startsWith(`'${lead}`)).toBe(true);
    expect(csvCell(undefined)).toBe('');
  });
  it('one row per event, oldest first, with a header', async () => {
    const data = await exportAll(await filled(), NOW);
    const lines = eventsToCsv(data.events as never)
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('time,platform,marketplace,order,event,detail,counts_against_rate,page');
    expect(lines).toHaveLength(data.events.length + 1);
    expect(lines.some((l) => l.includes(',cancellation,') && l.includes(',yes,'))).toBe(true);
  });
});
