// The reputation reader beyond its fixtures' expected readings: the page's text against its state,
// Portuguese and Spanish titles, limits that contradict the rate, and pages it must refuse.
import { describe, expect, it } from 'vitest';
import { readMercadoLibreReputation } from '../../../src/sites/mercadolibre/read-reputation';
import { mercadoLibreFixture } from '../../fixtures/mercadolibre';
import { nordicPage } from '../../fixtures/mercadolibre/nordic-state';
import { LEADER } from '../../fixtures/mercadolibre/reputation-cases';
import { brazilReputationHtml, spanishReputationHtml } from '../../fixtures/mercadolibre/reputation-pages';
import { ok, parse } from '../../helpers/fixtures';

const BR = new URL('https://vendedores.mercadolivre.com.br/reputacao');
const MX = new URL('https://www.mercadolibre.com.mx/reputacion');
const read = (html: string, url = BR) => readMercadoLibreReputation(parse(html), url, 0);
const mx = (sections: [string, string, number, string, boolean][], leader: string | null = null) =>
  spanishReputationHtml({
    lang: 'es-MX',
    leader,
    score: '6 / 7',
    sales: '1,017',
    completed: '979',
    billed: '1',
    sections,
  });

describe('Mercado Libre reputation: the embedded state, checked against the page', () => {
  it('reads the state and the text says the same', () => {
    const r = ok(read(brazilReputationHtml(LEADER)));
    expect(r.metrics.find((m) => m.metric === 'cancellation-rate')).toMatchObject({
      ratePercent: 0.24,
      counted: 1,
      total: 412,
      windowDays: 60,
      limitPercent: 0.5,
      level: 'green_silver',
    });
    expect(r.standing).toEqual({ level: 'green_silver', sales: 412, periodDays: 60 });
  });

  it('refuses when the page shows another rate than its state', () => {
    const html = brazilReputationHtml(LEADER).replace('>0,24%<', '>0,42%<');
    expect(read(html)).toMatchObject({ ok: false, code: 'figures-disagree' });
  });

  it('refuses a figure on the page that its state does not have (a new seller shows none)', () => {
    const html = mercadoLibreFixture('reputation-br-newbie').html().replace('>–<', '>0,5%<');
    expect(read(html)).toMatchObject({ ok: false, code: 'figures-disagree' });
  });

  it('keeps the rate but not counts that are not its own', () => {
    const html = brazilReputationHtml({ ...LEADER, metrics: [{ ...LEADER.metrics[2]!, quantity: 9 }] });
    const m = ok(read(html)).metrics[0]!;
    expect(m).toMatchObject({ metric: 'cancellation-rate', ratePercent: 0.24 });
    expect(m.counted).toBeUndefined();
    expect(m.total).toBeUndefined();
  });

  it('refuses a state whose rate is not a number', () => {
    const html = nordicPage({
      lang: 'pt-BR',
      title: 'Reputação',
      body: '<h1>Reputação</h1>',
      pageProps: { variablesData: { variables: [{ id: 'cancellations', percentage: 'muito', quantity: 1 }] } },
    });
    expect(read(html)).toMatchObject({ ok: false, code: 'page-data-invalid' });
  });

  it('a state of another page and no metric titles is a layout it does not know; no state at all is not ready', () => {
    expect(read(mercadoLibreFixture('reputation-unknown-layout').html())).toMatchObject({ code: 'layout-unknown' });
    expect(read('<html><body><main id="root-app"></main></body></html>')).toMatchObject({ code: 'page-not-ready' });
  });
});

describe('Mercado Libre reputation: the Spanish sites, by their text', () => {
  it('a limit the rate is not under is a page it does not understand', () => {
    const html = mx([['Canceladas por ti', '1.2%', 12, '1%', true]]);
    expect(read(html, MX)).toMatchObject({ ok: false, code: 'figures-disagree' });
  });

  it('two rates in one section are refused, a repeated section with the same rate is not', () => {
    const twice = mx([['Reclamos', '0.49%', 5, '1%', true]]).replace('<p>Son', '<p>0.5%</p><p>Son');
    expect(read(twice, MX)).toMatchObject({ ok: false, code: 'figures-disagree' });
    const repeated = mx([
      ['Reclamos', '0.49%', 5, '1%', true],
      ['Reclamos', '0.49%', 5, '1%', true],
    ]);
    expect(ok(read(repeated, MX)).metrics).toEqual([expect.objectContaining({ metric: 'claims-rate', counted: 5 })]);
  });

  it("leaves the total out when the rate is not the count's share of the period's sales", () => {
    const m = ok(read(mx([['Canceladas por ti', '0.5%', 2, '1%', true]]), MX)).metrics[0]!;
    expect(m).toMatchObject({ ratePercent: 0.5, counted: 2, limitPercent: 1 });
    expect(m.total).toBeUndefined();
  });

  it('reads the MercadoLíder tier as the level, and no tier as no level', () => {
    const gold = ok(read(mx([['Reclamos', '0.49%', 5, '1%', true]], 'MercadoLíder Platinum'), MX));
    expect(gold.metrics[0]!.level).toBe('green_platinum');
    const plain = ok(read(mx([['Reclamos', '0.49%', 5, '1%', true]], 'MercadoLíder'), MX));
    expect(plain.standing?.level).toBe('green_silver');
    expect(ok(read(mx([['Reclamos', '0.49%', 5, '1%', true]]), MX)).metrics[0]!.level).toBeUndefined();
  });

  it('a sentence that mentions a metric is no section of its own', () => {
    const html = mx([['Canceladas por ti', '0.2%', 2, '0.5%', true]]).replace(
      '<h3>Productos',
      '<p>Reclamos resueltos en 2 días hábiles no afectan: 0.3%</p><h3>Productos',
    );
    expect(ok(read(html, MX)).metrics.map((m) => m.metric)).toEqual(['cancellation-rate']);
  });

  it('titles with no figure yet are a page still filling itself in', () => {
    expect(
      read(mx([['Reclamos', '–', 0, '1%', true]]).replace(/<p>Son.*?<\/p>|<p>Por.*?<\/p>/g, ''), MX),
    ).toMatchObject({
      ok: false,
      code: 'page-not-ready',
    });
  });
});
