// UI text from public/_locales (chrome.i18n), in the browser's UI language.
import { i18n } from '../shared/browser';

export const t = (key: string, ...substitutions: (string | number)[]): string => i18n.t(key, substitutions.map(String));

/** Message keys cannot hold "-": `changed-mind` → `sit_changed_mind`. */
export const keyed = (prefix: string, id: string): string => t(`${prefix}_${id.replaceAll('-', '_')}`);
