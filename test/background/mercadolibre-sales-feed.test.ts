// Mercado Libre's sales list fed by its own bricks answer (issue #17): once the answer was seen the
// page reads only its cards and sends the answer as it came; the background checks the cards against
// it and decides an empty list, so no page JSON is parsed on the seller's page. The cards + the
// answer read exactly as the whole reader on the page, and an answer that does not describe the list
// on screen is refused whole, nothing kept.
import { describe, expect, it } from 'vitest';
import { createRouter } from '../../src/background/router';
import type { PageReading } from '../../src/core/types';
import { readMercadoLibreSaleRows, readMercadoLibreSalesList } from '../../src/sites/mercadolibre/read-sales-list';
import { completeWithPageJson, pageJsonFeed } from '../../src/sites/page-json-feeds';
import { PageJsonLog } from '../../src/sites/page-json';
import { pageTypeFor } from '../../src/sites/registry';
import { openStore } from '../../src/store/db';
import { getOrder } from '../../src/store/order-days';
import { mercadoLibreFixture } from '../fixtures/mercadolibre';
import { salesBricks } from '../fixtures/mercadolibre/sales-bricks';
import { EVENT_REQUEST_PATH, manySales, salesListHtml, type Sale } from '../fixtures/mercadolibre/sales-list-builder';
import { SALES_LABELS } from '../fixtures/mercadolibre/sales-list-labels';
import { BR_SALES } from '../fixtures/mercadolibre/sales-list-rows';
import { ok, parse } from '../helpers/fixtures';
import { CTX, contentSender, deps, NOW } from './router-fixture';

const URL_BR = new URL('https://vendedores.mercadolivre.com.br/vendas/omni/lista');
const ANSWER_URL = `${URL_BR.origin}${EVENT_REQUEST_PATH['pt-BR']}`;
const sender = { ...contentSender, url: URL_BR.href };
const answer = (sales: Sale[]) => JSON.stringify(salesBricks(sales, [], `${sales.length} vendas`));
const listed = (sales: Sale[]) => parse(salesListHtml(sales, SALES_LABELS['pt-BR']));
const rows = (doc: Document) => readMercadoLibreSaleRows(doc, URL_BR, NOW);

function whole(doc: Document, text?: string): PageReading {
  const log = new PageJsonLog();
  if (text !== undefined) log.add(`${ANSWER_URL}\n${text}`, URL_BR.origin);
  return readMercadoLibreSalesList(doc, URL_BR, log, NOW);
}

describe('Mercado Libre sales list checked by the background against its own answer', () => {
  it('the list page takes its answer on the path the observer hands over', () => {
    const type = pageTypeFor(URL_BR)!;
    expect(type.fedBy?.path.test(EVENT_REQUEST_PATH['pt-BR'])).toBe(true);
    expect(type.fedBy?.path.test(EVENT_REQUEST_PATH.es)).toBe(true);
    expect(pageJsonFeed('mercadolibre', 'order-list')?.path).toBe(type.fedBy?.path);
  });

  it.each([
    ['four sales', BR_SALES],
    ['60 sales, two cancelled', manySales(60)],
  ])('%s: the cards read on the page + the answer = the whole reader on the page', (_, sales) => {
    const doc = listed(sales);
    expect(completeWithPageJson(rows(doc), answer(sales))).toEqual(ok(whole(doc, answer(sales))));
  });

  it('a list with no card yet: empty where the answer says so, and nothing kept where it lists sales', () => {
    const doc = parse(mercadoLibreFixture('sales-list-late').html());
    expect(completeWithPageJson(rows(doc), answer([]))).toEqual(ok(whole(doc, answer([]))));
    expect(ok(whole(doc, answer([]))).orders).toEqual([]);
    expect(completeWithPageJson(rows(doc), answer(BR_SALES))).toBeUndefined();
    expect(whole(doc, answer(BR_SALES))).toMatchObject({ ok: false, code: 'page-not-ready' });
  });

  it.each([
    ['an answer without one of the cards', answer(BR_SALES.slice(1))],
    ['an empty list answer beside cards', answer([])],
    ['not JSON', '{"response": ['],
    ['not the bricks answer', '{"orders": []}'],
  ])('%s: refused, and the page reads its markup alone', (_, text) => {
    expect(completeWithPageJson(ok(rows(listed(BR_SALES))), text)).toBeUndefined();
  });

  it('the background keeps the sales the cards gave, once the answer covers them', async () => {
    const { d } = deps();
    const reading = rows(listed(BR_SALES));
    const reply = await createRouter(d, CTX)({ type: 'cs/page-reading', reading, pageJson: answer(BR_SALES) }, sender);
    expect(reply).toMatchObject({ ok: true });
    const stored = await getOrder(await openStore(), `mercadolibre:${BR_SALES[0]!.packId}`);
    expect(stored?.buyerName).toBe(BR_SALES[0]!.buyerName);
  });

  it('an answer that does not cover the cards: the page is told to read its markup, nothing is kept', async () => {
    const { d, tabs } = deps();
    const reading = rows(listed(BR_SALES));
    const reply = await createRouter(d, CTX)(
      { type: 'cs/page-reading', reading, pageJson: answer(BR_SALES.slice(0, 2)) },
      sender,
    );
    expect(reply).toEqual({ ok: false, readMarkup: true });
    expect(tabs.size).toBe(0);
    expect(await getOrder(await openStore(), `mercadolibre:${BR_SALES[2]!.packId}`)).toBeUndefined();
  });
});
