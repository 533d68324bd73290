// One pass over the current page: detect, read, report, show. Idempotent: the same reading twice
// sends nothing; a pass overtaken by navigation drops its answer.
import { render } from 'preact';
import * as v from 'valibot';
import type { PageReading } from '../core/types';
import { ReadingReplySchema } from '../messages/background-replies';
import { contentRuntime } from '../shared/content-runtime';
import { pageTypeFor } from '../sites/registry';
import { safeRead } from '../sites/page-type';
import { Banner, type BannerState } from './banner';
import { ensureHost, removeHost, setHostAttributes } from './host';

let lastSignature = '';
let generation = 0;

function show(state: BannerState): void {
  const { root } = ensureHost(document);
  render(<Banner state={state} />, root.lastElementChild!);
}

export async function guardPage(): Promise<PageReading | undefined> {
  const url = new URL(location.href);
  const type = pageTypeFor(url);
  if (!type) {
    lastSignature = '';
    removeHost(document);
    return undefined;
  }
  const reading = safeRead(type, document, url);
  // The read time changes on every pass; what the page says is what decides whether to report again.
  const signature = JSON.stringify(reading, (key, value: unknown) => (key === 'readAt' ? undefined : value));
  if (signature === lastSignature && document.querySelector('[data-seller-guard]')?.isConnected) return reading;
  lastSignature = signature;
  const pass = ++generation;
  const { host } = ensureHost(document);
  const orderId = reading.ok ? reading.focusOrderId : undefined;
  const base = { platform: reading.platform, page: reading.page, orderId };
  if (!reading.ok) {
    setHostAttributes(host, { ...base, level: 'unknown', read: 'failed' });
    show({ kind: 'failed' });
  } else {
    setHostAttributes(host, { ...base, level: 'unknown', read: 'pending' });
    show({ kind: 'reading' });
  }
  let reply: unknown;
  try {
    reply = await contentRuntime.send({ type: 'cs/page-reading', reading });
  } catch {
    reply = undefined;
  }
  if (pass !== generation) return reading;
  const parsed = v.safeParse(ReadingReplySchema, reply);
  if (!reading.ok) return reading;
  if (!parsed.success) {
    setHostAttributes(host, { ...base, level: 'unknown', read: 'ok' });
    show({ kind: 'failed', detail: 'Its background did not answer; reload the page to try again.' });
    return reading;
  }
  const { view } = parsed.output;
  setHostAttributes(host, { ...base, level: view.level, read: 'ok', rate: view.ratePercent, projectedRate: view.projectedRatePercent });
  show({ kind: 'answered', view });
  return reading;
}
