// What the guard last reported for this page, so that a pass reading the same thing sends nothing.
// Kept as read: its signature (the reading as text) is made only when a later pass compares, so the
// first pass of a page, which always reports, does not pay for it (0.6–0.8 ms for 500 orders).
// Readings are not changed once made, so keeping the object is keeping what was reported.
import type { PageReading } from '../core/types';

let last: { reading: PageReading; jsonSeq?: number; signature?: string } | undefined;
/** The signature `isSameAsReported` just made, for `keepReported` of the same reading. */
let compared: { reading: PageReading; signature: string } | undefined;

/**
 * What a reading says, as text. The read time changes on every pass and the JSON answer is named by
 * its sequence number: what the page says is what decides whether to report again. (No replacer
 * function: called once per key, it cost more than the rest of a 500-order reading.)
 */
function signatureOf(reading: PageReading, jsonSeq: number | undefined): string {
  const said = reading.ok ? { ...reading, metrics: reading.metrics.map((m) => ({ ...m, readAt: 0 })) } : reading;
  return JSON.stringify(said) + (jsonSeq === undefined ? '' : `#${jsonSeq}`);
}

/** Whether this reading says what the last reported one said. */
export function isSameAsReported(reading: PageReading, jsonSeq?: number): boolean {
  if (!last) return false;
  last.signature ??= signatureOf(last.reading, last.jsonSeq);
  const signature = signatureOf(reading, jsonSeq);
  compared = { reading, signature };
  return signature === last.signature;
}

/** Remembers this reading as the one reported. */
export function keepReported(reading: PageReading, jsonSeq?: number): void {
  last = { reading, jsonSeq, signature: compared?.reading === reading ? compared.signature : undefined };
  compared = undefined;
}

/** The address the last reported reading was of. */
export const reportedUrl = (): string | undefined => last?.reading.url;

/** Nothing reported: the next pass reports whatever it reads. */
export function forgetReported(): void {
  last = undefined;
  compared = undefined;
}
