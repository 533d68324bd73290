// The sales list's own answer (see src/page-world/mercadolibre-paths.ts): `response[].data.bricks[]`, a
// tree of `{id, uiType, data, bricks}` (id52697374288, id71540329942). It names the sales the list
// will show (row bricks `row-<packId>_<orderId>`), or `cards_fallback` for an empty list; no status,
// buyer or reputation flag was found in it, so the cards are still read for those. Page data: every
// field checked, and an answer of another shape is no answer.
import { obj } from './nordic-state';

export interface SalesBricks {
  /** The sale numbers (pack ids) the list will show. */
  packIds: Set<string>;
  /** The page said it has no sales here. */
  empty: boolean;
}

const ROW_ID = /^row-(\d{10,16})_(\d{10,16})$/;
/** A list of a few hundred sales is a few thousand bricks; anything far larger is not one. */
const MAX_BRICKS = 50_000;

export function salesBricks(body: unknown): SalesBricks | undefined {
  const responses = obj(body)?.response;
  if (!Array.isArray(responses)) return undefined;
  const out: SalesBricks = { packIds: new Set(), empty: false };
  let list = false;
  let seen = 0;
  const stack: unknown[] = responses.flatMap((r: unknown): unknown[] => {
    const bricks = obj(obj(r)?.data)?.bricks;
    return Array.isArray(bricks) ? (bricks as unknown[]) : [];
  });
  while (stack.length && seen++ < MAX_BRICKS) {
    const brick = obj(stack.pop());
    if (!brick) continue;
    if (brick.uiType === 'list') list = true;
    if (brick.uiType === 'cards_fallback') out.empty = true;
    const row = typeof brick.id === 'string' ? ROW_ID.exec(brick.id) : null;
    if (row) out.packIds.add(row[1]!);
    if (Array.isArray(brick.bricks)) stack.push(...(brick.bricks as unknown[]));
  }
  if (seen > MAX_BRICKS || (!list && !out.empty) || (out.empty && out.packIds.size > 0)) return undefined;
  return out;
}
