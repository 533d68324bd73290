// The one shape of "no" the background answers any sender with: a code the UIs word from the
// message catalogue, and the developer's detail (logged, shown only after the sentence).

export const REFUSALS = [
  /** Not our extension page, nor our content script on a seller site. */
  'unknown-sender',
  /** The message does not parse against its sender's schemas. */
  'malformed',
  /** A reading that does not match the page that sent it, or with impossible dates. */
  'untrusted-reading',
  /** The starter asked from a frame, or the guard could not be injected. */
  'not-injected',
  /** No page of that order in this tab. */
  'no-order',
  /** The import file is not an export, is newer, or fails a check: nothing was imported. */
  'import-refused',
  /** A storage write failed; `storage-full` when the disk is full. */
  'storage',
  'storage-full',
  /** Anything else the background could not do (its detail says what). */
  'failed',
  /** The background did not answer (it failed, or the extension was reloaded). */
  'no-answer',
] as const;
export type RefusalCode = (typeof REFUSALS)[number];

/** What is wrong with a field of an import file, worded by the UIs from the catalogue (`import-issue.*`). */
export const IMPORT_ISSUES = [
  'unknown-field',
  'missing',
  'wrong-type',
  'not-allowed-value',
  'out-of-range',
  'too-long',
  'bad-date',
  'not-marketplace',
  'not-order-number',
  'key-mismatch',
  'invalid',
] as const;
export type ImportIssue = (typeof IMPORT_ISSUES)[number];

/** Why an import was refused: not an export at all, written by a newer build, or one field is wrong (where). */
export type ImportProblem =
  { kind: 'not-export' } | { kind: 'newer'; version: number } | { kind: 'damaged'; where: string; issue: ImportIssue };

export interface Refusal {
  ok: false;
  code: RefusalCode;
  /** For `import-refused`: what the UIs say instead of the developer detail. */
  problem?: ImportProblem;
  /** Developer-facing detail; for imports and full disks, a sentence the seller can act on. */
  error: string;
  /** Set when a page was read but could not be kept (the banner says so)… */
  storage?: true;
  /** …because the disk is full (the banner says how to make room). */
  full?: boolean;
}
