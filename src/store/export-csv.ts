// One CSV row per event, safe to open in a spreadsheet. It starts with a UTF-8 byte-order mark, so
// spreadsheet programs read buyers' names in any script, and a cell a spreadsheet would run as a
// formula gets an apostrophe in front: one starting with = + - @ (or their full-width forms), also
// after spaces or tabs, and one starting with a tab, carriage return or line feed.
import type { EventRecord } from '../messages/records';

const COLUMNS = ['time', 'platform', 'marketplace', 'order', 'event', 'detail', 'counts_against_rate', 'page'] as const;

const BOM = '\uFEFF';
const FORMULA = /^(?:[\t\r\n]|[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (FORMULA.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** `header`: the column names to write (the seller's language); the machine names by default. */
export function eventsToCsv(events: EventRecord[], header: readonly string[] = COLUMNS): string {
  const rows = [...events]
    .sort((a, b) => a.at - b.at)
    .map((e) =>
      [
        new Date(e.at).toISOString(),
        e.platform,
        e.marketplace,
        e.orderId,
        e.kind,
        e.detail,
        e.counted === undefined ? '' : e.counted ? 'yes' : 'no',
        e.sourceUrl,
      ]
        .map(csvCell)
        .join(','),
    );
  return `${BOM}${[header.map(csvCell).join(','), ...rows].join('\r\n')}\r\n`;
}
