import { describe, expect, it } from 'vitest';
import {
  languageFor,
  lintDraft,
  LANGUAGES,
  messagingNotes,
  PACKS,
  renderTemplate,
  renderText,
  TEMPLATE_IDS,
  splitDraft,
  templateFits,
  type DraftFields,
} from '../../../src/core/drafts';
import { RULEBOOKS } from '../../../src/core/rulebooks';
import type { Platform } from '../../../src/core/types';

const ORDER_IDS: Record<Platform, string> = {
  amazon: '114-3941689-8772232',
  etsy: '3456789012',
  aliexpress: '3031265788145237',
  ebay: '12-34567-89012',
  mercadolibre: '2000003508419013',
  tiktok: '576461413038785752',
};
const fields = (platform: Platform, over: Partial<DraftFields> = {}): DraftFields => ({
  platform,
  orderId: ORDER_IDS[platform],
  buyerName: 'Margaret Holloway',
  item: 'Large-print wall calendar 2027, spiral bound, extra large numbers',
  returnWindowDays: 30,
  returnShippingPaidBy: 'buyer',
  signature: 'Oak & Ink Stationery',
  ...over,
});

describe('templates', () => {
  it('every template exists in every language, with the same placeholders as English', () => {
    for (const lang of LANGUAGES) {
      for (const id of TEMPLATE_IDS) {
        const text = PACKS[lang].templates[id];
        expect(text, `${lang}/${id}`).toBeTruthy();
        const holes = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(holes(text), `${lang}/${id}`).toEqual(holes(PACKS.en.templates[id]));
      }
    }
  });

  for (const platform of Object.keys(RULEBOOKS) as Platform[]) {
    it(`${platform}: every template meant for it renders in all ${LANGUAGES.length} languages and passes its lint`, () => {
      const book = RULEBOOKS[platform];
      for (const lang of LANGUAGES) {
        for (const id of TEMPLATE_IDS.filter((t) => templateFits(t, book))) {
          const text = renderTemplate(id, lang, fields(platform));
          expect(text, `${lang}/${id}`).not.toMatch(/\{\w+\}/);
          expect(text).toContain(ORDER_IDS[platform]);
          // A draft longer than the box is sent in parts (see split below); everything else must pass.
          const findings = lintDraft(text, book, ORDER_IDS[platform]).filter((f) => f.rule !== 'max-length');
          expect(findings, `${platform} ${lang}/${id}: ${text}`).toEqual([]);
        }
      }
    });
  }

  it('Mercado Libre: every Spanish and Portuguese template fits 350 code units with the longest fields', () => {
    const longest = fields('mercadolibre', {
      buyerName: 'B'.repeat(60),
      item: 'I'.repeat(80),
      signature: 'S'.repeat(40),
    });
    for (const lang of ['es', 'pt-BR'] as const)
      for (const id of TEMPLATE_IDS) {
        const text = renderTemplate(id, lang, longest);
        expect(text.length, `${lang}/${id}`).toBeLessThanOrEqual(350);
        expect(lintDraft(text, RULEBOOKS.mercadolibre, ORDER_IDS.mercadolibre), `${lang}/${id}`).toEqual([]);
      }
  });

  it('eBay: the buyer’s own request flow is named in English, German, French, Italian and Spanish', () => {
    const flows = {
      en: 'Purchase history',
      de: 'Kaufübersicht',
      fr: 'Historique des achats',
      it: 'Cronologia acquisti',
      es: 'Historial de compras',
    };
    for (const [lang, flow] of Object.entries(flows))
      expect(renderTemplate('ask-request-cancellation', lang as 'en', fields('ebay'))).toContain(flow);
  });

  it("each platform's own request flow, and a generic one where a platform has none", () => {
    expect(renderTemplate('ask-request-cancellation', 'en', fields('amazon'))).toContain(
      'Your Orders › Request cancellation',
    );
    expect(renderTemplate('ask-request-cancellation', 'en', fields('etsy'))).toContain(
      'your order page › Request cancellation',
    );
  });

  it('TikTok gets no template that asks the buyer to cancel', () => {
    expect(templateFits('ask-request-cancellation', RULEBOOKS.tiktok)).toBe(false);
    expect(templateFits('address-cannot-change', RULEBOOKS.tiktok)).toBe(false);
    expect(templateFits('ask-request-cancellation', RULEBOOKS.amazon)).toBe(true);
  });
});

