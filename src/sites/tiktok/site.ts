// What every TikTok Shop page type shares: the platform, and the region its host serves as marketplace.
import { tiktokRegionOf } from './regions';

export const marketplace = (url: URL): string => tiktokRegionOf(url)?.code ?? '';
export const tiktok = { platform: 'tiktok' as const, marketplace };
