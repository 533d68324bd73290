// A guard in a frame of its platform's own page (eBay's message-buyer frame on the order page): no
// banner there (the page has its own), only the frame's reading sent when it changes, so the
// background knows the message box is there and in which frame Insert finds it.
import type { PageReading } from '../core/types';
import { contentRuntime } from '../shared/content-runtime';
import type { PageType } from '../sites/page-type';

let lastSent = '';

export function inFrame(win: Window): boolean {
  try {
    return win.top !== win;
  } catch {
    // A cross-origin parent cannot even be compared: a frame all the same.
    return true;
  }
}

/** Reports a frame page type's reading; any other page in a frame is none of ours. */
export function reportFromFrame(type: PageType, reading: PageReading): void {
  if (!type.inFrames || !reading.ok) return;
  const signature = JSON.stringify(reading);
  if (signature === lastSent) return;
  lastSent = signature;
  contentRuntime.send({ type: 'cs/page-reading', reading }).catch(() => {
    lastSent = '';
  });
}
