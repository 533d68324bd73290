import { de } from './languages/de';
import { en } from './languages/en';
import { es } from './languages/es';
import { fr } from './languages/fr';
import { id } from './languages/id';
import { it } from './languages/it';
import { ja } from './languages/ja';
import { ms } from './languages/ms';
import { ptBR } from './languages/pt-BR';
import { th } from './languages/th';
import { vi } from './languages/vi';
import { zhCN } from './languages/zh-CN';
import type { Language, LanguagePack } from './template-types';

export const PACKS: Record<Language, LanguagePack> = {
  en,
  es,
  'pt-BR': ptBR,
  de,
  fr,
  it,
  ja,
  'zh-CN': zhCN,
  th,
  vi,
  id,
  ms,
};

/** The best pack for a BCP 47 tag: exact, then by primary language ("pt-PT" → pt-BR, "zh-TW" → zh-CN), then English. */
export function languageFor(tag: string | undefined): Language {
  if (!tag) return 'en';
  const exact = Object.keys(PACKS).find((l) => l.toLowerCase() === tag.toLowerCase());
  if (exact) return exact as Language;
  const primary = tag.split('-')[0]!.toLowerCase();
  return (Object.keys(PACKS).find((l) => l.split('-')[0]!.toLowerCase() === primary) as Language | undefined) ?? 'en';
}
