import { describe, expect, it } from 'vitest';
import type { MetricSnapshot } from '../../../src/core/types';
import { readAmazonAccountHealth } from '../../../src/sites/amazon/read-account-health';
import { PageJsonLog } from '../../../src/sites/page-json';
import {
  accountHealthHtml,
  CANCEL_FIGURES,
  lateAccountHealthHtml,
  rateOf,
  SUMMARY_URL,
  summaryJson,
  WORDING,
} from '../../fixtures/amazon/account-health-builder';
import { fixture, ok, parse } from '../../helpers/fixtures';

const NOW = Date.UTC(2026, 10, 21, 12);
const url = (host = 'sellercentral.amazon.com') => new URL(`https://${host}/performance/dashboard`);
const read = (doc: Document, host?: string, json?: string) => {
  const log = new PageJsonLog();
  if (json) log.add(`${url(host).origin}${SUMMARY_URL}\n${json}`, url(host).origin);
  return readAmazonAccountHealth(doc, url(host), log, NOW);
};
const cancellation = (doc: Document, host?: string, json?: string) =>
  ok(read(doc, host, json)).metrics.find((m) => m.metric === 'cancellation-rate');
const byMetric = (metrics: MetricSnapshot[]) => Object.fromEntries(metrics.map((m) => [m.metric, m]));

describe('Amazon Account Health: the figures, by their captions', () => {
  it('reads "1.92% — 3 of 156 orders" over 7 days, with the other metrics', () => {
    const metrics = byMetric(ok(read(fixture('amazon/account-health-en.html'))).metrics);
    expect(metrics['cancellation-rate']).toEqual({
      platform: 'amazon',
      marketplace: 'US',
      metric: 'cancellation-rate',
      ratePercent: 1.92,
      counted: 3,
      total: 156,
      windowDays: 7,
      readAt: NOW,
    });
    expect(metrics['late-shipment-rate']).toMatchObject({ ratePercent: 1.1, counted: 2, total: 182, windowDays: 10 });
    expect(metrics['valid-tracking-rate']).toMatchObject({
      ratePercent: 98.7,
      counted: 608,
      total: 616,
      windowDays: 30,
    });
    expect(metrics['order-defect-rate']).toEqual({
      platform: 'amazon',
      marketplace: 'US',
      metric: 'order-defect-rate',
      ratePercent: 0.42,
      readAt: NOW,
    });
  });

  it.each(Object.keys(WORDING))('reads the %s dashboard: rate, "N of M" and the window, as printed there', (locale) => {
    const figures = CANCEL_FIGURES[locale]!;
    const host = WORDING[locale]!.host;
    const reading = ok(read(parse(accountHealthHtml(locale)), host));
    expect(byMetric(reading.metrics)['cancellation-rate']).toMatchObject({
      ratePercent: Number(rateOf(figures)),
      counted: figures.counted,
      total: figures.total,
      windowDays: figures.window,
    });
    expect(reading.metrics.map((m) => m.metric).sort()).toEqual([
      'cancellation-rate',
      'late-shipment-rate',
      'order-defect-rate',
      'valid-tracking-rate',
    ]);
  });

  it('India: the 30-day window the page shows, never an assumed 7', () => {
    expect(cancellation(parse(accountHealthHtml('en-IN')), 'sellercentral.amazon.in')).toMatchObject({
      marketplace: 'IN',
      ratePercent: 1.21,
      counted: 5,
      total: 412,
      windowDays: 30,
    });
  });

  it('a page that states no window leaves it out of the snapshot', () => {
    const html = accountHealthHtml('en-US', { counted: 3, total: 156, target: '2.5' });
    const metric = cancellation(parse(html));
    expect(metric).toMatchObject({ ratePercent: 1.92, counted: 3, total: 156 });
    expect(metric).not.toHaveProperty('windowDays');
  });

  it('the hand-written German and Japanese pages ("1,42 %", "3 von 211", "156件中1件")', () => {
    expect(cancellation(fixture('amazon/account-health-de.html'), 'sellercentral.amazon.de')).toMatchObject({
      marketplace: 'DE',
      ratePercent: 1.42,
      counted: 3,
      total: 211,
      windowDays: 7,
    });
    expect(cancellation(fixture('amazon/account-health-ja.html'), 'sellercentral.amazon.co.jp')).toMatchObject({
      ratePercent: 0.64,
      counted: 1,
      total: 156,
      windowDays: 7,
    });
  });

  it('a row without its usual id is found by its caption', () => {
    expect(cancellation(fixture('amazon/account-health-redesign.html'), 'sellercentral.amazon.co.uk')).toMatchObject({
      ratePercent: 1.92,
      counted: 3,
      total: 156,
    });
  });

  it('a caption in a language we do not know is still read inside the row the page marks', () => {
    const html = accountHealthHtml('en-US').replace('Pre-fulfillment Cancel Rate', 'Tasso sconosciuto');
    expect(cancellation(parse(html))).toMatchObject({ ratePercent: 1.92, counted: 3, total: 156 });
  });

  it("a new seller's N/A is a reading with no cancellation figure, never a number", () => {
    for (const doc of [
      fixture('amazon/account-health-na.html'),
      parse(accountHealthHtml('de', { counted: null, total: 0, window: 7, target: '2.5' })),
    ]) {
      const reading = ok(read(doc));
      expect(reading.metrics.find((m) => m.metric === 'cancellation-rate')).toBeUndefined();
      expect(reading.metrics.length).toBeGreaterThan(0);
    }
  });
});

