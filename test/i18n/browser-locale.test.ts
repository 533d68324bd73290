// The extension's pages and badge follow the message bundle Chromium picked, and when a renderer was
// left without its bundle (getMessage answers "" and i18n.t the key itself) they still find the
// browser's language instead of silently speaking English.
import { describe, expect, it, vi } from 'vitest';
import { browserLocale } from '../../src/i18n/browser-locale';

describe('browserLocale', () => {
  it('takes the uiLocale message when the bundle is there, without asking for other clues', () => {
    const clues = vi.fn(() => ({ manifestLocale: 'de', uiLanguage: 'en-US' }));
    expect(browserLocale('zh-CN', clues)).toBe('zh-CN');
    expect(browserLocale('pt-BR', clues)).toBe('pt-BR');
    expect(clues).not.toHaveBeenCalled();
  });

  it.each(['uiLocale', ''])('without the bundle (message %j) follows the localized manifest', (message) => {
    expect(browserLocale(message, () => ({ manifestLocale: 'zh_CN', uiLanguage: 'en-US' }))).toBe('zh-CN');
    expect(browserLocale(message, () => ({ manifestLocale: 'de', uiLanguage: 'en-US' }))).toBe('de');
    expect(browserLocale(message, () => ({ manifestLocale: 'pt_BR' }))).toBe('pt-BR');
    // A regional variant we have no bundle for: its language, as Chromium's bundle fallback does.
    expect(browserLocale(message, () => ({ manifestLocale: 'fr_CA' }))).toBe('fr');
  });

  it("then the browser's UI language (a browser that writes no current_locale)", () => {
    expect(browserLocale('uiLocale', () => ({ uiLanguage: 'ja' }))).toBe('ja');
    expect(browserLocale('uiLocale', () => ({ manifestLocale: '', uiLanguage: 'es-MX' }))).toBe('es');
  });

  it('English only when nothing names one of our languages', () => {
    expect(browserLocale('uiLocale', () => ({}))).toBe('en');
    expect(browserLocale('', () => ({ manifestLocale: 'ko', uiLanguage: 'ko-KR' }))).toBe('en');
  });
});
