// The page-world observers the manifest runs in the MAIN world at document_start, and where:
// only on pages whose own JSON a reader uses (build/manifest.ts makes their match patterns).
import type { SellerSite } from '../shared/guard-script';
import { PAGE_WORLD_PATHS } from './channel';

export interface PageWorldScript {
  file: string;
  site: SellerSite;
  paths: readonly string[];
}

export const PAGE_WORLD_SCRIPTS: readonly PageWorldScript[] = [
  { file: 'src/page-world/observe-page-json.iife.ts', site: 'amazon', paths: PAGE_WORLD_PATHS },
];
