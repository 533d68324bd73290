// Policy lint for buyer messages, per platform (rulebook messaging rules). Each finding says
// what is wrong and how to fix it (codes `lint.<rule>` and `lint-fix.<rule>`); the seller may still
// edit and send.
import type { Forbidden, Rulebook } from '../rulebooks';
import { said, type Said } from '../said';
import type { TemplateId } from './template-types';

export interface LintFinding {
  rule: Forbidden | 'max-length' | 'order-id';
  message: Said;
  fix: Said;
  /** The offending text, where there is one. */
  match?: string;
}

const PATTERNS: Record<Exclude<Forbidden, 'ask-buyer-to-cancel'>, RegExp> = {
  links: /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+\.(?:com|net|org|shop|store|io|co|de|fr|es|it|jp|cn|br|mx)(?:\/\S*)?\b/i,
  email: /[\w.+-]+@[\w-]+\.[\w.-]+/,
  phone: /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{3,4}[\s.-]\d{3,4}(?:[\s.-]\d{2,4})?/,
  emoji: /\p{Extended_Pictographic}/u,
  marketing:
    /\b(?:discount|coupon|promo(?:tion)?|sale|special offer|% off|rabatt|gutschein|angebot|descuento|cup[oó]n|oferta|desconto|cupom|promo[çc][aã]o|remise|réduction|soldes|sconto|offerta)\b|割引|クーポン|セール|优惠|折扣|促销/iu,
  'review-request':
    /\b(?:review|feedback|rating|stars?|rezension|bewertung|reseña|opini[oó]n|valoraci[oó]n|avalia[çc][aã]o|avis|évaluation|recensione|valutazione)\b|レビュー|評価|评价|好评/iu,
  'off-platform': /\b(?:whats\s?app|telegram|instagram|facebook|wechat|line id|paypal|venmo|zelle|signal)\b|微信/iu,
};

const ASK_TO_CANCEL =
  /request (?:a )?cancell?ation|cancel (?:the|your) order yourself|solicitar (?:la )?cancelaci[oó]n|solicit(?:e|ar)(?: o)? cancelamento|stornierung anfordern|demander l'annulation|richiedi (?:la )?cancellazione|キャンセルをリクエスト|申请取消/i;

/** Templates that ask the buyer to file a cancellation request: not for platforms that forbid it. */
const ASKS_TO_CANCEL = new Set<TemplateId>(['ask-request-cancellation', 'address-cannot-change']);

export function templateFits(id: TemplateId, book: Rulebook): boolean {
  return !(ASKS_TO_CANCEL.has(id) && book.askBuyerToCancel === 'never');
}

export function lintDraft(text: string, book: Rulebook, orderId?: string): LintFinding[] {
  const findings: LintFinding[] = [];
  // Order ids look like phone numbers ("114-3941689-8772232"): take them out before looking for one.
  const withoutIds = text.replace(/\b\d{2,3}-\d{5,7}-\d{5,7}\b/g, ' ').replaceAll(orderId ?? '\u0000', ' ');
  for (const rule of book.messaging.forbid) {
    const pattern = rule === 'ask-buyer-to-cancel' ? ASK_TO_CANCEL : PATTERNS[rule];
    const match = pattern.exec(rule === 'phone' ? withoutIds : text)?.[0];
    if (match) findings.push({ rule, message: said(`lint.${rule}`), fix: said(`lint-fix.${rule}`), match });
  }
  const max = book.messaging.maxLength;
  const length = [...text].length;
  if (max !== undefined && length > max) {
    findings.push({
      rule: 'max-length',
      message: said('lint.max-length', { platform: book.displayName, max, length }),
      fix: said('lint-fix.max-length'),
    });
  }
  if (book.messaging.requireOrderId && orderId && !text.includes(orderId)) {
    findings.push({ rule: 'order-id', message: said('lint.order-id'), fix: said('lint-fix.order-id', { orderId }) });
  }
  return findings;
}

/** What the seller should know before writing to a buyer on this platform (shown beside the draft). */
export function messagingNotes(book: Rulebook): Said[] {
  const { replyWithinHours: hours, maxLength: max } = book.messaging;
  return [
    ...(hours ? [said('draft-note.reply-within', { platform: book.displayName, hours })] : []),
    ...(max ? [said('draft-note.max-length', { platform: book.displayName, max })] : []),
  ];
}
