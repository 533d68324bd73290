// Every locale's catalogue, for the background (which words the banner in the page's language and
// cannot load modules on demand: a service worker has no dynamic import) and for the tests.
import { de } from './catalogue/de';
import { en, type Catalogue } from './catalogue/en';
import { es } from './catalogue/es';
import { fr } from './catalogue/fr';
import { it } from './catalogue/it';
import { ja } from './catalogue/ja';
import { ptBR } from './catalogue/pt-BR';
import { zhCN } from './catalogue/zh-CN';
import type { Locale } from './locales';

export const CATALOGUES: Record<Locale, Catalogue> = { en, es, 'pt-BR': ptBR, de, fr, it, ja, 'zh-CN': zhCN };
