// Mercado Libre's readings in the store, as for the other platforms: the sales a list shows, then a
// sale cancelled, a return refunded and a claim opened as the list shows them later, each in the
// event log once; the platform's figures kept with their limits and level; the export and its CSV.
import { describe, expect, it } from 'vitest';
import type { PageReadingOk } from '../../../src/core/types';
import { mercadoLibrePages } from '../../../src/sites/mercadolibre/pages';
import { PageJsonLog } from '../../../src/sites/page-json';
import { safeRead } from '../../../src/sites/page-type';
import { openStore } from '../../../src/store/db';
import { eventsToCsv } from '../../../src/store/export-csv';
import { exportAll, importAll } from '../../../src/store/export-import';
import { queryEvents } from '../../../src/store/history';
import { recordReading } from '../../../src/store/record-reading';
import { mercadoLibreFixture } from '../../fixtures/mercadolibre';
import { salesListHtml, type Sale } from '../../fixtures/mercadolibre/sales-list-builder';
import { SALES_LABELS } from '../../fixtures/mercadolibre/sales-list-labels';
import { BR_SALES } from '../../fixtures/mercadolibre/sales-list-rows';
import { ok, parse } from '../../helpers/fixtures';

const NOW = Date.UTC(2026, 10, 20, 12);
const LIST = 'https://vendedores.mercadolivre.com.br/vendas/omni/lista';

function read(url: string, html: string): PageReadingOk {
  const u = new URL(url);
  return ok(
    safeRead(
      mercadoLibrePages.find((t) => t.detect(u))!,
      parse(html),
      u,
      new PageJsonLog(),
    ),
  );
}

const list = (sales: Sale[]) => read(LIST, salesListHtml(sales, SALES_LABELS['pt-BR']));
const [first, , , fourth] = BR_SALES as [Sale, Sale, Sale, Sale];
const events = async (db: Awaited<ReturnType<typeof openStore>>, id: string) =>
  (await queryEvents(db, { orderId: id })).events.map((e) => `${e.kind}${e.detail ? ` ${e.detail}` : ''}`).sort();

describe('Mercado Libre in the event log', () => {
  it('a sale cancelled, a return refunded and a claim opened are each logged once, as the list shows them', async () => {
    const db = await openStore();
    await recordReading(db, list([first, { ...fourth, headline: 'A enviar' }]), NOW);
    const later = [
      { ...first, headline: 'Venda cancelada', reputation: 'affects' as const },
      { ...fourth, headline: 'Devolução finalizada com reembolso para o comprador' },
    ];
    await recordReading(db, list(later), NOW + 60_000);
    await recordReading(db, list(later), NOW + 120_000);
    expect(await events(db, first.packId)).toEqual([
      'cancellation cancelled by the seller',
      'order-seen unshipped',
      'status-changed unshipped→cancelled',
    ]);
    expect(await events(db, fourth.packId)).toEqual([
      'order-seen unshipped',
      'refund full',
      'return-requested',
      'status-changed unshipped→delivered',
    ]);
    await recordReading(
      db,
      list([
        { ...first, headline: 'Venda cancelada' },
        { ...fourth, headline: 'Reclamação aberta' },
      ]),
      NOW + 180_000,
    );
    expect(await events(db, fourth.packId)).toContain('dispute-opened');
  });

  it('keeps the reputation figures with the limits and level the page states, and exports them', async () => {
    const db = await openStore();
    const f = mercadoLibreFixture('reputation-br-yellow');
    await recordReading(db, read(f.url, f.html()), NOW);
    await recordReading(db, list([first]), NOW);
    const data = await exportAll(db, NOW);
    expect(data.snapshots).toContainEqual(
      expect.objectContaining({
        platform: 'mercadolibre',
        marketplace: 'BR',
        metric: 'cancellation-rate',
        ratePercent: 3.2,
        counted: 8,
        total: 250,
        windowDays: 60,
        limitPercent: 3.5,
        nextLimitPercent: 1.5,
        level: 'yellow',
      }),
    );
    expect(data.orders).toContainEqual(
      expect.objectContaining({
        platform: 'mercadolibre',
        id: first.packId,
        buyerName: 'Carla Souza',
        affectsReputation: false,
      }),
    );
    // And they come back whole through the documented import, into an empty store.
    const other = await openStore('seller-guard-import-check');
    await expect(importAll(other, JSON.parse(JSON.stringify(data)), Date.now())).resolves.toMatchObject({
      added: { snapshots: data.snapshots.length },
    });
    const csv = eventsToCsv(data.events);
    expect(csv).toContain(first.packId);
    expect(csv).toContain('mercadolibre');
  });
});
