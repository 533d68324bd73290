// What a test made from a seller's layout report (`npm run fixture:from-report`) checks: the page's
// reader reads the fixture as the developer says the page reads. Until that expectation is filled
// in, it fails: a stub never passes empty.
import { expect } from 'vitest';
import type { PageReadingOk } from '../../src/core/types';
import { pageTypeFor } from '../../src/sites/registry';
import { safeRead } from '../../src/sites/page-type';
import { fixture } from './fixtures';

export type ExpectedReading = Partial<Omit<PageReadingOk, 'ok' | 'url'>>;

export function expectReportReads(fixtureFile: string, pageUrl: string, expected: ExpectedReading | undefined): void {
  expectReadsAs(() => fixture(fixtureFile), pageUrl, expected);
}

export function expectReadsAs(page: () => Document, pageUrl: string, expected: ExpectedReading | undefined): void {
  // What the page shows is its orders or its figures: an expectation naming neither checks nothing.
  const filled = expected?.orders !== undefined || expected?.metrics !== undefined;
  expect(filled, 'fill in EXPECTED with the orders or figures this page shows, as the reader should read them').toBe(
    true,
  );
  const url = new URL(pageUrl);
  const type = pageTypeFor(url);
  expect(type, `no page type detects ${pageUrl}: put the page's real address in PAGE_URL`).toBeDefined();
  expect(safeRead(type!, page(), url)).toMatchObject({ ...expected, ok: true });
}
