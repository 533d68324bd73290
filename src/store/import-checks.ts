// An import file is checked whole before anything is written: its shape field by field
// (export-format.ts), then what needs two fields at once (an order number's format depends on its
// platform). The first problem is refused in words, with where it is in the file.
import * as v from 'valibot';
import { rulebookFor } from '../core/rulebooks';
import type { Platform } from '../core/types';
import { isMarketplace, isOrderId } from '../messages/plausibility';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportData } from '../messages/records';
import type { ImportIssue, ImportProblem } from '../messages/refusal';
import { exportFileSchema } from './export-format';

/** The message is the developer's detail (logged); `problem` is what the seller is told, in their language. */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    readonly problem: ImportProblem,
    detail: string,
  ) {
    super(detail);
  }
}

const Header = v.looseObject({
  format: v.literal(EXPORT_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

/** Where in the file, e.g. `orders[3].marketplace`. */
function place(path: v.IssuePathItem[] | undefined): string {
  return (path ?? [])
    .map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`))
    .join('')
    .replace(/^\./, '');
}

function problemOf(issue: v.BaseIssue<unknown>): string {
  if (issue.expected === 'never') return 'is a field this format does not have';
  return issue.message;
}

/** valibot's issue types, as the few kinds of problem a seller can be told about. */
const ISSUE_OF_TYPE: Record<string, ImportIssue> = {
  max_length: 'too-long',
  min_length: 'missing',
  min_value: 'out-of-range',
  max_value: 'out-of-range',
  integer: 'wrong-type',
  finite: 'wrong-type',
  picklist: 'not-allowed-value',
  variant: 'not-allowed-value',
  literal: 'not-allowed-value',
  regex: 'invalid',
  url: 'invalid',
  check: 'bad-date',
};

function issueKind(issue: v.BaseIssue<unknown>): ImportIssue {
  if (issue.expected === 'never') return 'unknown-field';
  if (issue.received === 'undefined') return 'missing';
  return ISSUE_OF_TYPE[issue.type] ?? (issue.kind === 'schema' ? 'wrong-type' : 'invalid');
}

interface Marked {
  platform: Platform;
  marketplace: string;
}

interface CrossProblem {
  where: string;
  issue: ImportIssue;
  detail: string;
}

/** The first record whose marketplace, order number or key does not fit its platform. */
function crossProblem(data: ExportData): CrossProblem | undefined {
  const name = (p: Platform) => rulebookFor(p).displayName;
  const market = (list: string, i: number, r: Marked): CrossProblem | undefined =>
    isMarketplace(r.platform, r.marketplace)
      ? undefined
      : {
          where: `${list}[${i}].marketplace`,
          issue: 'not-marketplace',
          detail: `"${r.marketplace}" is not a marketplace of ${name(r.platform)}`,
        };
  const id = (where: string, platform: Platform, value: string): CrossProblem | undefined =>
    isOrderId(platform, value)
      ? undefined
      : { where, issue: 'not-order-number', detail: `"${value}" is not in ${name(platform)}'s order-number format` };
  const key = (where: string, actual: string, expected: string): CrossProblem | undefined =>
    actual === expected ? undefined : { where, issue: 'key-mismatch', detail: `is not "${expected}"` };
  for (const [i, o] of data.orders.entries()) {
    const problem =
      market('orders', i, o) ??
      id(`orders[${i}].id`, o.platform, o.id) ??
      key(`orders[${i}].key`, o.key, `${o.platform}:${o.id}`);
    if (problem) return problem;
  }
  for (const [i, s] of data.snapshots.entries()) {
    const problem = market('snapshots', i, s);
    if (problem) return problem;
  }
  for (const [i, e] of data.events.entries()) {
    const problem =
      market('events', i, e) ??
      id(`events[${i}].orderId`, e.platform, e.orderId) ??
      key(`events[${i}].orderKey`, e.orderKey, `${e.platform}:${e.orderId}`);
    if (problem) return problem;
  }
  const badDraft = data.drafts.findIndex((d) => d.key !== `${d.orderKey}|${d.action}`);
  if (badDraft >= 0)
    return { where: `drafts[${badDraft}].key`, issue: 'key-mismatch', detail: "is not the draft's order and action" };
  return undefined;
}

/** Parses an export, or throws an ImportError that says what is wrong and where. */
export function parseExport(input: unknown, now: number): ExportData {
  const header = v.safeParse(Header, input);
  if (!header.success) throw new ImportError({ kind: 'not-export' }, 'not a Seller Guard export file');
  const version = header.output.version;
  if (version > EXPORT_VERSION) throw new ImportError({ kind: 'newer', version }, `written by format ${version}`);
  const parsed = v.safeParse(exportFileSchema(now), input);
  if (parsed.success) {
    const cross = crossProblem(parsed.output);
    if (!cross) return parsed.output;
    throw new ImportError(
      { kind: 'damaged', where: cross.where, issue: cross.issue },
      `${cross.where}: ${cross.detail}`,
    );
  }
  const first = parsed.issues[0];
  const where = place(first.path);
  throw new ImportError({ kind: 'damaged', where, issue: issueKind(first) }, `${where}: ${problemOf(first)}`);
}
