import { describe, expect, it } from 'vitest';
import { NOW, order, reading } from './fixtures';
import { IDBFactory } from 'fake-indexeddb';
import { EXPORT_VERSION, type ExportData } from '../../src/messages/records';
import type { ImportIssue, ImportProblem } from '../../src/messages/refusal';
import { saveChoice } from '../../src/store/choices';
import { saveTemplate } from '../../src/store/custom-templates';
import { openStore } from '../../src/store/db';
import { recordDraftUse, saveDraft } from '../../src/store/drafts';
import { exportAll, importAll } from '../../src/store/export-import';
import { ImportError } from '../../src/store/import-checks';
import { storeSummary } from '../../src/store/queries';
import { recordReading } from '../../src/store/record-reading';
import { saveSetting } from '../../src/store/settings';

const A = '111-0000001-0000001';
const B = '111-0000002-0000002';
async function filled() {
  const db = await openStore();
  const metric = { platform: 'amazon', marketplace: 'US', metric: 'cancellation-rate', readAt: NOW } as const;
  await recordReading(
    db,
    reading([order(A), order(B)], { metrics: [{ ...metric, ratePercent: 1.92, counted: 3, total: 156 }] }),
    NOW,
  );
  await recordReading(db, reading([order(A, { status: 'cancelled' })]), NOW + 1000);
  const draft = { orderKey: `amazon:${A}`, action: 'cancel', templateId: 'cancellation-confirmed', lang: 'de' };
  await saveDraft(db, { ...draft, text: 'Guten Tag', updatedAt: NOW });
  await recordDraftUse(db, `amazon:${A}`, 'cancel', { at: NOW + 5, how: 'copied', lang: 'de', text: 'Guten Tag' });
  await saveChoice(db, { orderKey: `amazon:${A}`, situation: 'duplicate-order', askedVia: 'message', updatedAt: NOW });
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

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('export and import', () => {
  it('export → import into a fresh profile gives back the same data', async () => {
    const original = await exportAll(await filled(), NOW);
    expect(original).toMatchObject({ format: 'seller-guard-export', version: EXPORT_VERSION });
    expect(original.events.length).toBeGreaterThanOrEqual(4);
    globalThis.indexedDB = new IDBFactory();
    const fresh = await openStore();
    const { added } = await importAll(fresh, copy(original), NOW);
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
    const file = copy(await exportAll(db, NOW));
    const before = await storeSummary(db);
    const { added } = await importAll(db, file, NOW);
    expect(Object.values(added).every((n) => n === 0)).toBe(true);
    expect(await storeSummary(db)).toEqual(before);
  });

  it('an event listed twice in one file is added once, beside the events already kept', async () => {
    const db = await filled();
    const file = copy(await exportAll(db, NOW));
    const kept = file.events.length;
    const cancellation = file.events.find((e) => e.kind === 'cancellation')!;
    const fresh = { ...cancellation, id: `${cancellation.id}:again`, at: cancellation.at + 1 };
    file.events.push(fresh, { ...fresh });
    const { added } = await importAll(db, file, NOW);
    expect(added.events).toBe(1);
    expect((await exportAll(db, NOW)).events).toHaveLength(kept + 1);
  });

  it('merges: the newer order reading and the newer draft win, use histories join', async () => {
    const db = await filled();
    const file = copy(await exportAll(db, NOW));
    file.drafts[0]!.text = 'Newer text';
    file.drafts[0]!.updatedAt = NOW + 100;
    file.drafts[0]!.uses = [{ at: NOW + 50, how: 'inserted', lang: 'de', text: 'x' }];
    await importAll(db, file, NOW);
    const after = await exportAll(db, NOW);
    expect(after.drafts[0]).toMatchObject({ text: 'Newer text', uses: [{ how: 'copied' }, { how: 'inserted' }] });
  });

  it('an earlier first sighting in the file moves the order to that day, and only there', async () => {
    const db = await filled();
    const file = copy(await exportAll(db, NOW));
    const earlier = NOW - 20 * 86_400_000;
    file.orders = file.orders.filter((o) => o.id === B).map((o) => ({ ...o, firstSeenAt: earlier }));
    await importAll(db, file, NOW);
    const orders = (await exportAll(db, NOW)).orders.filter((o) => o.id === B);
    expect(orders).toHaveLength(1);
    expect(orders[0]!.firstSeenAt).toBe(earlier);
    expect(await storeSummary(db)).toMatchObject({ orders: 2 });
  });
});

type Breakage = (file: ExportData) => void;
const LONG = 'x'.repeat(201);

describe('import refuses a file that fails any check, says where and why, and changes nothing', () => {
  it.each<[string, Breakage, RegExp, ImportIssue]>([
    [
      'a missing field',
      (f) => delete (f.orders[0] as Partial<ExportData['orders'][0]>).key,
      /orders\[0\]\.key: /,
      'missing',
    ],
    [
      'a field the format does not have',
      (f) => Object.assign(f.orders[0]!, { script: '<x>' }),
      /orders\[0\]\.script: is a field this format does not have/,
      'unknown-field',
    ],
    [
      'an unknown status',
      (f) => Object.assign(f.orders[0]!, { status: 'lost' }),
      /orders\[0\]\.status: /,
      'not-allowed-value',
    ],
    [
      'an unknown event kind',
      (f) => Object.assign(f.events[0]!, { kind: 'wiped' }),
      /events\[0\]\.kind: /,
      'not-allowed-value',
    ],
    [
      'a rate over 100%',
      (f) => Object.assign(f.snapshots[0]!, { ratePercent: 140 }),
      /snapshots\[0\]\.ratePercent/,
      'out-of-range',
    ],
    [
      'a fractional count',
      (f) => Object.assign(f.snapshots[0]!, { counted: 2.5 }),
      /snapshots\[0\]\.counted/,
      'wrong-type',
    ],
    [
      'an order number not in Amazon format',
      (f) => Object.assign(f.orders[0]!, { id: '12', key: 'amazon:12' }),
      /orders\[0\]\.id: "12" is not in Amazon's order-number format/,
      'not-order-number',
    ],
    [
      'an Etsy receipt number for an Amazon event',
      (f) => Object.assign(f.events[0]!, { orderId: '3456789012', orderKey: 'amazon:3456789012' }),
      /events\[0\]\.orderId: "3456789012" is not in Amazon's order-number format/,
      'not-order-number',
    ],
    [
      'a marketplace the platform does not have',
      (f) => Object.assign(f.snapshots[0]!, { marketplace: 'XX' }),
      /snapshots\[0\]\.marketplace: "XX" is not a marketplace of Amazon/,
      'not-marketplace',
    ],
    [
      'a key that is not its platform and id',
      (f) => Object.assign(f.orders[0]!, { key: `amazon:${B}` }),
      /key/,
      'key-mismatch',
    ],
    [
      'an order placed in the future',
      (f) => Object.assign(f.orders[0]!, { orderedAt: NOW + 3 * 86_400_000 }),
      /future/,
      'bad-date',
    ],
    [
      'an event before 2000',
      (f) => Object.assign(f.events[0]!, { at: Date.UTC(1999, 11, 31) }),
      /before 2000/,
      'bad-date',
    ],
    [
      'a figure read in the future',
      (f) => Object.assign(f.snapshots[0]!, { readAt: NOW + 2 * 86_400_000 }),
      /future/,
      'bad-date',
    ],
    [
      'an export from the future',
      (f) => Object.assign(f, { exportedAt: '2031-01-01T00:00:00.000Z' }),
      /future/,
      'bad-date',
    ],
    [
      'a buyer name too long',
      (f) => Object.assign(f.orders[0]!, { buyerName: LONG }),
      /orders\[0\]\.buyerName/,
      'too-long',
    ],
    [
      'a page that is not https',
      (f) => Object.assign(f.events[0]!, { sourceUrl: 'javascript:alert(1)' }),
      /https/,
      'invalid',
    ],
    [
      'a draft key of another order',
      (f) => Object.assign(f.drafts[0]!, { key: `amazon:${B}|cancel` }),
      /drafts\[0\]/,
      'key-mismatch',
    ],
    [
      'a template in an unknown language',
      (f) => Object.assign(f.templates[0]!, { lang: 'xx' }),
      /templates\[0\]/,
      'not-allowed-value',
    ],
    [
      'an unknown setting',
      (f) => f.settings.push({ key: 'evil', value: 1 }),
      /settings\[1\]\.key/,
      'not-allowed-value',
    ],
    [
      'a setting out of range',
      (f) => Object.assign(f.settings[0]!, { value: 7 }),
      /settings\[0\]\.value/,
      'out-of-range',
    ],
  ])('%s', async (_, breakIt, where, issue) => {
    const db = await filled();
    const before = await exportAll(db, NOW);
    const file = copy(before);
    breakIt(file);
    const refused = importAll(db, file, NOW);
    await expect(refused).rejects.toBeInstanceOf(ImportError);
    await expect(refused).rejects.toThrow(where);
    const error = (await refused.catch((e: unknown) => e)) as ImportError;
    expect(error.problem).toMatchObject({ kind: 'damaged', issue });
    // The seller is told the same place the developer's detail names.
    expect(error.message.startsWith((error.problem as { where: string }).where)).toBe(true);
    expect(await exportAll(db, NOW)).toEqual(before);
  });

  it.each<[string, unknown, ImportProblem]>([
    ['not an export', { hello: 1 }, { kind: 'not-export' }],
    [
      'a newer format',
      { format: 'seller-guard-export', version: EXPORT_VERSION + 1 },
      { kind: 'newer', version: EXPORT_VERSION + 1 },
    ],
  ])('%s', async (_, input, problem) => {
    const db = await filled();
    const before = await exportAll(db, NOW);
    await expect(importAll(db, input, NOW)).rejects.toMatchObject({ problem });
    expect(await exportAll(db, NOW)).toEqual(before);
  });
});
