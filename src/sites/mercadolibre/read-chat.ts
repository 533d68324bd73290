// The post-sale chat (/vendas/novo/mensagens/<n>, /ventas/nueva/mensajeria/<n>) → which sale it is
// about, whether a draft can go into its box, and the thread's state: `open` (the box is there),
// `empty` (Mercado Libre lets the seller start only by picking a reason, so there is no free box),
// `blocked` (30 days since the last message, or blocked by the buyer: nothing can be sent).
// The picker's and the notice's markup and words are ASSUMED (seller-dom-wave2.md §2.5).
import type { PageReading, ThreadState } from '../../core/types';
import { normalizeLabel } from '../label-match';
import { isShown } from '../visible-text';
import { visibleLines } from '../visible-lines';
import { mercadoLibrePackIdFromUrl } from './detect';
import { mercadoLibreMarketplaceOf } from './marketplaces';
import { CHAT } from './selectors';

/** The notices' words, should their containers change (ASSUMED wording). */
const BLOCKED_WORDS = /^(?:ya no puedes enviar mensajes|você não pode mais enviar mensagens)\b/;
const PICKER_WORDS = /^(?:elige el motivo|escolha o motivo)\b/;

/** The chat's compose box, as Insert finds it again after every send (the page re-mounts it). */
export function chatBox(doc: Document): HTMLTextAreaElement | undefined {
  for (const selector of [CHAT.box, CHAT.boxByPlaceholder]) {
    const box = [...doc.querySelectorAll<HTMLTextAreaElement>(selector)].find((b) => isShown(b, doc) && !b.disabled);
    if (box) return box;
  }
  return undefined;
}

function threadState(doc: Document): ThreadState | undefined {
  const shown = (selector: string) => [...doc.querySelectorAll(selector)].some((el) => isShown(el, doc));
  const lines = visibleLines(doc.body ?? doc.documentElement).map((l) => normalizeLabel(l.text));
  if (shown(CHAT.blocked) || lines.some((l) => BLOCKED_WORDS.test(l))) return 'blocked';
  if (chatBox(doc)) return 'open';
  if (shown(CHAT.reasonPicker) || lines.some((l) => PICKER_WORDS.test(l))) return 'empty';
  return undefined;
}

export function readMercadoLibreChat(doc: Document, url: URL): PageReading {
  const marketplace = mercadoLibreMarketplaceOf(url)!.code;
  const base = { platform: 'mercadolibre' as const, page: 'messages' as const, marketplace, url: url.href };
  const sale = mercadoLibrePackIdFromUrl(url);
  if (!sale) return { ...base, ok: false, code: 'id-invalid', reason: 'the URL names no sale number' };
  const state = threadState(doc);
  if (!state) return { ...base, ok: false, code: 'page-not-ready', reason: 'no chat box, reason picker or notice yet' };
  return {
    ...base,
    ok: true,
    orders: [],
    metrics: [],
    focusOrderId: sale,
    hasMessageBox: state === 'open',
    threadState: state,
  };
}
