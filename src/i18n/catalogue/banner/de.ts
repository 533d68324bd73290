import type { Messages } from '../../message';
import type { BannerKey } from './en';

export const bannerDe: Record<BannerKey, Messages[string]> = {
  'banner.collapse': 'Einklappen',
  'banner.expand': 'Seller Guard anzeigen',
  'banner.move': 'Verschieben',
  'banner.move-label': 'Seller Guard in eine andere Ecke der Seite verschieben',
  'banner.save-report': 'Layout-Bericht speichern',
  'banner.report-what':
    'Der Bericht enthält nur den Aufbau dieser Seite: Jeder Name, jede Zahl und jede Adresse darin ist durch x und 9 ersetzt. Er geht nirgendwohin, außer Sie schicken ihn selbst; wohin, steht in der README von Seller Guard.',
  'banner.report-saved': 'Layout-Bericht in Ihren Downloads gespeichert: {file}',
  'banner.report-failed':
    'Der Layout-Bericht konnte nicht gespeichert werden. Laden Sie die Seite neu und versuchen Sie es noch einmal.',
  'banner.figure-where':
    'Seller Guard liest die Kennzahl auf {link}: Öffnen Sie die Seite einmal, dann steht sie hier bei jeder Bestellung.',
  'banner.figure-page.amazon': 'Kontozustand',
  'banner.figure-page.ebay': 'Verkäuferstatus',
  'banner.figure-page.mercadolibre': 'Reputation',
  'banner.figure-page.tiktok': 'Shop-Zustand',

  'ticked.over': {
    plural: 'count',
    one: 'Die markierte Bestellung, die zählt, selbst stornieren: {from, percent} → {to, percent} (über {limit, percent} bei {counted} von {total})',
    other:
      'Die {count} markierten Bestellungen, die zählen, selbst stornieren: {from, percent} → {to, percent} (über {limit, percent} bei {counted} von {total})',
  },
  'ticked.under': {
    plural: 'count',
    one: 'Die markierte Bestellung, die zählt, selbst stornieren: {from, percent} → {to, percent} (noch unter {limit, percent})',
    other:
      'Die {count} markierten Bestellungen, die zählen, selbst stornieren: {from, percent} → {to, percent} (noch unter {limit, percent})',
  },
  'ticked.no-figure': {
    plural: 'count',
    one: '{count} markierte Bestellung würde zur Stornorate zählen; es gibt noch keine Kennzahl, zu der sie hinzukäme.',
    other:
      '{count} markierte Bestellungen würden zur Stornorate zählen; es gibt noch keine Kennzahl, zu der sie hinzukämen.',
  },
  'ticked.none-count': {
    plural: 'count',
    one: 'Die markierte Bestellung würde nicht zur Stornorate zählen.',
    other: 'Keine der {count} markierten Bestellungen würde zur Stornorate zählen.',
  },
  'ticked.order': '{order}: {why}',
  'ticked.more': {
    plural: 'count',
    one: '…und {count} weitere markierte Bestellung.',
    other: '…und {count} weitere markierte Bestellungen.',
  },
  'ticked.past-cancelling': {
    plural: 'count',
    one: '{count} markierte Bestellung ist schon versandt oder storniert.',
    other: '{count} markierte Bestellungen sind schon versandt oder storniert.',
  },
};
