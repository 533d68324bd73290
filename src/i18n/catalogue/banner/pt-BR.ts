import type { Messages } from '../../message';
import type { BannerKey } from './en';

export const bannerPtBR: Record<BannerKey, Messages[string]> = {
  'banner.collapse': 'Recolher',
  'banner.expand': 'Mostrar o Seller Guard',
  'banner.move': 'Mover',
  'banner.move-label': 'Mover o Seller Guard para outro canto da página',
  'banner.save-report': 'Salvar um relatório de layout',
  'banner.report-what':
    'O relatório contém apenas como esta página é montada: cada nome, número e endereço é trocado por x e 9. Ele não vai a lugar nenhum, a não ser que você o envie; o README do Seller Guard diz para onde.',
  'banner.report-saved': 'Relatório de layout salvo nos seus downloads: {file}',
  'banner.report-failed': 'Não foi possível salvar o relatório de layout. Recarregue a página e tente de novo.',
  'banner.figure-where':
    'O Seller Guard lê o número em {link}: abra essa página uma vez e ele aparece aqui em cada pedido.',
  'banner.figure-page.amazon': 'Saúde da conta',
  'banner.figure-page.ebay': 'Nível de vendedor',
  'banner.figure-page.mercadolibre': 'Reputação',
  'banner.figure-page.tiktok': 'Saúde da loja',

  'ticked.over': {
    plural: 'count',
    one: 'Cancelar você mesmo o pedido marcado que conta: {from, percent} → {to, percent} (acima de {limit, percent} com {counted} de {total})',
    other:
      'Cancelar você mesmo os {count} pedidos marcados que contam: {from, percent} → {to, percent} (acima de {limit, percent} com {counted} de {total})',
  },
  'ticked.under': {
    plural: 'count',
    one: 'Cancelar você mesmo o pedido marcado que conta: {from, percent} → {to, percent} (ainda abaixo de {limit, percent})',
    other:
      'Cancelar você mesmo os {count} pedidos marcados que contam: {from, percent} → {to, percent} (ainda abaixo de {limit, percent})',
  },
  'ticked.no-figure': {
    plural: 'count',
    one: '{count} pedido marcado contaria na taxa; ainda não há número ao qual somá-lo.',
    other: '{count} pedidos marcados contariam na taxa; ainda não há número ao qual somá-los.',
  },
  'ticked.none-count': {
    plural: 'count',
    one: 'O pedido marcado não contaria na taxa.',
    other: 'Nenhum dos {count} pedidos marcados contaria na taxa.',
  },
  'ticked.order': '{order}: {why}',
  'ticked.more': {
    plural: 'count',
    one: '…e mais {count} pedido marcado.',
    other: '…e mais {count} pedidos marcados.',
  },
  'ticked.past-cancelling': {
    plural: 'count',
    one: '{count} pedido marcado já foi enviado ou cancelado.',
    other: '{count} pedidos marcados já foram enviados ou cancelados.',
  },
};
