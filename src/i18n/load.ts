// The extension's own pages load only their reader's language: each catalogue is its own chunk.
import type { Catalogue } from './catalogue/en';
import type { Locale } from './locales';

const LOADERS: Record<Locale, () => Promise<Catalogue>> = {
  en: async () => (await import('./catalogue/en')).en,
  es: async () => (await import('./catalogue/es')).es,
  'pt-BR': async () => (await import('./catalogue/pt-BR')).ptBR,
  de: async () => (await import('./catalogue/de')).de,
  fr: async () => (await import('./catalogue/fr')).fr,
  it: async () => (await import('./catalogue/it')).it,
  ja: async () => (await import('./catalogue/ja')).ja,
  'zh-CN': async () => (await import('./catalogue/zh-CN')).zhCN,
};

export const loadCatalogue = (locale: Locale): Promise<Catalogue> => LOADERS[locale]();
