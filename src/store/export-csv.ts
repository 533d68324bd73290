// One CSV row per event, safe to open in a spreadsheet: cells that a spreadsheet would run as a
// formula (=, +, -, @, tab, carriage return) are prefixed with an apostrophe.
import type { EventRecord } from './schema';

const COLUMNS = ['time', 'platform', 'marketplace', 'order', 'event', 'detail', 'counts_against_rate', 'page'] as const;

export function csvCell(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
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
  return `${[header.map(csvCell).join(','), ...rows].join('\r\n')}\r\n`;
}
