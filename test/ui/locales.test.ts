// Every UI string the code asks for exists in every shipped locale, with the same placeholders.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_KINDS, SITUATIONS } from '../../src/core/advisor/types';
import { RECORD_OUTCOMES } from '../../src/core/types';
import { EVENT_KINDS } from '../../src/messages/records';

const LOCALES = path.resolve('public/_locales');
const load = (lang: string) =>
  JSON.parse(readFileSync(path.join(LOCALES, lang, 'messages.json'), 'utf8')) as Record<
    string,
    { message: string; placeholders?: object }
  >;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}

const usedKeys = new Set<string>([
  ...sourceFiles('src').flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bt\('(\w+)'/g)].map((m) => m[1]!)),
  ...SITUATIONS.map((s) => `sit_${s.replaceAll('-', '_')}`),
  ...ACTION_KINDS.map((a) => `act_${a.replaceAll('-', '_')}`),
  ...['platform-request', 'message', 'seller'].map((a) => `asked_${a.replaceAll('-', '_')}`),
  ...EVENT_KINDS.map((k) => `ev_${k.replaceAll('-', '_')}`),
  ...RECORD_OUTCOMES.map((o) => `out_${o.replaceAll('-', '_')}`),
  'noBox_amazon',
  'noBox_etsy',
  'noBox_aliexpress',
  'extName',
  'extDescription',
  'actionTitle',
]);

describe('UI locales', () => {
  const langs = readdirSync(LOCALES);
  it('ships English, Spanish, Portuguese (BR) and Simplified Chinese', () =>
    expect(langs.sort()).toEqual(['en', 'es', 'pt_BR', 'zh_CN']));
  for (const lang of langs) {
    it(`${lang} has every key the code uses, with the same placeholders as English`, () => {
      const en = load('en');
      const messages = load(lang);
      for (const key of usedKeys) {
        expect(messages[key]?.message, `${lang}: ${key}`).toBeTruthy();
        expect(Object.keys(messages[key]!.placeholders ?? {}), `${lang}: ${key}`).toEqual(
          Object.keys(en[key]!.placeholders ?? {}),
        );
      }
    });
  }
});
