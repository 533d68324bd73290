// Where each flagged order's mark goes (src/content/flags.ts), found for all of a drawing's flags in
// one pass over the list. A search per flag went over the whole list each time: on a list where most
// orders are flagged (one buyer's many orders), that is quadratic, and 500 flagged orders on
// AliExpress's list cost the page 43 ms.

/**
 * For each wanted order id, where the first of `candidates` (in the list's order) that shows it says
 * its mark goes. The first candidate showing an id decides: when `place` finds nothing there, that
 * order gets no mark, rather than one beside a later copy.
 */
export function firstPerOrderId<T>(
  candidates: Iterable<T>,
  wanted: ReadonlySet<string>,
  idOf: (candidate: T) => string | undefined,
  place: (candidate: T) => Element | null,
): Map<string, Element> {
  const rows = new Map<string, Element>();
  const decided = new Set<string>();
  for (const candidate of candidates) {
    if (decided.size === wanted.size) break;
    const id = idOf(candidate);
    if (id === undefined || !wanted.has(id) || decided.has(id)) continue;
    decided.add(id);
    const row = place(candidate);
    if (row) rows.set(id, row);
  }
  return rows;
}
