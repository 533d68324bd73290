// "Save a layout report": the guard leaves the job where the report script will find it (the
// extension's isolated world of this page) and asks the background to inject that script, which
// carries every platform's words and so is not part of the guard.
import type { PageReadingFailed } from '../core/types';
import { contentRuntime } from '../shared/content-runtime';
import type { ReportStatus } from './banner';
import { REPORT_JOB, type ReportJob } from './layout-report/job';

export function requestReport(reading: PageReadingFailed, linkParent: ParentNode, done: (s: ReportStatus) => void) {
  const scope = globalThis as { [REPORT_JOB]?: ReportJob };
  const { platform, page, marketplace, code, reason } = reading;
  scope[REPORT_JOB] = { failed: { platform, page, marketplace, code, reason }, linkParent, done };
  const failed = () => {
    if (!scope[REPORT_JOB]) return;
    delete scope[REPORT_JOB];
    done({ ok: false });
  };
  contentRuntime
    .send({ type: 'cs/layout-report' })
    .then((reply) => {
      if ((reply as { ok?: unknown } | undefined)?.ok !== true) failed();
    })
    .catch(failed);
}
