// Policy lint for buyer messages, per platform (rulebook messaging rules). Each finding says
// what is wrong and how to fix it (codes `lint.<rule>` and `lint-fix.<rule>`); the seller may still
// edit and send. Lengths are counted as the browser counts them (UTF-16 code units: an emoji is 2).
import { deadlineOf, sureOf } from '../platform-words';
import { marketplaceRules, type Forbidden, type Rulebook } from '../rulebooks';
import { said, type Said } from '../said';
import type { TemplateId } from './template-types';

export interface LintFinding {
  rule: Forbidden | 'max-length' | 'order-id';
  message: Said;
  fix: Said;
  /** The platform's rule that says so (shown with how sure it is). */
  ruleId: string;
  /** The offending text, where there is one. */
  match?: string;
}

const TLD = 'com|net|org|shop|store|io|co|de|fr|es|it|jp|cn|br|mx|ar|cl|pe|uk|au|vn|th|my|ph|sg|id|ly|gl|me';

const PATTERNS: Record<Exclude<Forbidden, 'ask-buyer-to-cancel' | 'filtered-words'>, RegExp> = {
  links: new RegExp(`\\b(?:https?:\\/\\/|www\\.)\\S+|\\b[\\w-]+\\.(?:${TLD})(?:\\/\\S*)?\\b`, 'i'),
  email: /[\w.+-]+@[\w-]+\.[\w.-]+/,
  phone: /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{3,4}[\s.-]\d{3,4}(?:[\s.-]\d{2,4})?/,
  emoji: /\p{Extended_Pictographic}/u,
  marketing:
    /\b(?:discount|coupon|promo(?:tion)?|sale|special offer|% off|rabatt|gutschein|angebot|descuento|cup[oó]n|oferta|desconto|cupom|promo[çc][aã]o|remise|réduction|soldes|sconto|offerta|giảm giá|diskon|voucher)\b|割引|クーポン|セール|优惠|折扣|促销|ส่วนลด|โปรโมชั่น/iu,
  'review-request':
    /\b(?:review|feedback|rating|stars?|rezension|bewertung|reseña|opini[oó]n|valoraci[oó]n|avalia[çc][aã]o|avis|évaluation|recensione|valutazione|đánh giá|ulasan)\b|レビュー|評価|评价|好评|รีวิว/iu,
  'off-platform':
    /\b(?:whats\s?app|telegram|instagram|facebook|messenger|wechat|line id|zalo|viber|kakao|paypal|venmo|zelle|signal)\b|微信|\b(?:outside(?: of)?|off|fuera de|fora d[oa]|außerhalb von|en dehors d['’]|fuori da)\s*(?:ebay|amazon|etsy|tiktok|mercado ?li[bv]re|aliexpress)\b/iu,
};

/** Asking the buyer to cancel, in every language the drafts are written in (the platforms' own flow names included). */
const ASK_TO_CANCEL =
  /request (?:a |the )?cancell?ation|please cancel|cancel (?:the|your|this) order yourself|solicit(?:a|ar|e)\s+(?:la\s+)?cancelaci[oó]n|por favor,? cancel|solicit(?:ar|e|a)\s+(?:o\s+)?cancelamento|cancele o pedido|stornierung anfordern|bitte stornieren|stornieren sie bitte|demander l['’]annulation|veuillez annuler|annulez (?:la|votre) commande|richied[ei] (?:la )?cancellazione|per favore,? annulla|キャンセルをリクエスト|キャンセルしてください|申请取消|请您?取消|ขอยกเลิก|กรุณายกเลิก|ช่วยยกเลิก|yêu cầu hủy|vui lòng hủy|hãy hủy|minta pembatalan|(?:silakan|mohon|tolong|sila) batalkan/iu;

/** Templates that ask the buyer to file a cancellation request: not for platforms that forbid it. */
const ASKS_TO_CANCEL = new Set<TemplateId>(['ask-request-cancellation', 'address-cannot-change']);

export function templateFits(id: TemplateId, book: Rulebook): boolean {
  return !(book.askBuyerToCancel === 'never' && ASKS_TO_CANCEL.has(id));
}

function patternFor(rule: Forbidden, book: Rulebook): RegExp | undefined {
  if (rule === 'ask-buyer-to-cancel') return ASK_TO_CANCEL;
  if (rule !== 'filtered-words') return PATTERNS[rule];
  const words = book.messaging.filteredWords;
  const escaped = words?.map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&').replace(/\\-/g, '[-\\s]?'));
  return escaped?.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'iu')
    : undefined;
}

export function lintDraft(text: string, book: Rulebook, orderId?: string): LintFinding[] {
  const findings: LintFinding[] = [];
  // Order ids look like phone numbers ("114-3941689-8772232"): take them out before looking for one.
  const withoutIds = text.replace(/\b\d{2,3}-\d{5,7}-\d{5,7}\b/g, ' ').replaceAll(orderId ?? '\u0000', ' ');
  for (const [rule, ruleId] of Object.entries(book.messaging.forbid) as [Forbidden, string][]) {
    const match = patternFor(rule, book)?.exec(rule === 'phone' ? withoutIds : text)?.[0];
    if (match) findings.push({ rule, message: said(`lint.${rule}`), fix: said(`lint-fix.${rule}`), ruleId, match });
  }
  const max = book.messaging.maxLength;
  if (max !== undefined && text.length > max.units) {
    findings.push({
      rule: 'max-length',
      message: said('lint.max-length', { platform: book.displayName, max: max.units, length: text.length }),
      fix: said('lint-fix.max-length'),
      ruleId: max.ruleId,
    });
  }
  const needsId = book.messaging.requireOrderId;
  if (needsId && orderId && !text.includes(orderId)) {
    findings.push({
      rule: 'order-id',
      message: said('lint.order-id'),
      fix: said('lint-fix.order-id', { orderId }),
      ruleId: needsId.ruleId,
    });
  }
  return findings;
}

/** What the seller should know before writing to a buyer on this platform (shown beside the draft). */
export function messagingNotes(book: Rulebook, marketplace: string): Said[] {
  const platform = book.displayName;
  const reply = marketplaceRules(book, marketplace).replyWithin;
  const { maxLength, startsWithReason } = book.messaging;
  const sure = reply ? sureOf(book, marketplace, reply.ruleId) : undefined;
  return [
    ...(reply && sure ? [said('draft-note.reply-within', { platform, within: deadlineOf(reply), sure })] : []),
    ...(maxLength ? [said('draft-note.max-length', { platform, max: maxLength.units })] : []),
    ...(startsWithReason
      ? [said('draft-note.starts-with-reason', { platform, sure: sureOf(book, marketplace, startsWithReason.ruleId) })]
      : []),
  ];
}
