// The guard reports a page again only when what it says changed; the first report of a page does not
// pay for the comparison it never makes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageReading } from '../../src/core/types';
import { forgetReported, isSameAsReported, keepReported, reportedUrl } from '../../src/content/last-reported';

const URL_ = 'https://sellercentral.amazon.com/performance/dashboard';
const reading = (rate: number, readAt = 1): PageReading => ({
  ok: true,
  platform: 'amazon',
  marketplace: 'US',
  page: 'account-health',
  url: URL_,
  orders: [],
  metrics: [{ platform: 'amazon', marketplace: 'US', metric: 'cancellation-rate', ratePercent: rate, readAt }],
});

describe('the last reported reading', () => {
  afterEach(() => {
    forgetReported();
    vi.restoreAllMocks();
  });

  it('nothing reported yet: every reading is new', () => {
    expect(isSameAsReported(reading(1.2))).toBe(false);
    expect(reportedUrl()).toBeUndefined();
  });

  it('the first report keeps the reading as it is, without writing it out', () => {
    const stringify = vi.spyOn(JSON, 'stringify');
    keepReported(reading(1.2));
    expect(stringify).not.toHaveBeenCalled();
    expect(reportedUrl()).toBe(URL_);
  });

  it('the same figures read later are the same; another figure or another JSON answer is not', () => {
    keepReported(reading(1.2, 1));
    expect(isSameAsReported(reading(1.2, 99))).toBe(true);
    expect(isSameAsReported(reading(1.3, 1))).toBe(false);
    expect(isSameAsReported(reading(1.2, 1), 4)).toBe(false);
    keepReported(reading(1.2, 1), 4);
    expect(isSameAsReported(reading(1.2, 5), 4)).toBe(true);
  });

  it('a reading kept after its comparison is compared by the text already made', () => {
    keepReported(reading(1.2));
    const next = reading(1.3);
    expect(isSameAsReported(next)).toBe(false);
    keepReported(next);
    const stringify = vi.spyOn(JSON, 'stringify');
    expect(isSameAsReported(reading(1.3, 7))).toBe(true);
    // Only the new reading is written out: the kept one's text was made when it was compared.
    expect(stringify).toHaveBeenCalledTimes(1);
  });

  it('forgotten: the next reading is reported whatever it says', () => {
    keepReported(reading(1.2));
    forgetReported();
    expect(isSameAsReported(reading(1.2))).toBe(false);
  });
});
