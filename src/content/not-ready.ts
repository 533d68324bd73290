// A page still building itself (its figures come seconds after load) is read again as it changes
// and once a second; only if it is still not there after a while does the banner say it could not
// read it.
import type { PageReading } from '../core/types';

const NOT_READY_GRACE_MS = 10_000;
const NOT_READY_RETRY_MS = 1_000;
let notReadySince: { url: string; at: number } | undefined;
let retry: ReturnType<typeof setTimeout> | undefined;

/** True while the page may yet build what the reader looks for (and a retry is scheduled). */
export function stillBuilding(reading: PageReading, again: () => void): boolean {
  if (reading.ok || reading.code !== 'page-not-ready') {
    notReadySince = undefined;
    return false;
  }
  if (notReadySince?.url !== reading.url) notReadySince = { url: reading.url, at: performance.now() };
  if (performance.now() - notReadySince.at >= NOT_READY_GRACE_MS) return false;
  clearTimeout(retry);
  retry = setTimeout(again, NOT_READY_RETRY_MS);
  return true;
}
