// Small marks placed beside orders in the seller's own list (possible duplicates). They live in the
// page DOM, so they are built with textContent and styled through the CSSOM only.
import type { PageType } from '../sites/page-type';

export const FLAG_ATTR = 'data-seller-guard-flag';

export interface Flag {
  orderIds: string[];
  text: string;
}

export function clearFlags(doc: Document): void {
  for (const el of doc.querySelectorAll(`[${FLAG_ATTR}]`)) el.remove();
}

export function placeFlags(doc: Document, type: PageType, flags: Flag[]): void {
  clearFlags(doc);
  if (!type.orderRow) return;
  for (const flag of flags) {
    for (const id of flag.orderIds) {
      const row = type.orderRow(doc, id);
      if (!row) continue;
      const mark = doc.createElement('span');
      mark.setAttribute(FLAG_ATTR, 'duplicate');
      mark.setAttribute('role', 'note');
      mark.textContent = `⚠ ${flag.text}`;
      Object.assign(mark.style, {
        display: 'inline-block',
        // A buyer's very long name wraps inside the row instead of widening the seller's table.
        maxWidth: '32em',
        overflowWrap: 'anywhere',
        margin: '4px 0',
        padding: '1px 6px',
        borderRadius: '4px',
        background: '#fef3c7',
        color: '#78350f',
        font: '12px/1.4 system-ui, sans-serif',
      });
      row.append(mark);
    }
  }
}