describe('render', () => {
  it('fills the fields: buyer, order id, item (shortened), flow, return window and shipping, signature', () => {
    const text = renderTemplate(
      'offer-return',
      'en',
      fields('amazon', { returnShippingPaidBy: 'seller', returnWindowDays: 14 }),
    );
    expect(text).toBe(
      'Hello Margaret Holloway,\n\nOrder 114-3941689-8772232 has already shipped, so it can no longer be cancelled, but you are welcome to return it within 14 days of delivery for a refund. We cover the return shipping.\n\nBest regards,\nOak & Ink Stationery',
    );
    expect(renderTemplate('cancellation-confirmed', 'en', fields('etsy'))).toContain(
      '(Large-print wall calendar 2027, spiral…)',
    );
    expect(renderTemplate('ask-request-cancellation', 'de', fields('amazon'))).toContain(
      'Meine Bestellungen › Stornierung anfordern',
    );
  });
  it('without a buyer name the greeting still reads well', () => {
    expect(renderTemplate('refund-issued', 'en', fields('amazon', { buyerName: undefined }))).toMatch(/^Hello,\n/);
    expect(renderTemplate('refund-issued', 'pt-BR', fields('amazon', { buyerName: '' }))).toMatch(/^Olá!\n/);
    expect(renderTemplate('refund-issued', 'de', fields('amazon', { buyerName: '' }))).toMatch(/^Guten Tag,\n/);
    expect(renderTemplate('refund-issued', 'ja', fields('amazon', { buyerName: '' }))).toMatch(/^お客様\n/);
  });
  it('buyer-written names cannot smuggle markup or placeholders', () => {
    const text = renderTemplate('refund-issued', 'en', fields('amazon', { buyerName: '<img src=x>{orderId}' }));
    expect(text.startsWith('Hello img src=xorderId,')).toBe(true);
  });
  it('unknown placeholders in custom text stay visible', () => {
    expect(renderText('Hi {buyer}, see {nope}', 'en', fields('amazon'))).toBe('Hi Margaret Holloway, see {nope}');
  });
  it("picks the buyer's language from a BCP 47 tag", () => {
    expect(languageFor('de')).toBe('de');
    expect(languageFor('pt-BR')).toBe('pt-BR');
    expect(languageFor('pt-PT')).toBe('pt-BR');
    expect(languageFor('es-MX')).toBe('es');
    expect(languageFor('zh-TW')).toBe('zh-CN');
    expect(languageFor('en-GB')).toBe('en');
    expect(languageFor('sv')).toBe('en');
    expect(languageFor('th-TH')).toBe('th');
    expect(languageFor('vi-VN')).toBe('vi');
    expect(languageFor('id-ID')).toBe('id');
    expect(languageFor('ms-MY')).toBe('ms');
    expect(languageFor(undefined)).toBe('en');
  });
});

