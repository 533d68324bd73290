import { describe, expect, it } from 'vitest';
import { readAmazonAccountHealth } from '../../../src/sites/amazon/read-account-health';
import { fixture } from '../../helpers/fixtures';

const NOW = Date.UTC(2026, 10, 21, 12);
const read = (file: string, host = 'sellercentral.amazon.com') =>
  readAmazonAccountHealth(fixture(file), new URL(`https://${host}/performance/dashboard`), NOW);

describe('Amazon Account Health reader', () => {
  it('reads "1.92% — 3 of 156 orders" over 7 days, with the other metrics', () => {
    const r = read('amazon/account-health-en.html');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const byMetric = Object.fromEntries(r.metrics.map((m) => [m.metric, m]));
    expect(byMetric['cancellation-rate']).toEqual({
      platform: 'amazon',
      marketplace: 'US',
      metric: 'cancellation-rate',
      ratePercent: 1.92,
      counted: 3,
      total: 156,
      windowDays: 7,
      readAt: NOW,
    });
    expect(byMetric['late-shipment-rate']).toMatchObject({ ratePercent: 1.1, counted: 2, total: 182, windowDays: 10 });
    expect(byMetric['valid-tracking-rate']).toMatchObject({
      ratePercent: 98.7,
      counted: 608,
      total: 616,
      windowDays: 30,
    });
    expect(byMetric['order-defect-rate']).toMatchObject({ ratePercent: 0.42 });
  });

  it('reads German "1,42 %" and "3 von 211 Bestellungen"', () => {
    const r = read('amazon/account-health-de.html', 'sellercentral.amazon.de');
    expect(r.ok && r.metrics[0]).toMatchObject({
      marketplace: 'DE',
      metric: 'cancellation-rate',
      ratePercent: 1.42,
      counted: 3,
      total: 211,
      windowDays: 7,
    });
  });

  it('reads Japanese "156件中1件"', () => {
    const r = read('amazon/account-health-ja.html', 'sellercentral.amazon.co.jp');
    expect(r.ok && r.metrics[0]).toMatchObject({
      marketplace: 'JP',
      ratePercent: 0.64,
      counted: 1,
      total: 156,
      windowDays: 7,
    });
  });

  it('a row that shows N/A is read, with no cancellation figure to guard', () => {
    const r = read('amazon/account-health-na.html');
    expect(r.ok).toBe(true);
    expect(r.ok && r.metrics.find((m) => m.metric === 'cancellation-rate')).toBeUndefined();
  });

  it('counts that disagree with the shown rate are dropped, the rate kept', () => {
    const doc = fixture('amazon/account-health-en.html');
    doc.querySelector('#shipping-cancellation-rate-row .a-ws-span-last span:last-child')!.textContent =
      '9 of 156 orders';
    const r = readAmazonAccountHealth(doc, new URL('https://sellercentral.amazon.com/performance/dashboard'), NOW);
    expect(r.ok && r.metrics[0]).toEqual({
      platform: 'amazon',
      marketplace: 'US',
      metric: 'cancellation-rate',
      ratePercent: 1.92,
      windowDays: 7,
      readAt: NOW,
    });
  });

  it('refuses the redesign without #shipping-cancellation-rate-row', () => {
    expect(read('amazon/account-health-redesign.html')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('#shipping-cancellation-rate-row'),
    });
  });
});
