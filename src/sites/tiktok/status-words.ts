// The order statuses the seller centre shows, in the languages its centres use. A status is a line
// that is nothing but one of these words (a tooltip, a note or a product title that mentions
// "shipped" is not one). Sources: the Brazilian list read live (id70972444068: "Para enviar",
// "Em trânsito", "Entregue", "Cancelado"), the US tabs and filters in public code (id67241345969:
// "Awaiting shipment"; seller-dom.md §8: "To ship"). The other languages follow TikTok Shop's Seller
// University wording and are unverified on a live page: a word we lack only ever makes a status
// `unknown`, because the status codes must agree with the word as well (./status-codes.ts).
import type { OrderStatus } from '../../core/types';
import { normalizeLabel } from '../label-match';

type Known = Exclude<OrderStatus, 'unknown'>;

const WORDS: Record<Known, readonly string[]> = {
  unpaid: [
    'Unpaid',
    'Awaiting payment',
    'Não pago',
    'Aguardando pagamento',
    'No pagado',
    'Pendiente de pago',
    'Belum dibayar',
    'Chưa thanh toán',
    'ยังไม่ชำระเงิน',
    '未払い',
  ],
  unshipped: [
    'To ship',
    'Awaiting shipment',
    'Awaiting collection',
    'Para enviar',
    'Aguardando envio',
    'Aguardando coleta',
    'Por enviar',
    'Pendiente de envío',
    'Perlu dikirim',
    'Untuk dihantar',
    'Chờ giao hàng',
    'ที่ต้องจัดส่ง',
    'รอจัดส่ง',
    '発送待ち',
  ],
  shipped: [
    'Shipped',
    'In transit',
    'Enviado',
    'Em trânsito',
    'En tránsito',
    'Dalam pengiriman',
    'Đang giao hàng',
    'Đang vận chuyển',
    'จัดส่งแล้ว',
    '発送済み',
    '配送中',
  ],
  delivered: [
    'Delivered',
    'Completed',
    'Entregue',
    'Concluído',
    'Entregado',
    'Completado',
    'Terkirim',
    'Selesai',
    'Đã giao hàng',
    'Hoàn thành',
    'จัดส่งสำเร็จ',
    'เสร็จสมบูรณ์',
    '配達済み',
    '完了',
  ],
  cancelled: ['Canceled', 'Cancelled', 'Cancelado', 'Dibatalkan', 'Đã hủy', 'ยกเลิกแล้ว', 'キャンセル済み'],
};

const BY_WORD = new Map<string, Known>(
  (Object.entries(WORDS) as [Known, readonly string[]][]).flatMap(([status, words]) =>
    words.map((w): [string, Known] => [normalizeLabel(w), status]),
  ),
);

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** Any status word anywhere in a text (a cell's raw text): where a status line may be, worth a closer look. */
export const MAY_SHOW_STATUS = new RegExp([...BY_WORD.keys()].map(escape).join('|'), 'i');

/** First letters of the words: most lines (amounts, ids, titles) are passed over on their first letter. */
const FIRST = new Set([...BY_WORD.keys()].map((w) => w[0]!));

/** The status a line shows, when the whole line is one status word; undefined for any other line. */
export function shownStatus(line: string): Known | undefined {
  if (line.length > 40 || !FIRST.has(line.charAt(0).toLowerCase())) return undefined;
  return BY_WORD.get(line.toLowerCase()) ?? BY_WORD.get(normalizeLabel(line));
}