describe('policy lint', () => {
  const amazon = RULEBOOKS.amazon;
  const id = ORDER_IDS.amazon;
  const base = `Hello, about order ${id}: `;
  it.each([
    ['links', `${base}see https://example.com/return`],
    ['links', `${base}visit www.myshop.com`],
    ['email', `${base}write to help@myshop.com`],
    ['phone', `${base}call +1 555-010-0199`],
    ['emoji', `${base}thanks 😊`],
    ['marketing', `${base}here is a 10% discount coupon for next time`],
    ['review-request', `${base}please leave us a 5-star review`],
    ['review-request', `${base}bitte hinterlassen Sie eine Bewertung`],
  ])('Amazon: %s is caught', (rule, text) => {
    expect(lintDraft(text, amazon, id).map((f) => f.rule)).toContain(rule);
  });
  it('Amazon: the order id must be there; an order id is not a phone number', () => {
    expect(lintDraft('Hello, your order was cancelled.', amazon, id)).toEqual([
      {
        rule: 'order-id',
        message: { code: 'lint.order-id' },
        fix: { code: 'lint-fix.order-id', params: { orderId: id } },
        ruleId: 'amazon.messaging.content',
      },
    ]);
    expect(lintDraft(`Order ${id} and 203-7654321-1234567`, amazon, id)).toEqual([]);
  });
  it('Mercado Libre: the length is counted as the browser counts it (an emoji is 2)', () => {
    const text = `${'a'.repeat(349)}😀`;
    expect([...text].length).toBe(350);
    expect(lintDraft(text, RULEBOOKS.mercadolibre).map((f) => f.rule)).toContain('max-length');
  });
  it('Mercado Libre: 350 characters at most, no WhatsApp', () => {
    const book = RULEBOOKS.mercadolibre;
    expect(lintDraft('a'.repeat(351), book)).toEqual([
      {
        rule: 'max-length',
        message: { code: 'lint.max-length', params: { platform: 'Mercado Libre', max: 350, length: 351 } },
        fix: { code: 'lint-fix.max-length' },
        ruleId: 'mercadolibre.messaging.length',
      },
    ]);
    expect(lintDraft('a'.repeat(350), book)).toEqual([]);
    expect(lintDraft('Escríbeme por WhatsApp', book).map((f) => f.rule)).toContain('off-platform');
  });
  it('TikTok: never asks the buyer to cancel, in any language', () => {
    for (const lang of LANGUAGES) {
      const text = renderTemplate('ask-request-cancellation', lang, fields('tiktok'));
      expect(
        lintDraft(text, RULEBOOKS.tiktok).map((f) => f.rule),
        lang,
      ).toContain('ask-buyer-to-cancel');
    }
  });
  it('eBay: no contact details or offers to trade outside eBay', () => {
    const rules = lintDraft('Pay me on PayPal, mail me at a@b.co or call 555 123 4567', RULEBOOKS.ebay).map(
      (f) => f.rule,
    );
    expect(rules).toEqual(expect.arrayContaining(['off-platform', 'email', 'phone']));
  });
  it('each finding says what is wrong and how to fix it, as its own codes', () => {
    const findings = lintDraft(`${base}https://x.com 😊`, amazon, id);
    expect(findings.map((f) => [f.message.code, f.fix.code])).toEqual([
      ['lint.links', 'lint-fix.links'],
      ['lint.emoji', 'lint-fix.emoji'],
    ]);
  });
  it('what to know before writing: reply deadlines (per region), length limits and reason pickers', () => {
    const within = (amount: number, unit = 'hours') => ({ code: `deadline.${unit}`, params: { amount } });
    const sure = (c: string) => ({ code: `confidence.${c}` });
    expect(messagingNotes(RULEBOOKS.amazon, 'US')).toEqual([
      { code: 'draft-note.reply-within', params: { platform: 'Amazon', within: within(24), sure: sure('official') } },
    ]);
    expect(messagingNotes(RULEBOOKS.tiktok, 'TH')[0]).toEqual({
      code: 'draft-note.reply-within',
      params: { platform: 'TikTok Shop', within: within(12), sure: sure('official') },
    });
    expect(messagingNotes(RULEBOOKS.mercadolibre, 'BR')).toEqual([
      {
        code: 'draft-note.reply-within',
        params: { platform: 'Mercado Libre', within: within(8, 'business-hours'), sure: sure('official') },
      },
      { code: 'draft-note.max-length', params: { platform: 'Mercado Libre', max: 350 } },
      { code: 'draft-note.starts-with-reason', params: { platform: 'Mercado Libre', sure: sure('official') } },
    ]);
    expect(messagingNotes(RULEBOOKS.aliexpress, 'GLOBAL')).toEqual([]);
  });
});

describe('hostile buyer text stays inert in drafts', () => {
  const greeting = (buyerName: string) =>
    renderTemplate('refund-issued', 'en', fields('amazon', { buyerName })).split('\n')[0]!;
  const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

  it("replacement patterns in a name ($&, $', $`) are kept as written, never expanded", () => {
    expect(greeting("Ann $& $' $` $$")).toBe("Hello Ann $& $' $` $$,");
    expect(renderTemplate('cancellation-confirmed', 'en', fields('amazon', { item: "Mug $' $&" }))).toContain(
      "(Mug $' $&)",
    );
  });
  it('bidi controls are stripped: a right-to-left override cannot reverse our sentence', () => {
    const text = greeting('\u202Eevil\u202C Ann\u2066x\u2069');
    expect(text).toBe('Hello evil Annx,');
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });
  it('a right-to-left name is isolated (FSI … PDI) so our punctuation stays in place', () => {
    expect(greeting('محمد علي')).toBe('Hello \u2068محمد علي\u2069,');
    expect(greeting('Margaret Holloway')).toBe('Hello Margaret Holloway,');
  });
  it('shortening never splits a surrogate pair or an emoji sequence', () => {
    const text = greeting(`${'a'.repeat(38)}😀😀😀`);
    expect(text).not.toMatch(loneSurrogate);
    expect(text).toBe(`Hello ${'a'.repeat(38)}😀…,`);
    const family = '👩‍👩‍👧';
    const long = renderTemplate(
      'cancellation-confirmed',
      'en',
      fields('amazon', { item: `${'x'.repeat(38)}${family}tail` }),
    );
    expect(long).not.toMatch(loneSurrogate);
    expect(long).toContain(`(${'x'.repeat(38)}${family}…)`);
  });
});

