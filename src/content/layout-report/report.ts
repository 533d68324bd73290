// A layout report: what a seller saves when Seller Guard cannot read a page, for us to make a test
// fixture from (`npm run fixture:from-report <file>`). The page's skeleton plus what the reader
// said, and nothing of the seller's buyers or orders (see shape.ts).
import type { PageKind, Platform, ReadFailure } from '../../core/types';
import { shapeUrl } from './shape';
import { skeleton } from './skeleton';
import type { Vocabulary } from './vocabulary';

export const REPORT_FORMAT = 'seller-guard-layout-report';
export const REPORT_VERSION = 1;

/** What the guard knew when it could not read the page. */
export interface FailedPage {
  platform: Platform;
  page: PageKind;
  marketplace: string;
  code: ReadFailure;
  /** The reader's developer-facing detail; its digits (an order id) are shaped. */
  reason: string;
}

export interface LayoutReport extends Omit<FailedPage, 'reason'> {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_VERSION;
  extensionVersion: string;
  /** The day it was saved (no time: nothing more precise is needed). */
  savedOn: string;
  reason: string;
  /** The page's address reduced to its shape. */
  url: string;
  lang: string;
  html: string;
}

export const isOurs = (el: Element): boolean =>
  el.hasAttribute('data-seller-guard') || el.hasAttribute('data-seller-guard-flag');

export function layoutReport(
  doc: Document,
  failed: FailedPage,
  vocabulary: Vocabulary,
  meta: { extensionVersion: string; now: number },
): LayoutReport {
  const base = doc.location?.href ?? 'https://invalid.example/';
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    extensionVersion: meta.extensionVersion,
    savedOn: new Date(meta.now).toISOString().slice(0, 10),
    ...failed,
    reason: failed.reason.slice(0, 300).replace(/\p{N}/gu, '9'),
    url: shapeUrl(base, base, vocabulary),
    lang: /^[\w-]{2,20}$/.test(doc.documentElement.lang) ? doc.documentElement.lang : '',
    html: skeleton(doc, { vocabulary, base, skip: isOurs }),
  };
}

/** The file's name: platform, page and day, nothing from the page. */
export function reportFileName(report: Pick<LayoutReport, 'platform' | 'page' | 'savedOn'>): string {
  return `seller-guard-layout-${report.platform}-${report.page}-${report.savedOn}.json`;
}
