// What a seller's page accepts from the background: every reply the background really builds, and
// nothing malformed (a reply that is not whole is refused whole, and the banner says it had no answer).
import { describe, expect, it } from 'vitest';
import { bannerText } from '../../src/background/banner-text';
import { createRouter } from '../../src/background/router';
import { LOCALES } from '../../src/i18n/locales';
import {
  isBannerText,
  isJsonNotCovering,
  isReadingReply,
  isSaid,
  isStorageRefusal,
  isTickedReply,
} from '../../src/messages/background-replies';
import { isInsertDraftRequest, isInsertReply } from '../../src/messages/background-to-content';
import { CTX, contentSender, deps, reading } from '../background/router-fixture';

const view = { level: 'near', ratePercent: 1.92, headline: { code: 'guard.headline' }, details: [] };

describe('replies the page accepts', () => {
  it('the reading reply the background builds for an order page', async () => {
    const reply = await createRouter(deps().d, CTX)({ type: 'cs/page-reading', reading }, contentSender);
    expect(isReadingReply(reply)).toBe(true);
  });

  it.each(LOCALES)('the banner words in %s', (locale) => {
    expect(isBannerText(bannerText(locale))).toBe(true);
  });

  it('nested decisions: a code whose parameter is itself a decision', () => {
    const nested = { code: 'guard.metric', params: { metric: { code: 'metric.cancellation-rate' }, rate: 2.5 } };
    expect(isSaid(nested)).toBe(true);
    expect(isSaid({ code: 'guard.metric', params: { metric: { code: '<b>' } } })).toBe(false);
  });

  it('ticked orders, a refusal to keep, an answer that does not cover the rows, a draft and its answer', () => {
    expect(isTickedReply({ ok: true, ticked: { selected: 2, projectedRatePercent: 3.1, lines: [] } })).toBe(true);
    expect(isStorageRefusal({ ok: false, storage: true, full: true, error: 'disk full', code: 'storage-full' })).toBe(
      true,
    );
    expect(isJsonNotCovering({ ok: false, readMarkup: true })).toBe(true);
    expect(isInsertDraftRequest({ type: 'bg/insert-draft', text: 'Hello' })).toBe(true);
    expect(isInsertReply({ ok: true, inserted: false })).toBe(true);
  });
});

describe('replies the page refuses whole', () => {
  it.each([
    ['no view', { ok: true }],
    ['an unknown level', { ok: true, view: { ...view, level: 'fine' } }],
    ['a rate that is not a number', { ok: true, view: { ...view, ratePercent: '1.92' } }],
    ['a NaN rate', { ok: true, view: { ...view, ratePercent: Number.NaN } }],
    ['a field nobody declared', { ok: true, view: { ...view, html: '<img onerror=alert(1)>' } }],
    ['nine detail lines', { ok: true, view: { ...view, details: Array(9).fill({ code: 'x' }) } }],
    ['a code with markup', { ok: true, view: { ...view, headline: { code: '<script>' } } }],
    [
      'a parameter of 301 characters',
      { ok: true, view: { ...view, headline: { code: 'x', params: { n: 'a'.repeat(301) } } } },
    ],
    [
      'an infinite parameter',
      { ok: true, view: { ...view, headline: { code: 'x', params: { n: Number.POSITIVE_INFINITY } } } },
    ],
    [
      'a duplicate group of 51 orders',
      { ok: true, view: { ...view, duplicates: [{ orderIds: Array(51).fill('1'), note: { code: 'x' } }] } },
    ],
    [
      'an auto-cancel mark on two orders',
      { ok: true, view: { ...view, autoCancelling: [{ orderIds: ['1', '2'], note: { code: 'x' } }] } },
    ],
    ['a failure dressed as success', { ok: false, view }],
  ])('a reading reply with %s', (_, reply) => {
    expect(isReadingReply(reply)).toBe(false);
  });

  it('ticked replies out of range, refusals without their error, banner words too many or malformed', () => {
    expect(isTickedReply({ ok: true, ticked: { selected: 2001, lines: [] } })).toBe(false);
    expect(isTickedReply({ ok: true, ticked: { selected: 1.5, lines: [] } })).toBe(false);
    expect(isTickedReply({ ok: true, ticked: { selected: 1, projectedRatePercent: 101, lines: [] } })).toBe(false);
    expect(isStorageRefusal({ ok: false, storage: true })).toBe(false);
    expect(isStorageRefusal({ ok: false, storage: true, error: 'e'.repeat(501) })).toBe(false);
    expect(isJsonNotCovering({ ok: false, readMarkup: true, extra: 1 })).toBe(false);
    const words = bannerText('en');
    const tooMany = Object.fromEntries(Array.from({ length: 401 }, (_, i) => [`k${i}`, 'x']));
    expect(isBannerText({ ...words, messages: tooMany })).toBe(false);
    expect(isBannerText({ ...words, messages: { 'a.b': { plural: 'n', one: 'x' } } })).toBe(false);
    expect(isBannerText({ ...words, messages: { 'a.b': 7 } })).toBe(false);
    expect(isInsertDraftRequest({ type: 'bg/insert-draft', text: 'x'.repeat(5001) })).toBe(false);
    expect(isInsertReply({ ok: true })).toBe(false);
  });
});
