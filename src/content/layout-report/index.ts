// The layout report script (built as src/content/layout-report.js): injected by the background into
// the page when the seller clicks "Save a layout report", in the guard's own isolated world, where
// the guard left the job (what could not be read, and whom to tell). It builds the report, saves
// it as a file, and says how it went. Kept out of the guards: it carries every platform's words.
import { contentRuntime } from '../../shared/content-runtime';
import { saveFile } from './download';
import { knownWords } from './known-words';
import { layoutReport, reportFileName } from './report';
import { REPORT_JOB, type ReportJob } from './job';

const scope = globalThis as { [REPORT_JOB]?: ReportJob };
const job = scope[REPORT_JOB];
delete scope[REPORT_JOB];
if (job) {
  try {
    const report = layoutReport(document, job.failed, knownWords(), {
      extensionVersion: contentRuntime.version(),
      now: Date.now(),
    });
    const file = reportFileName(report);
    saveFile(document, file, `${JSON.stringify(report, null, 1)}\n`, job.linkParent);
    job.done({ ok: true, file });
  } catch (error) {
    console.warn('[seller-guard] the layout report failed:', error);
    job.done({ ok: false });
  }
}
