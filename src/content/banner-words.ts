// The banner's words: asked of the background once per page (the content script carries no
// catalogue of its own), in the language the seller wants for this marketplace.
import type { Platform } from '../core/types';
import { createTranslator, type Translator } from '../i18n/format';
import { isBannerText } from '../messages/background-replies';
import { askBackground } from './ask-background';

let asked: Promise<Translator | undefined> | undefined;

async function ask(platform: Platform, marketplace: string): Promise<Translator | undefined> {
  const reply = await askBackground({ type: 'cs/banner-text', platform, marketplace }).catch(() => undefined);
  return isBannerText(reply) ? createTranslator(reply.messages, reply.lang) : undefined;
}

/** The translator for this page; asked again after a failure (the background may have been restarting). */
export async function bannerWords(platform: Platform, marketplace: string): Promise<Translator | undefined> {
  asked ??= ask(platform, marketplace);
  const words = await asked;
  if (!words) asked = undefined;
  return words;
}
