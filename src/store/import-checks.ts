// An import file is checked whole before anything is written: its shape field by field
// (export-format.ts), then what needs two fields at once (an order number's format depends on its
// platform). The first problem is refused in words, with where it is in the file.
import * as v from 'valibot';
import { rulebookFor } from '../core/rulebooks';
import type { Platform } from '../core/types';
import { isMarketplace, isOrderId } from '../messages/plausibility';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportData } from '../messages/records';
import { exportFileSchema } from './export-format';

export class ImportError extends Error {
  override name = 'ImportError';
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

interface Marked {
  platform: Platform;
  marketplace: string;
}

/** The first record whose marketplace, order number or key does not fit its platform. */
function crossProblem(data: ExportData): string | undefined {
  const name = (p: Platform) => rulebookFor(p).displayName;
  const market = (list: string, i: number, r: Marked) =>
    isMarketplace(r.platform, r.marketplace)
      ? undefined
      : `${list}[${i}].marketplace: "${r.marketplace}" is not a marketplace of ${name(r.platform)}`;
  const id = (where: string, platform: Platform, value: string) =>
    isOrderId(platform, value) ? undefined : `${where}: "${value}" is not in ${name(platform)}'s order-number format`;
  for (const [i, o] of data.orders.entries()) {
    const problem =
      market('orders', i, o) ??
      id(`orders[${i}].id`, o.platform, o.id) ??
      (o.key === `${o.platform}:${o.id}` ? undefined : `orders[${i}].key: is not "${o.platform}:${o.id}"`);
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
      (e.orderKey === `${e.platform}:${e.orderId}`
        ? undefined
        : `events[${i}].orderKey: is not "${e.platform}:${e.orderId}"`);
    if (problem) return problem;
  }
  const badDraft = data.drafts.findIndex((d) => d.key !== `${d.orderKey}|${d.action}`);
  if (badDraft >= 0) return `drafts[${badDraft}].key: is not the draft's order and action`;
  return undefined;
}

/** Parses an export, or throws an ImportError that says in words what is wrong and where. */
export function parseExport(input: unknown, now: number): ExportData {
  const header = v.safeParse(Header, input);
  if (!header.success) throw new ImportError('This is not a Seller Guard export file.');
  if (header.output.version > EXPORT_VERSION) {
    throw new ImportError(
      `This file was written by a newer Seller Guard (format ${header.output.version}); update the extension to import it.`,
    );
  }
  const parsed = v.safeParse(exportFileSchema(now), input);
  const problem = parsed.success
    ? crossProblem(parsed.output)
    : `${place(parsed.issues[0].path)}: ${problemOf(parsed.issues[0])}`.replace(/^: /, '');
  if (problem || !parsed.success) throw new ImportError(`The file is damaged: ${problem}. Nothing was imported.`);
  return parsed.output;
}
