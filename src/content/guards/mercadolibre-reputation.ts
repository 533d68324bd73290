// The guard for Mercado Libre's reputation page (built as src/content/guard-mercadolibre-reputation.js).
import { mercadoLibreReputationPages } from '../../sites/mercadolibre/reputation-pages';
import { isMercadoLibreOrigin } from '../../sites/mercadolibre/marketplaces';
import { runGuard } from '../run-guard';

runGuard(mercadoLibreReputationPages, isMercadoLibreOrigin);
