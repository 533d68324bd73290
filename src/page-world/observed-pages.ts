// The page-world observers the manifest runs in the MAIN world at document_start, and where:
// only on pages whose own JSON a reader uses (build/manifest.ts makes their match patterns).
import type { SellerSite } from '../shared/guard-script';
import { PAGE_WORLD_PATHS } from './channel';
import { MERCADOLIBRE_PAGE_WORLD_PATHS } from './mercadolibre-paths';

export interface PageWorldScript {
  file: string;
  site: SellerSite;
  paths: readonly string[];
}

export const PAGE_WORLD_SCRIPTS: readonly PageWorldScript[] = [
  { file: 'src/page-world/observe-page-json.iife.ts', site: 'amazon', paths: PAGE_WORLD_PATHS },
  // The seller centre is one app that moves between its pages without reloading: the answers of the
  // orders list, detail and shop health are made wherever the seller happens to be (./tiktok-paths.ts).
  { file: 'src/page-world/observe-tiktok.iife.ts', site: 'tiktok', paths: ['/*'] },
  // The sales list builds its cards from its own bricks answer (src/sites/mercadolibre/sales-bricks.ts).
  { file: 'src/page-world/observe-page-json.iife.ts', site: 'mercadolibre', paths: MERCADOLIBRE_PAGE_WORLD_PATHS },
];
