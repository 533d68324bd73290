// The documented export format (docs/export-format.md). Import validates every record before
// anything is written; a file from a newer format is refused whole.
import * as v from 'valibot';

export const EXPORT_FORMAT = 'seller-guard-export';
export const EXPORT_VERSION = 1;

const str = v.string();
const num = v.pipe(v.number(), v.finite());
// Records keep any extra fields they carry (a later minor change may add some); the keys we rely on are checked.
const Order = v.looseObject({
  key: str,
  platform: str,
  marketplace: str,
  id: str,
  status: str,
  fulfilment: str,
  items: v.array(v.looseObject({ title: str, quantity: num })),
  firstSeenAt: num,
  lastSeenAt: num,
  sourceUrl: str,
});
const Snapshot = v.looseObject({
  platform: str,
  marketplace: str,
  metric: str,
  ratePercent: num,
  readAt: num,
  sourceUrl: str,
});
const Event = v.looseObject({
  id: str,
  kind: str,
  platform: str,
  marketplace: str,
  orderKey: str,
  orderId: str,
  at: num,
  sourceUrl: str,
});
const Draft = v.looseObject({
  key: str,
  orderKey: str,
  action: str,
  templateId: str,
  lang: str,
  text: str,
  updatedAt: num,
  uses: v.array(v.looseObject({ at: num, how: str, lang: str, text: str })),
});
const Choice = v.looseObject({ orderKey: str, situation: str, askedVia: str, updatedAt: num });
const Template = v.looseObject({
  id: str,
  platform: str,
  action: str,
  lang: str,
  title: str,
  text: str,
  updatedAt: num,
});
const Setting = v.looseObject({ key: str, value: v.unknown() });

export const ExportHeader = v.looseObject({
  format: v.literal(EXPORT_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

export const ExportFile = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: str,
  orders: v.array(Order),
  snapshots: v.array(Snapshot),
  events: v.array(Event),
  drafts: v.array(Draft),
  choices: v.array(Choice),
  templates: v.array(Template),
  settings: v.array(Setting),
});
export type ExportData = v.InferOutput<typeof ExportFile>;

export class ImportError extends Error {
  override name = 'ImportError';
}

/** Parses an export, or throws an ImportError that says in words what is wrong. */
export function parseExport(input: unknown): ExportData {
  const header = v.safeParse(ExportHeader, input);
  if (!header.success) throw new ImportError('This is not a Seller Guard export file.');
  if (header.output.version > EXPORT_VERSION) {
    throw new ImportError(
      `This file was written by a newer Seller Guard (format ${header.output.version}); update the extension to import it.`,
    );
  }
  const parsed = v.safeParse(ExportFile, input);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    throw new ImportError(`The file is damaged: ${where ? `${where}: ` : ''}${issue.message}. Nothing was imported.`);
  }
  return parsed.output;
}
