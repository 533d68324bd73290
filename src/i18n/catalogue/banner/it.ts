import type { Messages } from '../../message';
import type { BannerKey } from './en';

export const bannerIt: Record<BannerKey, Messages[string]> = {
  'banner.collapse': 'Comprimi',
  'banner.expand': 'Mostra Seller Guard',
  'banner.move': 'Sposta',
  'banner.move-label': 'Sposta Seller Guard in un altro angolo della pagina',
  'banner.save-report': 'Salva un rapporto di layout',
  'banner.report-what':
    'Il rapporto contiene solo come è costruita questa pagina: ogni nome, numero e indirizzo è sostituito da x e 9. Non va da nessuna parte se non lo invii tu; il README di Seller Guard dice dove.',
  'banner.report-saved': 'Rapporto di layout salvato nei tuoi download: {file}',
  'banner.report-failed': 'Non è stato possibile salvare il rapporto di layout. Ricarica la pagina e riprova.',
  'banner.figure-where': 'Seller Guard prende il dato da {link}: aprila una volta e comparirà qui su ogni ordine.',
  'banner.figure-page.amazon': 'Stato dell’account',
  'banner.figure-page.ebay': 'Livello venditore',
  'banner.figure-page.mercadolibre': 'Reputazione',
  'banner.figure-page.tiktok': 'Salute del negozio',

  'ticked.over': {
    plural: 'count',
    one: 'Annullare tu l’ordine selezionato che conta: {from, percent} → {to, percent} (oltre {limit, percent} con {counted} su {total})',
    other:
      'Annullare tu i {count} ordini selezionati che contano: {from, percent} → {to, percent} (oltre {limit, percent} con {counted} su {total})',
  },
  'ticked.under': {
    plural: 'count',
    one: 'Annullare tu l’ordine selezionato che conta: {from, percent} → {to, percent} (ancora sotto {limit, percent})',
    other:
      'Annullare tu i {count} ordini selezionati che contano: {from, percent} → {to, percent} (ancora sotto {limit, percent})',
  },
  'ticked.no-figure': {
    plural: 'count',
    one: '{count} ordine selezionato conterebbe nel tasso; non c’è ancora un dato a cui sommarlo.',
    other: '{count} ordini selezionati conterebbero nel tasso; non c’è ancora un dato a cui sommarli.',
  },
  'ticked.none-count': {
    plural: 'count',
    one: 'L’ordine selezionato non conterebbe nel tasso.',
    other: 'Nessuno dei {count} ordini selezionati conterebbe nel tasso.',
  },
  'ticked.order': '{order}: {why}',
  'ticked.more': {
    plural: 'count',
    one: '…e {count} altro ordine selezionato.',
    other: '…e altri {count} ordini selezionati.',
  },
  'ticked.past-cancelling': {
    plural: 'count',
    one: '{count} ordine selezionato è già spedito o annullato.',
    other: '{count} ordini selezionati sono già spediti o annullati.',
  },
};
