import type { Messages } from '../../message';
import type { BannerKey } from './en';

export const bannerFr: Record<BannerKey, Messages[string]> = {
  'banner.collapse': 'Réduire',
  'banner.expand': 'Afficher Seller Guard',
  'banner.move': 'Déplacer',
  'banner.move-label': 'Déplacer Seller Guard dans un autre coin de la page',
  'banner.save-report': 'Enregistrer un rapport de mise en page',
  'banner.report-what':
    'Le rapport ne contient que la structure de cette page : chaque nom, nombre et adresse y est remplacé par x et 9. Il ne part nulle part si vous ne l’envoyez pas vous-même ; le README de Seller Guard indique où.',
  'banner.report-saved': 'Rapport de mise en page enregistré dans vos téléchargements : {file}',
  'banner.report-failed': 'Le rapport de mise en page n’a pas pu être enregistré. Rechargez la page et réessayez.',
  'banner.figure-where':
    'Seller Guard prend le chiffre sur {link} : ouvrez-la une fois, et il s’affiche ici sur chaque commande.',
  'banner.figure-page.amazon': 'Santé du compte',
  'banner.figure-page.ebay': 'Niveau vendeur',
  'banner.figure-page.mercadolibre': 'Réputation',
  'banner.figure-page.tiktok': 'Santé de la boutique',

  'ticked.over': {
    plural: 'count',
    one: 'Annuler vous-même la commande cochée qui compte : {from, percent} → {to, percent} (au-dessus de {limit, percent} à {counted} sur {total})',
    other:
      'Annuler vous-même les {count} commandes cochées qui comptent : {from, percent} → {to, percent} (au-dessus de {limit, percent} à {counted} sur {total})',
  },
  'ticked.under': {
    plural: 'count',
    one: 'Annuler vous-même la commande cochée qui compte : {from, percent} → {to, percent} (encore sous {limit, percent})',
    other:
      'Annuler vous-même les {count} commandes cochées qui comptent : {from, percent} → {to, percent} (encore sous {limit, percent})',
  },
  'ticked.no-figure': {
    plural: 'count',
    one: '{count} commande cochée compterait dans le taux ; il n’y a pas encore de chiffre auquel l’ajouter.',
    other: '{count} commandes cochées compteraient dans le taux ; il n’y a pas encore de chiffre auquel les ajouter.',
  },
  'ticked.none-count': {
    plural: 'count',
    one: 'La commande cochée ne compterait pas dans le taux.',
    other: 'Aucune des {count} commandes cochées ne compterait dans le taux.',
  },
  'ticked.order': '{order} : {why}',
  'ticked.more': {
    plural: 'count',
    one: '…et {count} autre commande cochée.',
    other: '…et {count} autres commandes cochées.',
  },
  'ticked.past-cancelling': {
    plural: 'count',
    one: '{count} commande cochée est déjà expédiée ou annulée.',
    other: '{count} commandes cochées sont déjà expédiées ou annulées.',
  },
};
