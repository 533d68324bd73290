// The guard for Mercado Libre's sales pages in every country we read (built as
// src/content/guard-mercadolibre.js, see ../run-guard.ts): the sales list, a sale's detail, its
// chat. The reputation page has its own (./mercadolibre-reputation.ts).
import { mercadoLibreSalesPages } from '../../sites/mercadolibre/sales-pages';
import { isMercadoLibreOrigin } from '../../sites/mercadolibre/marketplaces';
import { runGuard } from '../run-guard';

runGuard(mercadoLibreSalesPages, isMercadoLibreOrigin);
