// The sale number a card stands for: the "#2000…" it shows (the pack id, id69793272916) and its row
// id `row-<packId>_<orderId>` where it has one; both must agree, and the number must be a sale's.
import { MERCADOLIBRE_SALE_ID } from './detect';
import { agreed } from './card-fields';

const PACK_TEXT = /^#?\s*(\d{10,16})$/;
const ROW_ID = /^row-(\d{10,16})_\d{10,16}$/;

/** From the card and the visible texts of its sale-number fields; undefined when they disagree or say nothing. */
export function saleNumberOf(card: Element, shownTexts: string[]): string | undefined {
  const text = agreed(shownTexts);
  const shown = text === undefined ? undefined : PACK_TEXT.exec(text)?.[1];
  const fromId = ROW_ID.exec(card.id)?.[1];
  if ((text && !shown) || (shown && fromId && shown !== fromId)) return undefined;
  const id = shown ?? fromId;
  return id && MERCADOLIBRE_SALE_ID.test(id) ? id : undefined;
}