describe('split for a short message box', () => {
  const ml = fields('mercadolibre', { signature: 'S'.repeat(200) });
  it('a draft that fits is one part', () => expect(splitDraft('Hola', 350)).toEqual(['Hola']));
  it('a longer draft is cut between whole lines, each part within the limit, nothing lost', () => {
    for (const lang of LANGUAGES) {
      const text = renderTemplate('decline-politely', lang, ml);
      const parts = splitDraft(text, 350);
      for (const part of parts) expect(part.length, lang).toBeLessThanOrEqual(350);
      expect(parts.join('\n').replace(/\s+/g, ' '), lang).toBe(text.replace(/\s+/g, ' '));
      if (text.length > 350) expect(parts.length, lang).toBeGreaterThan(1);
    }
  });
  it('a single line too long for the box is cut between words, and an emoji is never split', () => {
    const line = `${'palabra '.repeat(60)}fin`;
    const parts = splitDraft(line, 100);
    expect(parts.every((p) => p.length <= 100 && !p.startsWith(' '))).toBe(true);
    expect(parts.join(' ')).toBe(line);
    const emoji = splitDraft(`${'a'.repeat(99)}😀b`, 100);
    expect(emoji).toEqual(['a'.repeat(99), '😀b']);
  });
});

describe('lint per platform and language', () => {
  it.each([
    ['en', 'We can sort it out outside eBay if you like.'],
    ['de', 'Wir können das auch außerhalb von eBay regeln.'],
    ['fr', "On peut régler cela en dehors d'eBay."],
    ['it', 'Possiamo risolvere fuori da eBay.'],
    ['es', 'Podemos arreglarlo fuera de eBay.'],
  ])('eBay (%s): an offer to deal outside eBay is caught', (_, text) => {
    expect(lintDraft(text, RULEBOOKS.ebay).map((f) => f.rule)).toContain('off-platform');
  });
  it.each([
    ['es', 'Escríbeme al Telegram o al e-mail de la tienda'],
    ['pt-BR', 'Me chama no Instagram ou por email'],
    ['es', 'Te paso mi WhatsApp'],
  ])('Mercado Libre (%s): the words its filter blocks are caught', (_, text) => {
    expect(lintDraft(text, RULEBOOKS.mercadolibre).map((f) => f.rule)).toContain('filtered-words');
  });
  it('Mercado Libre: "emails" inside another word is not flagged, a link is', () => {
    expect(lintDraft('Revisaremos tu pedido hoy.', RULEBOOKS.mercadolibre)).toEqual([]);
    expect(lintDraft('Mira bit.ly/abc', RULEBOOKS.mercadolibre).map((f) => f.rule)).toContain('links');
  });
  it.each([
    ['th', 'แอดไลน์ร้านได้เลย line id: shop123'],
    ['vi', 'Nhắn Zalo cho shop nhé'],
    ['id', 'Hubungi kami di WhatsApp'],
    ['ms', 'Lawati kedai kami di tokoku.my'],
  ])('TikTok (%s): contact or links off the platform are caught', (_, text) => {
    expect(lintDraft(text, RULEBOOKS.tiktok).length).toBeGreaterThan(0);
  });
  it('TikTok: no draft TikTok gets asks the buyer to cancel, in any of the 12 languages', () => {
    for (const lang of LANGUAGES)
      for (const id of TEMPLATE_IDS.filter((t) => templateFits(t, RULEBOOKS.tiktok))) {
        const rules = lintDraft(renderTemplate(id, lang, fields('tiktok')), RULEBOOKS.tiktok).map((f) => f.rule);
        expect(rules, `${lang}/${id}`).not.toContain('ask-buyer-to-cancel');
      }
  });
  it.each([
    ['en', 'Please cancel the order from your side.'],
    ['es', 'Por favor, cancela el pedido desde tu cuenta.'],
    ['pt-BR', 'Por favor, cancele o pedido no app.'],
    ['th', 'กรุณายกเลิกคำสั่งซื้อในแอป'],
    ['vi', 'Vui lòng hủy đơn giúp shop.'],
    ['id', 'Mohon batalkan pesanan dari aplikasi.'],
    ['ms', 'Sila batalkan pesanan anda.'],
  ])('TikTok (%s): asking the buyer to cancel is caught', (_, text) => {
    expect(lintDraft(text, RULEBOOKS.tiktok).map((f) => f.rule)).toContain('ask-buyer-to-cancel');
  });
});
