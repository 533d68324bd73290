import type { Messages } from '../../message';
import type { BannerKey } from './en';

export const bannerEs: Record<BannerKey, Messages[string]> = {
  'banner.collapse': 'Contraer',
  'banner.expand': 'Mostrar Seller Guard',
  'banner.move': 'Mover',
  'banner.move-label': 'Mover Seller Guard a otra esquina de la página',
  'banner.save-report': 'Guardar un informe de diseño',
  'banner.report-what':
    'El informe solo contiene cómo está construida esta página: cada nombre, número y dirección se sustituye por x y 9. No va a ninguna parte salvo que lo envíes tú; el README de Seller Guard dice adónde.',
  'banner.report-saved': 'Informe de diseño guardado en tus descargas: {file}',
  'banner.report-failed': 'No se pudo guardar el informe de diseño. Recarga la página y vuelve a intentarlo.',
  'banner.figure-where': 'Seller Guard toma la cifra de {link}: ábrela una vez y aparecerá aquí en cada pedido.',
  'banner.figure-page.amazon': 'Estado de la cuenta',
  'banner.figure-page.ebay': 'Nivel de vendedor',
  'banner.figure-page.mercadolibre': 'Reputación',
  'banner.figure-page.tiktok': 'Salud de la tienda',

  'ticked.over': {
    plural: 'count',
    one: 'Si cancelas tú el pedido marcado que cuenta: {from, percent} → {to, percent} (por encima de {limit, percent} con {counted} de {total})',
    other:
      'Si cancelas tú los {count} pedidos marcados que cuentan: {from, percent} → {to, percent} (por encima de {limit, percent} con {counted} de {total})',
  },
  'ticked.under': {
    plural: 'count',
    one: 'Si cancelas tú el pedido marcado que cuenta: {from, percent} → {to, percent} (aún por debajo de {limit, percent})',
    other:
      'Si cancelas tú los {count} pedidos marcados que cuentan: {from, percent} → {to, percent} (aún por debajo de {limit, percent})',
  },
  'ticked.no-figure': {
    plural: 'count',
    one: '{count} pedido marcado contaría para la tasa; todavía no hay cifra a la que sumarlo.',
    other: '{count} pedidos marcados contarían para la tasa; todavía no hay cifra a la que sumarlos.',
  },
  'ticked.none-count': {
    plural: 'count',
    one: 'El pedido marcado no contaría para la tasa.',
    other: 'Ninguno de los {count} pedidos marcados contaría para la tasa.',
  },
  'ticked.order': '{order}: {why}',
  'ticked.more': {
    plural: 'count',
    one: '…y {count} pedido marcado más.',
    other: '…y {count} pedidos marcados más.',
  },
  'ticked.past-cancelling': {
    plural: 'count',
    one: '{count} pedido marcado ya está enviado o cancelado.',
    other: '{count} pedidos marcados ya están enviados o cancelados.',
  },
};
