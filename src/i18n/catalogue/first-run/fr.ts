import type { Messages } from '../../message';
import type { FirstRunKey } from './en';

export const firstRunFr: Record<FirstRunKey, Messages[string]> = {
  'common.privacy': 'Politique de confidentialité',

  'access.missing':
    'Seller Guard ne peut pas voir vos pages vendeur : le navigateur ne lui a pas donné accès à ces sites.',
  'access.grant': 'Autoriser sur les sites vendeur',
  'access.granted': 'Accès accordé. Rechargez vos pages vendeur et Seller Guard les lira.',
  'access.refused': 'L’accès n’a pas été accordé.',
  'access.how':
    'Vous pouvez aussi l’autoriser dans les réglages des modules du navigateur : dans Firefox, Modules et thèmes › Seller Guard › Permissions ; dans Chrome et Edge, Extensions › Seller Guard › Détails › Accès aux sites.',

  'welcome.title': 'Bienvenue dans Seller Guard',
  'welcome.intro':
    'Seller Guard vous prévient avant qu’une annulation nuise à votre compte vendeur, et vous montre la voie qui ne compte pas contre vous.',
  'welcome.demo-jump': 'Première fois ? Essayez d’abord la démo.',
  'welcome.start-heading': 'D’abord, laissez-le lire votre chiffre',
  'welcome.start':
    'Ouvrez une fois la page où votre plateforme affiche son chiffre d’annulations. Ensuite, chaque page de commande montre où vous en êtes et ce qu’une annulation changerait.',
  'welcome.marketplace': 'Place de marché',
  'welcome.open.amazon': 'Ouvrir Santé du compte',
  'welcome.open.ebay': 'Ouvrir Niveau vendeur',
  'welcome.open.mercadolibre': 'Ouvrir Réputation',
  'welcome.open.tiktok': 'Ouvrir Santé de la boutique',
  'welcome.open.etsy': 'Ouvrir vos commandes vendues',
  'welcome.open.aliexpress': 'Ouvrir vos commandes',
  'welcome.no-figure': '{platform} ne publie pas de taux d’annulation : Seller Guard y lit vos commandes.',
  'welcome.reads-heading': 'Ce qu’il lit',
  'welcome.reads':
    'Uniquement vos propres pages vendeur, quand elles sont ouvertes : la commande devant vous, vos listes de commandes et les chiffres de la plateforme elle-même, comme le taux d’annulation d’Amazon.',
  'welcome.sites-heading': 'Sur quels sites',
  'welcome.sites': 'Sur ces sites et aucun autre :',
  'welcome.local-heading': 'Rien ne quitte votre ordinateur',
  'welcome.local':
    'Ce que Seller Guard lit et conserve reste dans ce navigateur, sur cet ordinateur. Il ne fait aucune requête réseau, n’a ni compte ni serveur et ne charge de code de nulle part.',
  'welcome.demo-heading': 'L’essayer sur des pages d’exemple',
  'welcome.demo':
    'Le code source de Seller Guard contient des pages vendeur d’exemple avec des commandes inventées. Dans son dossier, lancez ceci ; Chromium s’ouvre avec Seller Guard sur les exemples :',
  'welcome.demo-headless':
    'Sans écran, {command} visite chaque page d’exemple, enregistre des captures et affiche ce qu’il a lu.',

  'privacy.title': 'Politique de confidentialité de Seller Guard',
  'privacy.updated': 'Dernière mise à jour : {date, date}.',
  'privacy.summary': 'Seller Guard garde ce qu’il lit sur votre ordinateur et n’envoie rien nulle part.',
  'privacy.stored-heading': 'Ce qui est conservé',
  'privacy.stored-orders':
    'Les commandes que vous ouvrez sur vos pages vendeur : numéro de commande, dates, articles, prix, statut, le nom de l’acheteur affiché par la page, et si l’acheteur a demandé l’annulation. Les adresses ne sont jamais conservées, seulement une courte empreinte qui indique à Seller Guard qu’une adresse a changé.',
  'privacy.stored-figures':
    'Les chiffres de la plateforme sur les pages que vous ouvrez, comme votre taux d’annulation, avec le moment où ils ont été lus.',
  'privacy.stored-events':
    'Ce qui est arrivé à chaque commande (vue, annulée, remboursée…), les conseils affichés et les brouillons de message que vous avez écrits ou utilisés.',
  'privacy.stored-settings':
    'Vos réglages : politique de la boutique, modèles, marge d’alerte, et le coin et la taille du bandeau sur chaque site.',
  'privacy.where-heading': 'Où',
  'privacy.where':
    'Dans le stockage de ce navigateur réservé à Seller Guard, sur cet ordinateur. Les sites web ne peuvent pas le lire ; une page vendeur ne reçoit que les chiffres qui la concernent.',
  'privacy.how-long-heading': 'Combien de temps',
  'privacy.how-long':
    'Jusqu’à ce que vous le supprimiez. Paramètres › Tout supprimer efface tout ; les événements plus anciens que le nombre de mois choisi dans les Paramètres sont supprimés d’eux-mêmes ; retirer Seller Guard retire son stockage. Ce que le bouton de la barre d’outils sait de chaque onglet ouvert disparaît à la fermeture du navigateur.',
  'privacy.sent-heading': 'Ce qui est envoyé',
  'privacy.sent':
    'Rien. Seller Guard ne fait aucune requête réseau et n’a ni serveur, ni compte, ni statistiques, ni publicité. Il ne fonctionne que sur les sites vendeur qu’il indique et ne charge aucun code extérieur.',
  'privacy.files':
    'Les fichiers que vous enregistrez vous-même restent là où vous les mettez : les exports (Paramètres › Exporter) et les rapports de mise en page, qui ne contiennent que la structure d’une page, chaque nom, nombre et adresse remplacé.',

  'store.long-description':
    'Seller Guard prévient les vendeurs des places de marché avant qu’une annulation nuise à leur compte.\n\nSur vos propres pages vendeur, il lit la commande devant vous et les chiffres de la plateforme elle-même, puis affiche dans un petit bandeau : votre taux d’annulation actuel, le taux si vous annulez cette commande, combien d’annulations tiennent encore sous la limite, et la voie qui ne compte pas contre vous (sur Amazon, la demande d’annulation de l’acheteur lui-même).\n\n• Amazon Seller Central sur toutes les places de marché, Etsy et AliExpress ; eBay, Mercado Libre et TikTok Shop à l’arrivée de leurs lecteurs.\n• Cochez plusieurs commandes dans la liste Amazon, comme les doublons d’une acheteuse âgée, et voyez le taux si vous les annulez toutes, et lesquelles ne compteraient pas.\n• Des actions classées pour la commande (annuler, demander à l’acheteur d’en faire la demande, rembourser, proposer un retour…) avec la règle de la plateforme derrière chacune, et un brouillon de message dans la langue de l’acheteur.\n• Les commandes en double signalées dans votre liste ; un historique des annulations et des raisons des acheteurs.\n• Une page qu’il ne sait pas lire le dit et n’affiche aucun chiffre : jamais un chiffre faux.\n\nPrivé par conception : tout reste dans votre navigateur. Pas de compte, pas de serveur, pas de requête réseau, pas de statistiques.',
};
