// How the guard hands a layout report to the report script the background injects: both run in the
// extension's isolated world of the page, which the page's own scripts cannot see into.
import type { FailedPage } from './report';

export const REPORT_JOB = 'sellerGuardLayoutReport';

export interface ReportJob {
  failed: FailedPage;
  /** Where the download link may live for its click (the banner's shadow root). */
  linkParent?: ParentNode;
  done: (result: { ok: true; file: string } | { ok: false }) => void;
}
