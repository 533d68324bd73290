// A seller's layout report becomes a fixture and a test stub that fails until it says what the page
// reads as; a file that is not a report is refused with a reason.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { knownWords } from '../../src/content/layout-report/known-words';
import { layoutReport, type FailedPage } from '../../src/content/layout-report/report';
import { fixtureFiles, pageUrlFor, parseReport } from '../../scripts/report-fixture';
import { expectReadsAs } from '../helpers/from-report';
import { fixtureHtml, parse } from '../helpers/fixtures';

const LIST_URL = 'https://sellercentral.amazon.de/orders-v3/mfn/unshipped?page=1';

function report() {
  const doc = parse(fixtureHtml('amazon/order-list-en.html'));
  Object.defineProperty(doc, 'location', { value: new URL(LIST_URL) });
  const failed: FailedPage = {
    platform: 'amazon',
    page: 'order-list',
    marketplace: 'DE',
    code: 'rows-unreadable',
    reason: '2 rows',
  };
  return layoutReport(doc, failed, knownWords(), { extensionVersion: '0.1.0', now: Date.UTC(2026, 11, 1) });
}

const tmp = mkdtempSync(path.join(tmpdir(), 'from-report-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('fixture from a layout report', () => {
  it('refuses a file that is not a report, saying why', () => {
    expect(() => parseReport('{"format":"something else"}')).toThrow(/not a layout report: format/);
    expect(() => parseReport('<html>')).toThrow(/not JSON/);
    expect(() => parseReport(JSON.stringify({ ...report(), platform: 'shopify' }))).toThrow(/platform/);
  });

  it('names a real address of that page on the same host for the stub', () => {
    const r = parseReport(JSON.stringify(report()));
    expect(r.url).toBe('https://sellercentral.amazon.de/orders-v3/mfn/unshipped?page=9');
    expect(pageUrlFor(r)).toBe('https://sellercentral.amazon.de/orders-v3/mfn/unshipped?page=1');
  });

  it("writes the shaped page and a stub that fails until EXPECTED is filled, then passes on the reader's reading", () => {
    const file = path.join(tmp, 'report.json');
    writeFileSync(file, JSON.stringify(report()));
    const out = execFileSync(
      'npx',
      ['tsx', 'scripts/fixture-from-report.ts', file, '--name', 'de-list', '--root', tmp],
      {
        encoding: 'utf8',
      },
    );
    expect(out).toContain('wrote test/fixtures/amazon/from-report/de-list.html');
    const html = readFileSync(path.join(tmp, 'test/fixtures/amazon/from-report/de-list.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<!-- From a seller's layout report/i);
    expect(html).not.toContain('Margaret');
    const stub = readFileSync(path.join(tmp, 'test/sites/amazon/from-report/de-list.test.ts'), 'utf8');
    expect(stub).toContain("expectReportReads('amazon/from-report/de-list.html', PAGE_URL, EXPECTED);");
    expect(stub).toContain('const EXPECTED: ExpectedReading | undefined = undefined;');

    const page = () => parse(html);
    expect(() => expectReadsAs(page, LIST_URL, undefined)).toThrow(/fill in EXPECTED/);
    expect(() => expectReadsAs(page, LIST_URL, {})).toThrow(/fill in EXPECTED/);
    expect(() => expectReadsAs(page, LIST_URL, { marketplace: 'DE' })).toThrow(/fill in EXPECTED/);
    // Filled in (here with what the shaped page holds), the same check passes.
    expectReadsAs(page, LIST_URL, { orders: [expect.objectContaining({ id: '999-9999999-9999999' })] });
    expect(() => expectReadsAs(page, LIST_URL, { orders: [] })).toThrow();
  });

  it('never overwrites an existing fixture', () => {
    const files = fixtureFiles(parseReport(JSON.stringify(report())), 'de-list');
    expect(files.htmlPath).toBe('test/fixtures/amazon/from-report/de-list.html');
    const file = path.join(tmp, 'report.json');
    expect(() =>
      execFileSync('npx', ['tsx', 'scripts/fixture-from-report.ts', file, '--name', 'de-list', '--root', tmp], {
        stdio: 'pipe',
      }),
    ).toThrow(/exists already/);
  });
});
