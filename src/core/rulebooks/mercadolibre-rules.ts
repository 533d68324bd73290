// Mercado Libre's rules as stated in ../shared/research/policies.md §5, and the messaging limits of
// seller-dom-wave2.md §2.5 (the 350-character box, the reason picker, moderation).
import { checkedRules } from './rule';

const HELP = 'https://global-selling.mercadolibre.com/help/16622';
const LIMITS = 'https://global-selling.mercadolibre.com/help/what-the-changes-in-reputation-are_27672';
const PRACTICES =
  'https://global-selling.mercadolibre.com/learning-center/news/follow-these-best-practices-to-avoid-potential-sanctions';
const limits = (id: string, covers: string[], row: string) => ({
  id,
  sourceKind: 'official' as const,
  source: LIMITS,
  covers,
  says: `Maximum rates per colour, ${row} (older copies of the table show other numbers).`,
});

export const mercadolibreRules = checkedRules('2026-12-01', [
  {
    id: 'mercadolibre.colours',
    sourceKind: 'official',
    source: HELP,
    says: 'The thermometer runs red, orange, yellow, light green, green, plus MercadoLíder Silver, Gold, Platinum; new sellers are grey until their first 10 sales.',
  },
  {
    id: 'mercadolibre.variables',
    sourceKind: 'official',
    source: HELP,
    says: 'Three variables make the colour: claims, cancellations by the seller ("Canceled by you") and delayed handling; MercadoLíderes also have a mediations limit.',
  },
  {
    id: 'mercadolibre.window',
    sourceKind: 'official',
    source: HELP,
    says: 'Reputation covers the last 60 days, or the last 365 days with fewer than 10 sales (a third-party copy says 40).',
  },
  {
    id: 'mercadolibre.window-learning',
    sourceKind: 'official',
    source: 'https://global-selling.mercadolibre.com/learning-center/news/seller-reputation-learn-how-it-works',
    says: 'Learning centre: the last 3 months plus the current month, or the whole history under 40 sales; the official pages disagree, so the period the page states wins.',
  },
  limits(
    'mercadolibre.limits.br',
    ['BR'],
    'Brazil: canceled by you 0.5% Leader / 1.5% green / 3.5% yellow / 4% orange / red above; claims 1 / 2 / 4.5 / 8%; late shipping 6 / 10 / 18 / 22%',
  ),
  limits(
    'mercadolibre.limits.mx',
    ['MX'],
    'Mexico: canceled by you 0.5% Leader / 1% green / 2.5% yellow / 3% orange / red above; claims 1 / 1.5 / 3 / 6%; late shipping 8 / 10 / 15 / 22%',
  ),
  {
    ...limits(
      'mercadolibre.limits.ar',
      ['AR'],
      'Argentina as Mexico: canceled by you 0.5 / 1 / 2.5 / 3%; claims 1 / 1.5 / 3 / 6%; late shipping 8 / 10 / 15 / 22%',
    ),
    source: HELP,
  },
  limits(
    'mercadolibre.limits.co-cl',
    ['CO', 'CL'],
    'Colombia and Chile: canceled by you 1.5% Leader / 2.5% green / 7% yellow / 9% orange / red above; claims 2.5 / 3.5 / 5.5 / 7%; late shipping 10 / 12 / 18 / 26%',
  ),
  {
    id: 'mercadolibre.mediations',
    sourceKind: 'official',
    source: LIMITS,
    covers: ['BR', 'MX', 'AR', 'CO', 'CL'],
    says: 'MercadoLíderes keep mediations (claims Mercado Libre steps into) at 0.5% at most.',
  },
  {
    id: 'mercadolibre.handling',
    sourceKind: 'official',
    source: HELP,
    says: 'Hand the parcel to the carrier within 72 h of the order to avoid a delayed-handling count (Global Selling: a policy of at most 4 days).',
  },
  {
    id: 'mercadolibre.cancel.who-asked',
    sourceKind: 'third-party',
    source:
      'https://www.bling.mx/blog/comercio-eletronico/marketplace/mercado-libre/como-cancelar-venta-mercado-libre/',
    says: 'Any sale refunded before the buyer receives it counts as cancelled, whoever asked for the cancellation; over 2.5% could get you suspended.',
  },
  {
    id: 'mercadolibre.claims.2-days',
    sourceKind: 'official',
    source: PRACTICES,
    says: 'A claim does not affect reputation if the buyer closes it saying you helped, or if you resolve it within 2 business days.',
  },
  {
    id: 'mercadolibre.exclusion',
    sourceKind: 'official',
    source: 'https://vendedores.mercadolibre.com.ar/blog/notas/conoce-las-reglas-de-exclusion/',
    covers: ['AR'],
    says: 'An exclusion review can be requested for buyer error, a purchase the buyer does not recognise, "not received" though delivered, remorse with a perfect product, carrier delays within the dispatch time.',
  },
  {
    id: 'mercadolibre.no-exclusion',
    sourceKind: 'official',
    source: 'https://sellers.mercadolibre.com/news/when-to-request-a-reputation-exclusion-review/',
    says: 'No exclusion for out of stock, late or no dispatch, orders Mercado Libre auto-cancelled, or messages not answered within 8 business hours (72 for Global Selling).',
  },
  {
    id: 'mercadolibre.buyer-cancel',
    sourceKind: 'third-party',
    source: 'https://amp.telediario.mx/comunidad/mercado-libre-como-cancelar-una-compra',
    says: 'Before shipping the buyer can use "Cancelar compra" in Mis compras: the sale is cancelled and refunded in full.',
  },
  {
    id: 'mercadolibre.returns',
    sourceKind: 'third-party',
    source:
      'https://radioinfinitagoya.com.ar/v1/2024/02/09/te-arrepentiste-como-cancelar-una-compra-de-mercado-libre-paso-a-paso',
    says: 'Argentina: free returns ("Devolver gratis") within 30 days of receipt.',
  },
  {
    id: 'mercadolibre.messaging',
    sourceKind: 'official',
    source: PRACTICES,
    says: 'Keep all contact in the order messages: no flyers pushing contact elsewhere, do not discourage complaints, no offensive language.',
  },
  {
    id: 'mercadolibre.fee-avoidance',
    sourceKind: 'official',
    source: 'https://ayuda.mercadolibre.com.mx/ayuda/T-cnicas-para-eludir-la-estruc_1231',
    covers: ['MX'],
    says: 'No personal contact data and no deals outside Mercado Libre in descriptions, answers or messages.',
  },
  {
    id: 'mercadolibre.messaging.moderation',
    sourceKind: 'official',
    source: 'https://developers.mercadolibre.com.ar/en_us/blocked-messages',
    sourceDate: 'last updated 10/10/2024',
    says: 'Messages are moderated: contact data, links and URL shorteners are blocked; a conversation blocks 30 days after its last message or when the buyer blocks it.',
  },
  {
    id: 'mercadolibre.messaging.reason-first',
    sourceKind: 'official',
    source: 'https://developers.mercadolibre.com.ar/en_us/what-is-messaging',
    sourceDate: 'last updated 21/02/2024',
    says: 'The seller can start a post-sale conversation only by choosing a reason; the buyer can always write and the seller can always reply.',
  },
  {
    id: 'mercadolibre.messaging.length',
    sourceKind: 'third-party',
    source: 'https://glama.ai/mcp/servers/gustavossouza/mcp_mercadolivre/tools/send_message',
    says: "Post-sale messages hold 350 characters, counted as the browser counts them (an emoji is 2): a seller tool's page code and this tool's description agree (seller-dom-wave2.md §2.5).",
  },
  {
    id: 'mercadolibre.messaging.filter',
    sourceKind: 'third-party',
    source: 'https://mercadoliderpro.com/en/blog/banned-words-mercadolibre-messages',
    says: 'The automatic filter holds messages with words that point outside Mercado Libre, like WhatsApp, Telegram and Instagram, whatever the intent.',
  },
]);