describe("Amazon Account Health: the outside run's defects cannot happen", () => {
  const en = () => fixture('amazon/account-health-en.html');
  const row = (doc: Document) => doc.querySelector('#shipping-cancellation-rate-row')!;
  const label = (doc: Document) => row(doc).querySelector('.a-column')!;

  it('a utility class on the label or the target reads the figure, not the label or the target', () => {
    for (const where of ['label', 'target', 'both'] as const) {
      const doc = en();
      if (where !== 'target') label(doc).classList.add('a-size-base');
      if (where !== 'label') label(doc).querySelector('span')!.classList.add('a-size-base');
      expect(cancellation(doc)).toMatchObject({ ratePercent: 1.92, counted: 3, total: 156, windowDays: 7 });
    }
  });

  it('the same class on the label still reads the German and Japanese dashboards', () => {
    for (const [file, host, rate] of [
      ['amazon/account-health-de.html', 'sellercentral.amazon.de', 1.42],
      ['amazon/account-health-ja.html', 'sellercentral.amazon.co.jp', 0.64],
    ] as const) {
      const doc = fixture(file);
      label(doc).classList.add('a-size-base');
      expect(cancellation(doc, host)?.ratePercent).toBe(rate);
    }
  });

  it('"N/A" with a classed label and target is no figure, not the 2.5% target', () => {
    const doc = fixture('amazon/account-health-na.html');
    label(doc).classList.add('a-size-base');
    label(doc).querySelector('span')!.classList.add('a-size-large');
    expect(ok(read(doc)).metrics.find((m) => m.metric === 'cancellation-rate')).toBeUndefined();
  });

  it('a "98% on time" span before the label is another metric\'s, not ours', () => {
    const doc = en();
    label(doc).insertAdjacentHTML('afterbegin', '<span class="a-size-large">98%</span> <span>on time</span> ');
    expect(cancellation(doc)?.ratePercent).toBe(1.92);
  });

  it('hidden targets, screen-reader copies and tooltips are never read', () => {
    const doc = en();
    label(doc).insertAdjacentHTML(
      'beforeend',
      '<span class="a-offscreen">2.50%</span><div role="tooltip">5.00%</div><div hidden>9.00%</div>',
    );
    expect(cancellation(doc)?.ratePercent).toBe(1.92);
  });

  it('a label repeated with another value, or two figures beside one label, is refused', () => {
    const twice = en();
    const copy = row(twice).cloneNode(true) as Element;
    copy.removeAttribute('id');
    copy.querySelector('.a-size-large')!.textContent = '2.56%';
    copy.querySelector('.a-ws-span-last span:last-child')!.textContent = '4 of 156 orders';
    twice.querySelector('#customer-satisfaction-content-rows-section')!.append(copy);
    expect(read(twice)).toMatchObject({ ok: false, code: 'figures-disagree' });

    const two = en();
    row(two).querySelector('.a-ws-span-last')!.insertAdjacentHTML('beforeend', '<div>0.50%</div>');
    expect(read(two)).toMatchObject({ ok: false, code: 'figures-disagree' });
  });

  it('counts that do not give the shown rate are refused, never half kept', () => {
    const doc = en();
    row(doc).querySelector('.a-ws-span-last span:last-child')!.textContent = '9 of 156 orders';
    expect(read(doc)).toMatchObject({ ok: false, code: 'figures-disagree' });
  });

  it('the "redesign" whose row shows two unlabelled figures (seller / Amazon fulfilled) is refused', () => {
    expect(read(fixture('amazon/account-health-unreadable.html'))).toMatchObject({
      ok: false,
      code: 'figures-disagree',
    });
  });
});

