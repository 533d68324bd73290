// The manifest crxjs builds from: manifest.json's fixed parts, plus the host access and the
// content scripts' match patterns made from the one list of seller origins
// (src/sites/seller-origins.ts) and each site's pages, so the two can never drift apart.
import base from '../manifest.json' with { type: 'json' };
import { PAGE_WORLD_SCRIPTS } from '../src/page-world/observed-pages.ts';
import { FRAME_STARTER_PATHS, originsOf, SELLER_ORIGINS, STARTER_PATHS } from '../src/sites/seller-origins.ts';
import type { SellerSite } from '../src/shared/guard-script.ts';

const SITES = Object.keys(STARTER_PATHS) as SellerSite[];

const patterns = (site: SellerSite, paths: readonly string[]): string[] =>
  originsOf(site).flatMap((origin) => paths.map((path) => `${origin}${path}`));

export type SellerManifest = typeof base & {
  version: string;
  host_permissions: string[];
  content_scripts: {
    matches: string[];
    js: string[];
    run_at: 'document_start';
    world?: 'MAIN';
    all_frames: boolean;
  }[];
};

export function sellerManifest(version: string, fixed: object = base): SellerManifest {
  for (const key of ['host_permissions', 'content_scripts', 'optional_host_permissions'])
    if (key in fixed)
      throw new Error(
        `manifest.json must not list ${key}: build/manifest.ts makes it from src/sites/seller-origins.ts`,
      );
  return {
    ...(fixed as typeof base),
    version,
    host_permissions: SELLER_ORIGINS.map((origin) => `${origin}/*`),
    content_scripts: [
      {
        matches: SITES.flatMap((site) => patterns(site, STARTER_PATHS[site])),
        js: ['src/content/index.iife.ts'],
        run_at: 'document_start',
        all_frames: false,
      },
      ...PAGE_WORLD_SCRIPTS.map((script) => ({
        matches: patterns(script.site, script.paths),
        js: [script.file],
        run_at: 'document_start' as const,
        world: 'MAIN' as const,
        all_frames: false as const,
      })),
      // The one entry that runs in frames: the message frames' own paths, on their site's origins.
      ...SITES.filter((site) => FRAME_STARTER_PATHS[site]).map((site) => ({
        matches: patterns(site, FRAME_STARTER_PATHS[site]!),
        js: ['src/content/index.iife.ts'],
        run_at: 'document_start' as const,
        all_frames: true,
      })),
    ],
  };
}
