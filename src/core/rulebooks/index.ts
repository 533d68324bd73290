import type { Platform } from '../types';
import type { Rulebook } from './rulebook';
import { aliexpress } from './aliexpress';
import { amazon } from './amazon';
import { ebay } from './ebay';
import { etsy } from './etsy';
import { mercadolibre } from './mercadolibre';
import { tiktok } from './tiktok';

export const RULEBOOKS: Record<Platform, Rulebook> = { amazon, etsy, aliexpress, ebay, mercadolibre, tiktok };

export function rulebookFor(platform: Platform): Rulebook {
  return RULEBOOKS[platform];
}

export * from './advice-rules';
export * from './messaging';
export * from './metric';
export * from './rule';
export * from './rulebook';