describe("Amazon Account Health: the page's own summary first", () => {
  const figures = CANCEL_FIGURES['en-IN']!;

  it('reads the summary alone while the dashboard is still empty, with its own 30-day window', () => {
    const shell = parse(lateAccountHealthHtml('en-IN'));
    expect(cancellation(shell, 'sellercentral.amazon.in', summaryJson(figures))).toMatchObject({
      ratePercent: 1.21,
      counted: 5,
      total: 412,
      windowDays: 30,
    });
  });

  it('summary and dashboard that agree read as one; the same reading before and after the page fills in', () => {
    const json = summaryJson(figures);
    const before = read(parse(lateAccountHealthHtml('en-IN')), 'sellercentral.amazon.in', json);
    const after = read(parse(accountHealthHtml('en-IN')), 'sellercentral.amazon.in', json);
    expect(ok(after).metrics.find((m) => m.metric === 'cancellation-rate')).toEqual(
      ok(before).metrics.find((m) => m.metric === 'cancellation-rate'),
    );
  });

  it('a summary that disagrees with the dashboard (counts, rate or window) is refused', () => {
    for (const other of [
      { ...figures, counted: 6 },
      { ...figures, window: 7 },
    ])
      expect(read(parse(accountHealthHtml('en-IN')), 'sellercentral.amazon.in', summaryJson(other))).toMatchObject({
        ok: false,
        code: 'figures-disagree',
      });
  });

  it('a summary whose rate is not its own counts is refused; no orders is no figure', () => {
    const bad = JSON.parse(summaryJson(figures)) as { prefulfillmentCancellationMetric: { rate: number } };
    bad.prefulfillmentCancellationMetric.rate = 0.05;
    expect(read(parse(accountHealthHtml('en-IN')), 'sellercentral.amazon.in', JSON.stringify(bad))).toMatchObject({
      ok: false,
      code: 'page-data-invalid',
    });
    const none = summaryJson({ counted: null, total: 0, window: 30, target: '2' });
    const reading = ok(read(parse(lateAccountHealthHtml('en-IN')), 'sellercentral.amazon.in', none));
    expect(reading.metrics.find((m) => m.metric === 'cancellation-rate')).toBeUndefined();
  });

  it('an answer that is not a summary is ignored: the dashboard is read', () => {
    expect(cancellation(parse(accountHealthHtml('en-US')), undefined, '{"orders":[]}')?.ratePercent).toBe(1.92);
  });
});

describe('Amazon Account Health: a dashboard built after load', () => {
  it('is "not ready" (never a failure, never a number) until its figures are there, then read', () => {
    const doc = parse(lateAccountHealthHtml('de'));
    expect(read(doc, 'sellercentral.amazon.de')).toMatchObject({ ok: false, code: 'page-not-ready' });
    // What the page's script does once its data is in.
    const root = doc.getElementById('ah-root')!;
    root.replaceChildren((doc.getElementById('ah-dashboard') as HTMLTemplateElement).content.cloneNode(true));
    const direct = ok(read(parse(accountHealthHtml('de')), 'sellercentral.amazon.de'));
    expect(ok(read(doc, 'sellercentral.amazon.de')).metrics).toEqual(direct.metrics);
  });

  it('placeholders ("—") while the row fills in are not ready, not "no figure"', () => {
    const doc = fixture('amazon/account-health-en.html');
    doc.querySelector('#shipping-cancellation-rate-row .a-size-large')!.textContent = '—';
    doc.querySelector('#shipping-cancellation-rate-row .a-ws-span-last span:last-child')!.textContent = '';
    expect(read(doc)).toMatchObject({ ok: false, code: 'page-not-ready' });
  });
});
