// Turns a seller's layout report into a fixture skeleton for a new test: the page's shaped HTML under
// test/fixtures/<platform>/from-report/, and a test stub beside the platform's reader tests that
// fails until the developer fills in what the page reads as (test/helpers/from-report.ts).
import * as v from 'valibot';
import { PAGE_KINDS, PLATFORMS, READ_FAILURES } from '../src/core/types';
import { REPORT_FORMAT, REPORT_VERSION } from '../src/content/layout-report/report';
import { PAGE_URLS } from '../src/sites/page-urls';

const ReportSchema = v.object({
  format: v.literal(REPORT_FORMAT),
  version: v.literal(REPORT_VERSION),
  extensionVersion: v.pipe(v.string(), v.maxLength(20)),
  savedOn: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
  platform: v.picklist(PLATFORMS),
  page: v.picklist(PAGE_KINDS),
  marketplace: v.pipe(v.string(), v.regex(/^[\w-]{1,20}$/)),
  code: v.picklist(READ_FAILURES),
  reason: v.pipe(v.string(), v.maxLength(300)),
  url: v.pipe(v.string(), v.maxLength(2000)),
  lang: v.pipe(v.string(), v.maxLength(20)),
  html: v.pipe(v.string(), v.startsWith('<!doctype html>')),
});
export type Report = v.InferOutput<typeof ReportSchema>;

/** The report, or a message saying what is wrong with the file. */
export function parseReport(text: string): Report {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('not a layout report: the file is not JSON');
  }
  const parsed = v.safeParse(ReportSchema, json);
  if (!parsed.success)
    throw new Error(`not a layout report: ${v.getDotPath(parsed.issues[0]) ?? 'file'}: ${parsed.issues[0].message}`);
  return parsed.output;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

export const defaultName = (r: Report): string => slug(`${r.page}-${r.marketplace}-${r.code}-${r.savedOn}`);

/** A real address of this kind of page on the report's host, for the stub (the report's own is shaped). */
export function pageUrlFor(r: Report): string {
  const known = PAGE_URLS[`${r.platform}/${r.page}`] ?? [];
  const origin = /^https:\/\/[\w.-]+/.exec(r.url)?.[0];
  const sameHost = known.find((u) => origin && u.startsWith(`${origin}/`));
  return sameHost ?? known[0] ?? r.url;
}

export interface FixtureFiles {
  htmlPath: string;
  html: string;
  testPath: string;
  test: string;
}

export function fixtureFiles(r: Report, name = defaultName(r)): FixtureFiles {
  const fixture = `${r.platform}/from-report/${name}.html`;
  const said = `${r.code}${r.reason ? `: ${r.reason}` : ''}`.replace(/\*\//g, '* /');
  const note = `<!-- From a seller's layout report (Seller Guard ${r.extensionVersion}, ${r.savedOn}): ${r.platform} ${r.page} ${r.marketplace}, ${r.url.replace(/--/g, '- -')}. The reader said ${said.replace(/--/g, '- -')}. Every text was shaped (letters x, digits 9): give rows distinct ids and plausible values where the test needs them. -->\n`;
  const html = r.html.replace(/^<!doctype html>\n?/i, `<!doctype html>\n${note}`);
  const test = `// From a seller's layout report (test/fixtures/${fixture}), saved ${r.savedOn} with Seller Guard
// ${r.extensionVersion}. The reader said: ${said}.
// The page's address as the report shaped it: ${r.url}
// 1. Open the fixture in a browser; give its rows distinct ids and plausible values where needed.
// 2. Fill in EXPECTED with what the page shows. Until then this test fails.
// 3. Make the reader pass, and add the fixture to the mutation suite (test/mutation/reader-fixtures.ts).
import { describe, it } from 'vitest';
import { expectReportReads, type ExpectedReading } from '../../../helpers/from-report';

const PAGE_URL = '${pageUrlFor(r)}';
const EXPECTED: ExpectedReading | undefined = undefined;

describe('${r.platform} ${r.page} from a layout report (${name})', () => {
  it('reads the page the seller could not', () => {
    expectReportReads('${fixture}', PAGE_URL, EXPECTED);
  });
});
`;
  return {
    htmlPath: `test/fixtures/${fixture}`,
    html,
    testPath: `test/sites/${r.platform}/from-report/${name}.test.ts`,
    test,
  };
}
