import type { Catalogue } from './en';
import { bannerFr } from './banner/fr';
import { firstRunFr } from './first-run/fr';

export const fr: Catalogue = {
  ...bannerFr,
  ...firstRunFr,
  extName: 'Seller Guard',
  extDescription:
    'Prévient les vendeurs des places de marché avant qu’une annulation ne nuise à leur compte, et propose la voie qui ne compte pas.',
  actionTitle: 'Seller Guard : risque et réponses pour cette commande',

  'level.ok': 'OK',
  'level.near': 'Proche de la limite',
  'level.over': 'Au-dessus de la limite',
  'level.unknown': 'Pas encore de chiffre',
  'level.none': 'Pas de limite d’annulation',

  'banner.reading': 'Lecture de la page…',
  'banner.open-popup': 'Réponses et actions…',
  'banner.failed': 'Seller Guard n’a pas pu lire cette page ; il n’affiche donc aucun chiffre ici.',
  'banner.not-saved': 'Seller Guard a lu cette page mais n’a pas pu l’enregistrer ; il n’affiche donc aucun chiffre.',
  'banner.no-answer': 'Le service en arrière-plan n’a pas répondu ; rechargez la page pour réessayer.',
  'banner.counts-for-reputation': 'Compte pour votre réputation',
  'banner.thread-empty':
    'Aucun message dans cette conversation pour l’instant : Mercado Libre ne vous laisse la commencer qu’en choisissant un motif, donc « Insérer dans la page » attend qu’une zone de message apparaisse.',
  'banner.thread-blocked':
    'Cette conversation n’accepte plus de messages (30 jours sans message, ou bloquée par l’acheteur), donc « Insérer dans la page » est désactivé.',
  'storage.full':
    'L’espace de stockage de cet ordinateur pour Seller Guard est plein. Libérez de l’espace disque ou supprimez d’anciens enregistrements dans les options de Seller Guard.',
  'storage.failed': 'L’enregistrement a échoué ; il sera retenté au prochain changement de la page.',

  'read-failure.layout-unknown': 'Seller Guard ne connaît pas encore la mise en page de cette page.',
  'read-failure.figure-missing': 'Le chiffre que cherche Seller Guard ne figure pas sur cette page.',
  'read-failure.figures-disagree': 'Les chiffres de la page se contredisent ; aucun n’est donc affiché.',
  'read-failure.status-unknown': 'Seller Guard ne connaît pas le statut d’une commande.',
  'read-failure.id-invalid': 'Un numéro de commande n’a pas le format de cette plateforme.',
  'read-failure.order-mismatch': 'La commande affichée n’est pas celle de la barre d’adresse.',
  'read-failure.rows-unreadable': 'Les lignes de commandes n’ont pas pu être lues.',
  'read-failure.page-data-invalid': 'Les données propres à la page n’ont pas la forme attendue par Seller Guard.',
  'read-failure.reader-error': 'La lecture de cette page s’est arrêtée sur une erreur.',
  'read-failure.page-not-ready':
    'Cette page construit encore ses chiffres ; Seller Guard a attendu, ils ne sont pas apparus.',

  'metric.cancellation-rate': 'Taux d’annulation',
  'metric.transaction-defect-rate': 'Taux de transactions à problème',
  'metric.cancelled-by-you': 'Annulées par vous',
  'metric.seller-fault-cancellation-rate': 'Taux d’annulation imputable au vendeur',
  'metric-inline.cancellation-rate': 'taux d’annulation',
  'metric-inline.transaction-defect-rate': 'taux de transactions à problème',
  'metric-inline.cancelled-by-you': 'taux « annulées par vous »',
  'metric-inline.seller-fault-cancellation-rate': 'taux d’annulation imputable au vendeur',
  'effect-metric.cancellations': 'Annulations',
  'effect-metric.claims': 'Réclamations',
  'effect-metric.listing': 'Offre',
  'flow.generic': 'la demande d’annulation de la plateforme',
  'flow.amazon': 'Vos commandes › Demander l’annulation',
  'flow.ebay': 'Historique des achats › Annuler cette commande',
  'flow.aliexpress': 'Commande › Demander l’annulation',
  'flow.mercadolibre': 'Mis compras › Cancelar compra',
  'flow.tiktok': 'Commande › Annuler la commande',
  'escalation.amazon': 'réclamation au titre de la garantie A à Z',
  'escalation.etsy': 'dossier Etsy',
  'escalation.aliexpress': 'litige AliExpress',
  'escalation.ebay': 'dossier Garantie client eBay',
  'escalation.mercadolibre': 'médiation Mercado Libre',
  'escalation.tiktok': 'recours TikTok Shop',

  'guard.headline': '{metric} : {rate, percent} ({counted} sur {total}), limite {limit, percent} sur {days} jours.',
  'guard.headline-rate': '{metric} : {rate, percent}, limite {limit, percent} sur {days} jours.',
  'guard.no-figure-platform': '{platform} : pas encore de chiffre.',
  'guard.no-rate': 'Aucun taux à projeter.',
  'guard.no-figure':
    'Pas encore de chiffre pour le {metric} : ouvrez la page sur la santé du compte pour que Seller Guard lise le chiffre de la plateforme.',
  'guard.few-orders': {
    plural: 'seen',
    one: 'Pas encore de chiffre pour le {metric} ({seen} seule commande vue sur les {days} derniers jours) : ouvrez la page sur la santé du compte pour que Seller Guard lise le chiffre de la plateforme.',
    other:
      'Pas encore de chiffre pour le {metric} (seulement {seen} commandes vues sur les {days} derniers jours) : ouvrez la page sur la santé du compte pour que Seller Guard lise le chiffre de la plateforme.',
  },
  'guard.cannot-compute': 'Impossible de calculer le taux : {why}.',
  'guard.rate-only':
    'La plateforme a affiché le taux sans le nombre de commandes ; aucune projection n’est donc possible.',
  'guard.no-metric.etsy':
    'Etsy ne publie aucune limite d’annulation ; les annulations pèsent via les avis, les dossiers et les normes de service client.',
  'guard.no-metric.aliexpress':
    'AliExpress ne publie aucun seuil chiffré de non-exécution ; les annulations imputables au vendeur comptent tout de même comme « non vendu » sur 7 et 30 jours.',
  'guard.headroom-none': 'Plus aucune annulation vendeur ne tient sous {limit, percent} sur cette période.',
  'guard.headroom': {
    plural: 'left',
    one: 'Encore {left} annulation vendeur tient sous {limit, percent} sur cette période.',
    other: 'Encore {left} annulations vendeur tiennent sous {limit, percent} sur cette période.',
  },
  'guard.small-shop':
    'Avec {total} commandes sur la période, une seule annulation vendeur représente à elle seule {one, percent}.',
  'guard.relief': 'L’annulation comptée la plus ancienne que nous avons vue sort de la période le {at, date}.',
  'guard.observed-only':
    'Calculé uniquement à partir des commandes vues ici ; ouvrez la santé du compte pour le chiffre de la plateforme.',
  'guard.other-window': 'Sur {days} jours : {rate, percent} (limite {limit, percent}).',
  'guard.other-window-unknown': 'Sur {days} jours : pas encore de chiffre.',
  'guard.window-unverified':
    'La plateforme n’indique pas elle-même cette période de {days} jours ; elle provient de sources tierces.',
  'guard.shipped': 'Déjà expédiée : ne pas la livrer maintenant est un remboursement ou un retour, pas une annulation.',
  'guard.buyer-request-free':
    'Cet acheteur a utilisé la demande d’annulation de {platform} : annuler avec le motif {reason} ne comptera pas.',
  'guard.consecutive': {
    plural: 'recent',
    one: 'Vous avez déjà annulé vous-même {recent} commande ces {days} derniers jours : {count} annulations vendeur d’affilée peuvent entraîner le retrait de l’offre.',
    other:
      'Vous avez déjà annulé vous-même {recent} commandes ces {days} derniers jours : {count} annulations vendeur d’affilée peuvent entraîner le retrait de l’offre.',
  },
  'guard.self-cancel': {
    plural: 'left',
    one: 'Pendant encore {left} minute, l’acheteur peut annuler seul cette commande dans {flow}, et cela ne compte pas ({sure}).',
    other:
      'Pendant encore {left} minutes, l’acheteur peut annuler seul cette commande dans {flow}, et cela ne compte pas ({sure}).',
  },
  'guard.answer-request': 'Répondez à la demande de l’acheteur {within} ({sure}).',
  'guard.repeat-buyer': {
    plural: 'count',
    one: 'Cet acheteur a {count} autre commande annulée, remboursée ou contestée.',
    other: 'Cet acheteur a {count} autres commandes annulées, remboursées ou contestées.',
  },
  'projection.over':
    'Si vous annulez vous-même cette commande : {from, percent} → {to, percent} (au-dessus de {limit, percent} avec {counted} sur {total})',
  'projection.under':
    'Si vous annulez vous-même cette commande : {from, percent} → {to, percent} (toujours sous {limit, percent})',
  'count.platform-fulfilled': 'Les commandes expédiées par la plateforme sont hors du {metric}.',
  'count.asked-via-platform':
    'L’acheteur a demandé via la demande propre à {platform} : annuler avec le motif {reason} ne compte pas.',
  'count.asked-via-message': 'L’acheteur a demandé par message : annuler avec le motif {reason} ne compte pas.',
  'count.buyer-reason-misused': 'Le motif {reason} sans demande de l’acheteur enregistrée compte quand même.',
  'count.message-only':
    'Une demande faite seulement par message n’est pas la voie de la plateforme : cette annulation compte.',
  'count.seller': 'Une annulation du vendeur compte dans le {metric}.',
  'hint.never-ask':
    '{platform} interdit de demander à l’acheteur d’annuler : s’il le demande, annulez avec le motif {reason} et gardez la conversation.',
  'hint.ask-not-out-of-stock':
    'Si l’acheteur veut annuler, demandez-lui d’utiliser {flow} : alors cela ne compte pas. Jamais pour une commande en rupture de stock : celle-là, annulez-la vous-même avec le motif {reason}.',
  'hint.ask': 'Si l’acheteur veut annuler, demandez-lui d’utiliser {flow}.',
  'input.no-time': 'pas d’heure actuelle valide',
  'input.unknown-platform': 'plateforme inconnue {platform}',
  'input.rate-not-percent': 'le taux {rate} n’est pas un pourcentage',
  'input.counts-not-whole': 'les nombres de commandes ne sont pas des entiers',
  'input.counted-over-total': '{counted} sur {total}, c’est plus que toutes les commandes',
  'input.snapshot-no-time': 'le chiffre n’a pas d’heure de lecture valide',
  'input.margin-range': 'le seuil d’alerte doit se situer entre 0 et 100 % de la limite',
  'input.threshold-range': 'la limite saisie doit être un pourcentage supérieur à 0',
  'input.window-range': 'la période saisie doit compter de 1 à 400 jours entiers',
  'duplicate.summary': {
    plural: 'count',
    one: '{count} commande de cette page semble être un doublon ; elle est signalée dans la liste.',
    other: '{count} commandes de cette page semblent être des doublons ; elles sont signalées dans la liste.',
  },
  'duplicate.flag': 'Doublon possible : {buyer} a passé {count} commandes du même article en moins de {hours} h.',
  'guard.auto-cancel-soon': {
    plural: 'count',
    one: '{platform} annulera de lui-même {count} commande de cette page d’ici 24 h si vous n’agissez pas ; elle est signalée dans la liste.',
    other:
      '{platform} annulera de lui-même {count} commandes de cette page d’ici 24 h si vous n’agissez pas ; elles sont signalées dans la liste.',
  },
  'guard.auto-cancel-flag': '{platform} annule de lui-même cette commande le {at, datetime} si vous n’agissez pas.',
  'guard.decline-by-tracking-soon': {
    plural: 'count',
    one: 'Expédiée, avec la demande d’annulation de l’acheteur encore ouverte : refusez {count} demande de cette page en ajoutant le suivi dans {platform} ; elle est signalée dans la liste.',
    other:
      'Expédiées, avec la demande d’annulation de l’acheteur encore ouverte : refusez {count} demandes de cette page en ajoutant le suivi dans {platform} ; elles sont signalées dans la liste.',
  },
  'guard.decline-by-tracking-flag': 'Expédiée, annulation demandée : refusez-la en ajoutant le suivi dans {platform}.',
  'guard.decline-by-tracking-flag-by':
    'Expédiée, annulation demandée : refusez-la en ajoutant le suivi avant le {at, datetime}, sinon {platform} l’accepte.',
  'cancel-warning.no-request':
    'Aucune demande de l’acheteur n’est enregistrée pour cette commande : le motif {reason} compte tout de même dans votre taux d’annulation.',
  'cancel-warning.pick-buyer-reason':
    'L’acheteur a demandé cette annulation : choisissez {reason} pour qu’elle ne compte pas.',

  'advice.confirm': 'L’acheteur a demandé via {flow} : annulez avec le motif {reason}.',
  'advice.confirm-within':
    'L’acheteur a demandé via {flow} : annulez avec le motif {reason} et répondez à la demande {within}.',
  'advice.ask': 'Demandez à l’acheteur d’utiliser {flow} ; une annulation qu’il y demande ne compte pas contre vous.',
  'advice.ask-self-cancel': {
    plural: 'left',
    one: 'Pendant encore {left} minute, l’acheteur peut annuler seul cette commande ; ensuite, une annulation qu’il demande dans {flow} ne compte pas non plus contre vous.',
    other:
      'Pendant encore {left} minutes, l’acheteur peut annuler seul cette commande ; ensuite, une annulation qu’il demande dans {flow} ne compte pas non plus contre vous.',
  },
  'advice.cancel-buyer-reason': 'Annulez vous-même avec le motif {reason}.',
  'advice.cancel-no-ask':
    '{platform} interdit de demander à l’acheteur d’annuler : annulez avec le motif de l’acheteur et gardez la conversation comme preuve.',
  'advice.keep-chat':
    'Gardez la conversation où l’acheteur l’a demandé : {platform} en a besoin pour traiter l’annulation comme demandée par l’acheteur.',
  'advice.cancel-uncounted':
    'Annulez avec le motif {reason} : {platform} ne compte pas une annulation demandée par l’acheteur.',
  'advice.cancel-seller-only':
    'Sur {platform}, seul le vendeur peut annuler : annulez avec « demandé par l’acheteur » et un remboursement intégral.',
  'advice.check-duplicates':
    'Vérifiez auprès de l’acheteur avant de toucher à quoi que ce soit : les commandes répétées étaient-elles voulues ?',
  'advice.cancel-out-of-stock':
    'Annulez vous-même avec le motif {reason}, expliquez pourquoi à l’acheteur et remboursez intégralement.',
  'advice.offer-similar':
    'Si un article similaire est en stock, proposez-le avant d’annuler : une vente conservée est une annulation évitée.',
  'advice.order-address-only': '{platform} demande aux vendeurs d’expédier uniquement à l’adresse de la commande.',
  'advice.ask-reorder':
    'Si l’acheteur a besoin d’une autre adresse, il demande l’annulation et commande à nouveau : cela ne compte pas.',
  'advice.update-address':
    'Pas encore expédiée : faites confirmer la nouvelle adresse par l’acheteur dans la messagerie de la plateforme, puis modifiez-la avant l’expédition.',
  'advice.ship-to-order-address':
    'Si le changement ne peut pas être enregistré sur la commande, expédiez à l’adresse de la commande.',
  'advice.remind-payment': 'Rappelez à l’acheteur de payer avant d’annuler.',
  'advice.cancel-unpaid': 'Annulez avec « l’acheteur n’a pas payé » une fois passé le délai que vous avez laissé.',
  'advice.hold-for-fraud':
    'N’expédiez pas encore : gardez les détails de la commande, les messages et toute incohérence que vous avez remarquée.',
  'advice.report-fraud': 'Signalez-le à {platform} et attendez sa réponse avant d’expédier ou d’annuler.',
  'advice.answer-claim':
    'L’acheteur a ouvert une réclamation ({escalation}) : répondez-y avec vos preuves, dans le délai imparti.',
  'advice.evidence-not-received': 'Rassemblez le suivi, les scans du transporteur et vos messages.',
  'advice.tracking-not-due': 'La date de livraison n’est pas passée : partagez le suivi et rassurez l’acheteur.',
  'advice.refund-overdue':
    'La date de livraison est passée : remboursez (ou renvoyez) avant que l’acheteur n’ouvre une réclamation ; une réclamation remboursée après coup compte tout de même.',
  'advice.replacement-if-wanted': 'Ou envoyez un article de remplacement si l’acheteur le veut toujours.',
  'advice.tracking-share': 'Partagez ce qu’indique le transporteur, pour que l’acheteur sache où en est le colis.',
  'advice.evidence-photos': 'Demandez des photos ; gardez des captures de l’annonce et les messages.',
  'advice.replacement': 'Envoyez un article de remplacement : l’acheteur reçoit ce qu’il a payé et rien ne s’envenime.',
  'advice.refund-before-claim': 'Ou remboursez maintenant, avant qu’une réclamation soit ouverte.',
  'advice.partial-refund': 'Si l’acheteur veut bien garder l’article, un remboursement partiel règle la question.',
  'advice.ask-photo': 'Demandez une photo du dommage ou de la différence.',
  'advice.redirect-parcel': 'Déjà expédiée : demandez au transporteur de rediriger ou de retourner le colis.',
  'advice.keep-delivery-proof': 'Gardez le suivi et la preuve de livraison.',
  'advice.decline-late':
    'Livrée il y a plus de {days} jours, hors de votre délai de retour : refusez poliment et expliquez pourquoi.',
  'advice.store-credit': 'Votre boutique propose un avoir : un geste commercial qui garde l’acheteur.',
  'advice.offer-return': 'Elle est expédiée et ne peut plus être annulée : proposez un retour selon votre politique.',
  'advice.intercept-before-delivery': 'Ou faites-la retourner par le transporteur avant la livraison.',
  'advice.decline-shipped': 'Expliquez aimablement que les commandes expédiées se retournent, mais ne s’annulent pas.',
  'advice.ask-why-cancelled':
    'La commande est close. Une question courte et neutre sur la raison de l’annulation vous aide à corriger la cause ; pas de demande d’avis, et une seule fois.',
  'effect.no-cancellation': 'Aucune annulation n’est faite.',
  'effect.refund-after-claim': 'Un remboursement après l’ouverture d’une réclamation compte tout de même comme défaut.',
  'effect.resolve-before-claim': 'Régler le problème avant une réclamation la tient hors de votre taux de défauts.',
  'effect.projected': '{why} {from, percent} → {to, percent} (limite {limit, percent}).',

  'lint.links': 'Les liens ne sont pas autorisés dans ces messages.',
  'lint-fix.links': 'Retirez le lien ; décrivez plutôt en mots où cliquer.',
  'lint.email': 'Les adresses e-mail ne sont pas autorisées.',
  'lint-fix.email': 'Retirez l’adresse e-mail ; gardez l’échange dans la messagerie de la plateforme.',
  'lint.phone': 'Les numéros de téléphone ne sont pas autorisés.',
  'lint-fix.phone': 'Retirez le numéro de téléphone.',
  'lint.emoji': 'Les emoji ne sont pas autorisés.',
  'lint-fix.emoji': 'Retirez l’emoji.',
  'lint.marketing': 'La publicité et les promotions ne sont pas autorisées ici.',
  'lint-fix.marketing': 'Retirez l’offre ou la mention de réduction.',
  'lint.review-request': 'Ne demandez pas d’avis ni d’évaluation dans ce message.',
  'lint-fix.review-request': 'Retirez la demande d’avis.',
  'lint.off-platform': 'Le contact ou le paiement en dehors de la plateforme n’est pas autorisé.',
  'lint-fix.off-platform': 'Retirez le nom de l’application ou du moyen de paiement extérieur.',
  'lint.ask-buyer-to-cancel': 'Cette plateforme interdit de demander à l’acheteur d’annuler.',
  'lint-fix.ask-buyer-to-cancel':
    'Dites que vous avez annulé (ou que vous allez expédier) au lieu de demander à l’acheteur d’annuler.',
  'lint.max-length': '{platform} autorise {max} caractères ; ce brouillon en compte {length}.',
  'lint-fix.max-length': 'Raccourcissez le message.',
  'lint.order-id': 'Indiquez le numéro de commande dans le message.',
  'lint-fix.order-id': 'Ajoutez {orderId}.',
  'draft-note.reply-within': '{platform} attend une réponse aux messages des acheteurs {within} ({sure}).',
  'draft-note.max-length': 'Les messages sur {platform} comptent au plus {max} caractères.',

  'status.unpaid': 'En attente de paiement',
  'status.unshipped': 'Pas encore expédiée',
  'status.shipped': 'Expédiée',
  'status.delivered': 'Livrée',
  'status.cancelled': 'Annulée',
  'status.unknown': 'Inconnu',
  'situation.changed-mind': 'A changé d’avis',
  'situation.duplicate-order': 'Commande en double',
  'situation.out-of-stock': 'Rupture de stock',
  'situation.address-change': 'Changement d’adresse',
  'situation.not-received': 'Non reçue',
  'situation.damaged': 'Endommagée',
  'situation.not-as-described': 'Non conforme',
  'situation.payment-problem': 'Problème de paiement',
  'situation.suspected-fraud': 'Fraude suspectée',
  'situation.late-cancellation': 'Annulation tardive',
  'asked.platform-request': 'Via la plateforme',
  'asked.message': 'Par message',
  'asked.seller': 'Personne : mon idée',
  'action.confirm-buyer-cancellation': 'Confirmer l’annulation de l’acheteur',
  'action.ask-buyer-to-request-cancellation': 'Demander à l’acheteur de demander l’annulation',
  'action.cancel': 'Annuler la commande',
  'action.decline-cancellation': 'Refuser poliment',
  'action.offer-return': 'Proposer un retour',
  'action.refund': 'Rembourser',
  'action.partial-refund': 'Remboursement partiel',
  'action.replacement': 'Envoyer un remplacement',
  'action.store-credit': 'Proposer un avoir',
  'action.update-address': 'Modifier l’adresse',
  'action.ship-to-order-address': 'Expédier à l’adresse de la commande',
  'action.intercept-shipment': 'Intercepter l’envoi',
  'action.provide-tracking': 'Partager le suivi',
  'action.gather-evidence': 'Rassembler des preuves',
  'action.escalate-to-platform': 'Répondre à la réclamation sur la plateforme',
  'action.contact-buyer': 'Contacter l’acheteur',
  'action.ask-why-cancelled': 'Demander pourquoi il a annulé',
  'event.order-seen': 'commande vue',
  'event.status-changed': 'statut modifié',
  'event.cancellation': 'annulation',
  'event.cancel-request-seen': 'demande d’annulation de l’acheteur',
  'event.refund': 'remboursement',
  'event.return-requested': 'retour demandé',
  'event.dispute-opened': 'litige ouvert',
  'event.address-changed': 'adresse modifiée',
  'event.draft-used': 'brouillon utilisé',
  'event.advice-given': 'conseil affiché',
  'event.advice-outcome': 'conseil suivi ?',
  'outcome.counted': 'a compté dans le taux',
  'outcome.not-counted': 'n’a pas compté',
  'outcome.followed': 'conseil suivi',
  'outcome.not-followed': 'conseil non suivi',

  'common.loading': 'Chargement…',
  'common.saved': 'Enregistré.',
  'common.not-saved': 'Non enregistré : {why}',
  'common.yes': 'oui',
  'common.no': 'non',
  'common.none': '—',
  'common.history': 'Historique',
  'common.settings': 'Paramètres',

  'popup.no-tab': 'Aucun onglet à examiner.',
  'popup.open-seller-page':
    'Ouvrez une commande, la liste des commandes ou la santé du compte sur Amazon Seller Central, Etsy ou AliExpress : Seller Guard les lit là.',
  'popup.could-not-read': 'Seller Guard n’a pas pu lire cette page ; il n’affiche donc aucun chiffre.',
  'popup.advice-failed': "Les conseils n'ont pas pu être chargés : fermez la fenêtre et rouvrez-la.",
  'order.title': 'Commande {id}',
  'order.buyer': 'Acheteur',
  'order.status': 'Statut',
  'order.ordered': 'Commandée le',
  'order.ship-by': 'À expédier avant le',
  'order.item': '{quantity} × {title}',
  'order.buyer-asked': 'L’acheteur a demandé l’annulation via la plateforme.',
  'order.buyer-asked-why': 'L’acheteur a demandé l’annulation via la plateforme : {reason}',
  'order.history': 'Historique de cette commande',
  'gauge.label': 'Garde des annulations',
  'gauge.now': 'Maintenant',
  'gauge.limit': 'limite',
  'gauge.if-you-cancel': 'si vous annulez',
  'situation.heading': 'Que s’est-il passé ?',
  'asked.heading': 'Comment l’acheteur a-t-il demandé ?',
  'actions.heading': 'Actions suggérées',
  'actions.none': 'Rien à faire pour cette commande dans cette situation.',
  'actions.reason-code': '(motif {reason})',
  'actions.rule': 'Règle : {rule}',
  'actions.effect': '{metric} : {detail}',
  'draft.heading': 'Message à l’acheteur',
  'draft.language': 'Langue',
  'draft.label': 'Brouillon du message',
  'draft.template': 'Modèle',
  'draft.built-in': 'Intégré',
  'draft.own-template': '{title} ({lang})',
  'draft.insert': 'Insérer dans la page',
  'draft.copy': 'Copier',
  'draft.not-saved': 'Le brouillon n’a pas pu être enregistré.',
  'draft.copied': 'Copié.',
  'draft.inserted': 'Inséré dans la zone de message. Relisez-le là et envoyez-le vous-même.',
  'draft.no-box.amazon':
    'Pas de zone de message sur cette page : ouvrez la commande, cliquez sur le nom de l’acheteur (« Contacter l’acheteur »), puis de nouveau sur Insérer.',
  'draft.no-box.etsy':
    'Pas de zone de message sur cette page : ouvrez la conversation avec l’acheteur dans Messages, puis de nouveau sur Insérer.',
  'draft.no-box.aliexpress':
    'Pas de zone de message sur cette page : ouvrez le détail de la commande et son panneau de messages, puis de nouveau sur Insérer.',
  'draft.no-box': 'Pas de zone de message sur cette page.',
  'draft.no-message-needed': 'Cette action ne demande aucun message à l’acheteur.',
  'draft.loading': 'Chargement du brouillon…',
  'draft.rules': 'Règles des messages',
  'draft.uses': 'Utilisations pour cette commande : {count}',
  'draft.use': '{at, datetime} · {how} · {lang}',
  'draft.how.inserted': 'inséré',
  'draft.how.copied': 'copié',

  'options.title': 'Paramètres de Seller Guard',
  'options.your-data': 'Vos données',
  'options.data-statement':
    'Seller Guard conserve ce qu’il lit sur vos pages vendeur (commandes, vos chiffres de la plateforme, annulations vues, brouillons) dans ce navigateur uniquement. Rien ne quitte cet ordinateur : l’extension ne fait aucune requête réseau.',
  'options.store-counts': '{orders} commandes, {figures} chiffres de la plateforme, {events} événements enregistrés.',
  'options.delete-everything': 'Tout supprimer…',
  'options.confirm-delete':
    'Supprimer toutes les commandes, chiffres, événements et brouillons que Seller Guard a enregistrés sur cet ordinateur ?',
  'options.deleted': 'Tout a été supprimé.',
  'options.could-not-delete': 'Suppression impossible : {why}',
  'options.could-not-read-data': 'Impossible de lire les données locales : {why}',
  'options.loading': 'Chargement des paramètres…',
  'options.save': 'Enregistrer les paramètres',
  'policy.heading': 'La politique de votre boutique',
  'policy.cancel-window': 'Délai d’annulation (heures)',
  'policy.return-window': 'Délai de retour (jours)',
  'policy.return-shipping': 'Frais de retour payés par',
  'policy.the-buyer': 'l’acheteur',
  'policy.my-shop': 'ma boutique',
  'policy.restocking-fee': 'Frais de remise en stock (%)',
  'policy.store-credit': 'Je propose des avoirs',
  'policy.signature': 'Signature des messages',
  'policy.retention': 'Supprimer les événements de plus de (mois, 0 = conserver)',
  'policy.warn-from': 'Alerter à partir de (% de la limite)',
  'policy.banner-language': 'Langue de l’encart sur les pages vendeur',
  'policy.banner-language.marketplace': 'La langue de la place de marché',
  'policy.banner-language.browser': 'La langue de mon navigateur',
  'limits.heading': 'Limites d’annulation',
  'limits.intro':
    'La limite de chaque plateforme est affichée ; saisissez-en une autre pour la remplacer (les règles changent).',
  'limits.checked-on': '{platform} — règles vérifiées le {date, date}',
  'limits.rules-old': ' — vérifiées il y a {days} jours : la plateforme a peut-être changé ses règles, vérifiez-les.',
  'limits.none': 'Aucune limite d’annulation publiée.',
  'limits.market': '{market} : {limit, percent} sur {days} jours ({confidence})',
  'limits.also-window': 'aussi sur {days} jours',
  'limits.long-window': 'sur {days} jours avec moins de {min} commandes',
  'limits.platform-value': 'valeur de la plateforme',
  'templates.heading': 'Vos modèles de message',
  'templates.none': 'Aucun pour l’instant. Les modèles intégrés restent toujours disponibles.',
  'templates.entry': '{platform}, {action}, {lang}',
  'templates.edit': 'Modifier',
  'templates.delete': 'Supprimer',
  'templates.title': 'Titre',
  'templates.platform': 'Plateforme',
  'templates.action': 'Action',
  'templates.language': 'Langue',
  'templates.text': 'Texte ({buyer}, {orderId}, {item}, {returnDays}, {signature} …)',
  'templates.starter': 'Bonjour {buyer},\n\nAu sujet de la commande {orderId} : \n\n{signature}',
  'templates.add': 'Ajouter le modèle',
  'templates.save-changes': 'Enregistrer les modifications',
  'templates.saved': 'Modèle enregistré.',
  'transfer.export-json': 'Exporter (JSON)',
  'transfer.export-csv': 'Exporter les événements (CSV)',
  'transfer.import': 'Importer un fichier d’export',
  'transfer.imported':
    'Importé : {orders} nouvelles commandes, {events} nouveaux événements, {drafts} nouveaux brouillons.',
  'transfer.import-failed': 'Rien n’a été importé : {why}',
  'refusal.unknown-sender': 'La demande ne venait pas de Seller Guard lui-même ; elle a été refusée.',
  'refusal.malformed': 'La demande n’avait pas une forme acceptée par Seller Guard ; rien n’a été fait.',
  'refusal.untrusted-reading':
    'Ce que montrait cette page n’a pas passé les contrôles de Seller Guard (commandes d’une autre page ou dates impossibles) ; aucun chiffre n’est affiché.',
  'refusal.not-injected': 'Seller Guard n’a pas pu démarrer sur cette page ; rechargez-la pour réessayer.',
  'refusal.no-order': 'Cet onglet n’affiche plus cette commande.',
  'refusal.import-refused': 'Le fichier n’a pas pu être importé ; rien n’a été modifié.',
  'refusal.storage': 'L’enregistrement a échoué ; rien n’a été enregistré à moitié. Réessayez dans un instant.',
  'refusal.storage-full':
    'L’espace de stockage de Seller Guard sur cet ordinateur est plein. Libérez de l’espace disque ou supprimez d’anciens enregistrements dans les options.',
  'refusal.failed': 'Seller Guard n’a pas pu le faire ; réessayez, et rechargez l’extension si cela se reproduit.',
  'refusal.no-answer': 'Le processus d’arrière-plan n’a pas répondu.',
  'import-problem.not-export': 'Ce n’est pas un fichier d’export de Seller Guard. Rien n’a été importé.',
  'import-problem.newer':
    'Ce fichier a été écrit par une version plus récente de Seller Guard (format {version}) ; mettez l’extension à jour pour l’importer. Rien n’a été importé.',
  'import-problem.damaged': 'Le fichier est endommagé à {where} : {issue}. Rien n’a été importé.',
  'import-issue.unknown-field': 'un champ que ce format ne comporte pas',
  'import-issue.missing': 'une valeur obligatoire manque',
  'import-issue.wrong-type': 'la valeur n’est pas du bon type',
  'import-issue.not-allowed-value': 'la valeur n’est pas permise pour ce champ',
  'import-issue.out-of-range': 'le nombre est hors des limites possibles',
  'import-issue.too-long': 'le texte est trop long',
  'import-issue.bad-date': 'une date antérieure à 2000 ou dans le futur',
  'import-issue.not-marketplace': 'pas une place de marché de cette plateforme',
  'import-issue.not-order-number': 'pas au format des numéros de commande de cette plateforme',
  'import-issue.key-mismatch': 'sa clé ne correspond pas à sa plateforme et à sa commande',
  'import-issue.invalid': 'la valeur n’est pas valide',
  'transfer.not-json': 'le fichier n’est pas du JSON.',
  'csv.time': 'heure',
  'csv.platform': 'plateforme',
  'csv.marketplace': 'place_de_marché',
  'csv.order': 'commande',
  'csv.event': 'événement',
  'csv.detail': 'détail',
  'csv.counts': 'compte_dans_le_taux',
  'csv.page': 'page',

  'history.title': 'Historique de Seller Guard',
  'history.filters': 'Filtres',
  'history.platform': 'Plateforme',
  'history.marketplace': 'Place de marché',
  'history.from': 'Du',
  'history.to': 'Au',
  'history.event': 'Événement',
  'history.reason': 'Motif',
  'history.outcome': 'Résultat',
  'history.order': 'Commande',
  'history.all': 'tous',
  'history.at-a-glance': 'En un coup d’œil',
  'history.share':
    '{total} annulations enregistrées : {counted} ont compté dans votre taux, {notCounted} non, parce que l’acheteur a utilisé la demande propre à la plateforme ({saved, percent}).',
  'history.why-buyers-asked': 'Pourquoi les acheteurs ont demandé : {reasons}.',
  'history.reason-count': '{reason} ({count})',
  'history.no-reason': 'aucun motif indiqué',
  'history.repeat-buyers': 'Acheteurs avec plusieurs commandes annulées, remboursées ou contestées : {buyers}.',
  'history.events-all': 'Événements ({total})',
  'history.events-counting': 'Événements ({shown} plus récents, décompte en cours…)',
  'history.events-of': 'Événements ({shown} plus récents sur {total})',
  'history.col-time': 'Heure',
  'history.col-detail': 'Détail',
  'history.col-counts': 'Compte',
  'chart.label': '{platform} {marketplace} : {points}',
  'chart.label-limit': '{platform} {marketplace} : {points} ; limite {limit, percent}',
  'chart.point': '{at, date} {rate, percent}',
  'detail.status-change': '{from} → {to}',
  'detail.cancelled-platform-request': 'demande de l’acheteur via la plateforme',
  'detail.cancelled-message': 'l’acheteur a demandé par message ; annulée par le vendeur',
  'detail.cancelled-seller': 'annulée par le vendeur',
  'detail.reason-picked': 'motif choisi : {reason}',
  'detail.joined': '{first} ; {second}',
  'detail.request-platform': 'via la plateforme',
  'detail.request-message': 'par message',
  'detail.refund.full': 'remboursement intégral',
  'detail.refund.partial': 'remboursement partiel',
  'detail.refund.requested': 'remboursement demandé',
  'detail.address-changed': 'L’adresse de livraison a changé.',
  'detail.draft-used': '{how} ({action}, {lang})',
  'detail.advice-outcome': '{action} : {outcome}',

  // Policy truth (issue #15): the ladders, deadlines and regional rules the guard and the
  // advice now follow on every platform, the rules' certainty, and drafts split for short boxes.
  'guard.no-metric.unsourced':
    'Seller Guard n’a trouvé aucune limite d’annulation publiée pour ce marché : il n’en juge donc aucune ici.',
  'guard.standing.cancellations': {
    plural: 'left',
    one: 'Actuellement {band} (limite {limit, percent}) : encore {left} annulation comptée avant {next}.',
    other: 'Actuellement {band} (limite {limit, percent}) : encore {left} annulations comptées avant {next}.',
  },
  'guard.standing.defects': {
    plural: 'left',
    one: 'Actuellement {band} (limite {limit, percent}) : encore {left} défaut avant {next}.',
    other: 'Actuellement {band} (limite {limit, percent}) : encore {left} défauts avant {next}.',
  },
  'guard.standing.cases': {
    plural: 'left',
    one: 'Actuellement {band} (limite {limit, percent}) : encore {left} litige avant {next}.',
    other: 'Actuellement {band} (limite {limit, percent}) : encore {left} litiges avant {next}.',
  },
  'guard.standing-rate': 'Actuellement {band} (limite {limit, percent}).',
  'guard.standing-last': 'Actuellement {band}, le dernier palier.',
  'guard.before.cancellations': {
    plural: 'left',
    one: 'Encore {left} annulation comptée avant {band}.',
    other: 'Encore {left} annulations comptées avant {band}.',
  },
  'guard.before.defects': {
    plural: 'left',
    one: 'Encore {left} défaut avant {band}.',
    other: 'Encore {left} défauts avant {band}.',
  },
  'guard.before.cases': {
    plural: 'left',
    one: 'Encore {left} litige avant {band}.',
    other: 'Encore {left} litiges avant {band}.',
  },
  'guard.unique-buyers-assumed':
    'Ce seuil exige {count} défauts d’acheteurs différents ; la page ne dit pas combien d’acheteurs, donc Seller Guard compte chaque défaut comme un acheteur différent.',
  'guard.limit-official-regional':
    'Cette limite vient des pages de {platform} pour d’autres marchés ; aucune n’a été trouvée pour celui-ci.',
  'guard.limit-third-party':
    '{platform} ne publie cette limite sur aucune page trouvée par Seller Guard : elle vient de sources tierces.',
  'guard.also-near': '{metric} {rate, percent} est proche de sa limite de {limit, percent} ({sure}).',
  'guard.also-over': '{metric} {rate, percent} dépasse sa limite de {limit, percent} ({sure}).',
  'guard.long-window':
    'Avec moins de {min} commandes sur {short} jours, {platform} mesure les {long} derniers jours ({sure}).',
  'guard.window-disputed':
    'Les pages de {platform} se contredisent sur cette période ({days} jours ici) ; celle qu’indique votre page prévaut.',
  'guard.level-held': 'Niveau vendeur {platform} jusqu’à la prochaine évaluation le {at, date} : {band}.',
  'guard.next-evaluation-stated':
    '{platform} évalue les vendeurs une fois par mois : prochaine évaluation le {at, date}, selon sa page.',
  'guard.next-evaluation':
    '{platform} évalue les vendeurs une fois par mois : prochaine évaluation le {at, date} ({sure}).',
  'guard.cancellation-fee':
    'Ici, chaque annulation par le vendeur coûte aussi {percent, percent} de la commission ({late, percent} après la date d’expédition prévue) ({sure}).',
  'guard.new-seller':
    '{platform} n’affiche aucune couleur avant vos {sales} premières ventes ; chaque annulation compte quand même ({sure}).',
  'guard.reason-buyer-free':
    'Si l’acheteur a demandé l’annulation (un message suffit), le motif {reason} n’est pas un défaut.',
  'guard.request-window': {
    plural: 'left',
    one: 'Pendant encore {left} minute, l’acheteur peut demander l’annulation via {flow} ; ensuite, sa demande vous arrivera par message ({sure}).',
    other:
      'Pendant encore {left} minutes, l’acheteur peut demander l’annulation via {flow} ; ensuite, sa demande vous arrivera par message ({sure}).',
  },
  'guard.auto-cancel':
    '{platform} annulera cette commande d’elle-même le {at, datetime} si elle n’est pas expédiée, et cette annulation compte ({sure}).',
  'guard.auto-cancel-request':
    '{platform} annulera cette commande d’elle-même le {at, datetime} si la demande reste sans réponse ({sure}).',
  'guard.decline-by-tracking':
    'Expédiée avec une demande d’annulation ouverte : ajoutez le suivi et {platform} refuse la demande.',
  'guard.decline-by-tracking-by':
    'Expédiée avec une demande d’annulation ouverte : ajoutez le suivi avant le {at, datetime} et {platform} refuse la demande ; ensuite il l’accepte de lui-même.',
  'projection.band': 'Si vous l’annulez : {from, percent} → {to, percent}, et vous passez à {band}.',
  'count.platform-says-not': 'La page de {platform} indique elle-même que cette vente ne compte pas contre vous.',
  'count.whoever-asked': '{platform} compte une annulation, quel que soit le demandeur.',
  'hint.buyer-reason':
    'Si l’acheteur veut annuler, annulez avec le motif {reason} : pas de défaut. Le motif {oos} est un défaut, même si l’acheteur l’a demandé.',
  'hint.explain-first':
    '{platform} compte chaque annulation, quel que soit le demandeur : expliquez et proposez d’abord une solution.',
  'advice.confirm-counts': 'L’acheteur a demandé via la plateforme : confirmez, mais {platform} la compte quand même.',
  'advice.ask-own-reason':
    'Demandez à l’acheteur de demander l’annulation via {flow} avec son propre motif : un motif qui met en cause le vendeur compte contre vous.',
  'advice.cancel-seller-reason':
    'C’est votre idée : annulez avec le motif {reason}, jamais celui de l’acheteur ; cela compte.',
  'advice.cancel-counts-anyway':
    'Si l’explication ne règle rien, annulez avec le bon motif : {platform} la compte même si l’acheteur l’a demandée.',
  'advice.explain-first':
    'Expliquez d’abord la situation et proposez une solution (article similaire, livraison plus tard, remboursement partiel) : ici, chaque annulation compte.',
  'advice.no-ask-out-of-stock':
    'Écrivez à l’acheteur que vous avez annulé et remboursé ; ne lui demandez jamais de demander lui-même l’annulation.',
  'advice.backorder':
    'Si l’article revient, donnez plus de délai de préparation à la commande (précommande, délai personnalisé) au lieu d’annuler.',
  'advice.cancel-address':
    'Si l’adresse est impossible à livrer et que l’acheteur ne la corrige pas, annulez avec le motif {reason}.',
  'advice.wait-pending':
    'La commande est encore en attente chez {platform} : ne l’expédiez pas ; si l’acheteur l’annule là-bas, cela ne compte pas.',
  'advice.unpaid-route':
    'Une fois le délai de paiement passé, utilisez la procédure d’objet impayé de {platform} : elle retire le défaut.',
  'advice.unpaid-no-rule':
    'Seller Guard n’a trouvé aucune règle de {platform} sur les commandes impayées : n’expédiez pas avant que le paiement apparaisse comme reçu.',
  'advice.report-fraud-removal':
    '{platform} retire le défaut lorsqu’il agit contre un acheteur frauduleux : signalez-le avec vos preuves.',
  'advice.platform-serves':
    '{platform} sert les acheteurs des commandes qu’il expédie : orientez l’acheteur vers son service client plutôt que de rembourser ou remplacer sur votre stock.',
  'advice.decline-by-tracking': 'Déjà expédiée : ajoutez le suivi et {platform} refuse la demande d’annulation.',
  'advice.answer-claim-within':
    'L’acheteur a ouvert une réclamation ({escalation}) : répondez-y avec vos preuves {within} ({sure}).',
  'advice.mediation': 'Si l’acheteur conteste, passez par la {escalation} avec vos preuves (suivi, photos, messages).',
  'advice.resolve-in-time':
    'Remboursez ou acceptez un retour {within} : une réclamation résolue à temps ne compte pas contre vous ({sure}).',
  'advice.resolve-claim':
    'Réglez-la avec l’acheteur (remboursement ou retour) : une réclamation résolue ne compte pas contre vous.',
  'advice.replacement-resolves': 'Ou envoyez un remplacement si l’acheteur le préfère : cela la règle aussi.',
  'advice.refund-during-claim':
    'Un remboursement la règle encore ; l’effet ci-dessous dit ce qu’il fait à vos indicateurs.',
  'advice.answer-request':
    'Répondez à l’acheteur {within} : remboursez, remplacez ou acceptez le retour, pour résoudre vous-même la demande.',
  'advice.answer-request-soon':
    'Répondez vite à l’acheteur : remboursez, remplacez ou acceptez le retour, pour résoudre vous-même la demande.',
  'advice.exclusion.delivered-not-received':
    'Le suivi indique « livré » : si la réclamation compte contre vous, demandez une révision d’exclusion.',
  'advice.exclusion.carrier-delay':
    'Si le transporteur a été en retard alors que vous avez expédié à temps, demandez une révision d’exclusion.',
  'advice.exclusion.remorse':
    'Si l’acheteur a simplement changé d’avis sur un produit parfait, demandez une révision d’exclusion.',
  'advice.exclusion.buyer-error': 'Si l’acheteur a commandé par erreur, demandez une révision d’exclusion.',
  'advice.claim-not-yet':
    'Une réclamation n’est possible que {days} jours après la dernière date de livraison estimée : partagez le suivi et rassurez d’abord l’acheteur.',
  'advice.no-tracking-reassure':
    'Cette commande n’a pas de suivi : dites à l’acheteur quand elle est partie et quand elle devrait arriver.',
  'advice.tracking-shows-delivered':
    'Montrez à l’acheteur le scan de livraison du transporteur et suggérez-lui de demander aux voisins.',
  'advice.refund-overdue-plain':
    'La date de livraison est passée : remboursez (ou renvoyez) maintenant plutôt que d’attendre une réclamation.',
  'advice.refund-before-claim-plain': 'Ou remboursez maintenant, avant que l’acheteur ne fasse remonter le problème.',
  'advice.offer-return-platform':
    'Elle est expédiée et ne peut plus être annulée : proposez un retour dans les {days} jours de la plateforme.',
  'advice.address-delivered': 'Elle a été livrée à l’adresse de la commande : aidez l’acheteur à la récupérer là-bas.',
  'advice.refund-your-call':
    'Si le colis ne peut pas être récupéré, le remboursement est votre décision (partiel, moins l’expédition, possible).',
  'effect.resolve-in-time': 'Résolue {within}, elle ne compte pas.',
  'effect.band': 'Vous passeriez à {band}.',
  'draft-note.starts-with-reason':
    '{platform} ne vous laisse ouvrir une conversation qu’en choisissant l’un de ses motifs ; l’acheteur peut toujours écrire en premier ({sure}).',
  'lint.filtered-words': 'Le filtre de messages de la plateforme bloque ce mot.',
  'lint-fix.filtered-words':
    'Retirez le nom de l’application ou du contact ; gardez la conversation dans les messages de la commande.',
  'metric.cases-closed': 'Litiges clos sans résolution par le vendeur',
  'metric.case-rate': 'Taux de litiges',
  'metric.claims': 'Réclamations',
  'metric.delayed-handling': 'Retards de préparation',
  'metric.mediations': 'Médiations',
  'metric-inline.cases-closed': 'litiges clos sans résolution par le vendeur',
  'metric-inline.case-rate': 'taux de litiges',
  'metric-inline.claims': 'taux de réclamations',
  'metric-inline.delayed-handling': 'taux de retards de préparation',
  'metric-inline.mediations': 'taux de médiations',
  'band.within': 'dans la limite',
  'band.over': 'au-delà de la limite',
  'band.top-rated': 'Top Rated',
  'band.above-standard': 'Au-dessus des exigences',
  'band.below-standard': 'En dessous des exigences',
  'band.leader': 'MercadoLíder',
  'band.green': 'vert',
  'band.yellow': 'jaune',
  'band.orange': 'orange',
  'band.red': 'rouge',
  'band.violation': 'une infraction (2 points et une limite de commandes)',
  'band.violation-severe': 'une infraction grave (4 points)',
  'band.order-limit-2': 'une limite de commandes plus stricte',
  'band.order-limit-3': 'la limite de commandes la plus stricte',
  'deadline.hours': { plural: 'amount', one: 'sous {amount} heure', other: 'sous {amount} heures' },
  'deadline.business-hours': {
    plural: 'amount',
    one: 'sous {amount} heure ouvrée',
    other: 'sous {amount} heures ouvrées',
  },
  'deadline.days': { plural: 'amount', one: 'sous {amount} jour', other: 'sous {amount} jours' },
  'deadline.business-days': { plural: 'amount', one: 'sous {amount} jour ouvré', other: 'sous {amount} jours ouvrés' },
  'deadline.working-days': {
    plural: 'amount',
    one: 'sous {amount} jour ouvrable',
    other: 'sous {amount} jours ouvrables',
  },
  'action.wait-for-platform': 'Attendre la plateforme',
  'action.report-unpaid': 'Signaler un objet impayé',
  'action.upload-tracking': 'Ajouter le suivi',
  'action.request-exclusion-review': 'Demander une révision d’exclusion',
  'action.extend-handling-time': 'Allonger le délai de préparation',
  'action.request-mediation': 'Demander une médiation',
  'action.refer-to-platform': 'Orienter vers le service de la plateforme',
  'confidence.page': 'selon la page',
  'guard.statement-official-regional': 'Seller Guard l’a lu sur des pages de {platform} pour d’autres marchés.',
  'guard.statement-third-party':
    '{platform} ne l’indique sur aucune page trouvée par Seller Guard : cela vient de sources tierces.',
  'advice.past-cancel-window':
    'Les {days} jours de {platform} après la vente sont passés : la commande ne peut plus être annulée ; voyez-le avec l’acheteur.',
  'confidence.official': 'officielle',
  'confidence.official-regional': 'officielle, page d’un autre marché',
  'confidence.third-party': 'source tierce',
  'actions.rule-ref': '{confidence}, vérifiée le {checked, date}',
  'actions.rule-dated': '{confidence}, source du {dated}, vérifiée le {checked, date}',
  'draft.parts':
    'Les messages {platform} contiennent {max} caractères : ce brouillon part en {count} messages, l’un après l’autre.',
  'draft.part': 'Message {n} sur {count} ({length} caractères)',
  'draft.insert-part': 'Insérer le message {n}',
};
