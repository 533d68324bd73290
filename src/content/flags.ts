// Small marks placed beside orders in the seller's own list: possible duplicates, orders the platform
// is about to cancel by itself, and the sales the platform itself says count against the seller's
// reputation. They live in the page DOM, so they are built with textContent and styled through the
// CSSOM only.
import type { PageType } from '../sites/page-type';

export const FLAG_ATTR = 'data-seller-guard-flag';

export type FlagKind = 'duplicate' | 'auto-cancel' | 'affects-reputation';

export interface Flag {
  kind: FlagKind;
  orderIds: string[];
  text: string;
}

const COLOURS: Record<FlagKind, { background: string; color: string }> = {
  duplicate: { background: '#fef3c7', color: '#78350f' },
  'auto-cancel': { background: '#fee2e2', color: '#7f1d1d' },
  'affects-reputation': { background: '#fee2e2', color: '#7f1d1d' },
};

/**
 * The marks this script placed, by document. One guard runs per document (run-guard.ts), so these
 * are all there are: clearing them must not scan every element of a 500-row list for the attribute.
 */
const placed = new WeakMap<Document, HTMLElement[]>();

export function clearFlags(doc: Document): void {
  for (const el of placed.get(doc) ?? []) el.remove();
  placed.delete(doc);
}

export function placeFlags(doc: Document, type: PageType, flags: Flag[]): void {
  clearFlags(doc);
  if (!type.orderRows || flags.length === 0) return;
  const marks: HTMLElement[] = [];
  placed.set(doc, marks);
  const rows = type.orderRows(doc, new Set(flags.flatMap((flag) => flag.orderIds)));
  for (const flag of flags) {
    for (const id of flag.orderIds) {
      const row = rows.get(id);
      if (!row) continue;
      const mark = doc.createElement('span');
      mark.setAttribute(FLAG_ATTR, flag.kind);
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
        ...COLOURS[flag.kind],
        font: '12px/1.4 system-ui, sans-serif',
      });
      row.append(mark);
      marks.push(mark);
    }
  }
}
