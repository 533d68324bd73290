// The page-world observers the manifest runs in the MAIN world at document_start, and where:
// only on pages whose own JSON a reader uses (build/manifest.ts makes their match patterns).
import type { SellerSite } from '../shared/guard-script';

export interface PageWorldScript {
  file: string;
  site: SellerSite;
  paths: readonly string[];
}

export const PAGE_WORLD_SCRIPTS: readonly PageWorldScript[] = [
  // Manage Orders builds its rows from /orders-api/search (src/sites/amazon/orders-api.ts).
  { file: 'src/page-world/observe-orders-api.iife.ts', site: 'amazon', paths: ['/orders-v3*'] },
];
