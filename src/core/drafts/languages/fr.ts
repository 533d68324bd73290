import type { LanguagePack } from '../template-types';

export const fr: LanguagePack = {
  flows: {
    amazon: "Vos commandes › Demander l'annulation",
    ebay: "Historique des achats › Plus d'actions › Annuler cette commande",
    other: "la page de votre commande › Demander l'annulation",
  },
  returnShippingBuyer: "Les frais de retour sont à la charge de l'acheteur.",
  returnShippingSeller: 'Nous prenons en charge les frais de retour.',
  buyerFallback: '',
  templates: {
    'ask-request-cancellation':
      "Bonjour {buyer},\n\nMerci pour votre message concernant la commande {orderId}. Pour l'annuler, ouvrez {flow} et envoyez la demande ; nous la confirmerons aussitôt et vous serez remboursé intégralement.\n\nCordialement,\n{signature}",
    'cancellation-confirmed':
      "Bonjour {buyer},\n\nVotre commande {orderId} ({item}) a été annulée comme vous l'avez demandé. Le remboursement intégral est en cours sur votre moyen de paiement.\n\nCordialement,\n{signature}",
    'out-of-stock-cancelled':
      'Bonjour {buyer},\n\nNous sommes désolés : {item} de la commande {orderId} est en rupture de stock. Nous avons donc annulé la commande et vous avons remboursé intégralement. Veuillez nous excuser pour ce désagrément.\n\nCordialement,\n{signature}',
    'duplicate-check':
      "Bonjour {buyer},\n\nNous voyons plusieurs commandes de {item}, dont la commande {orderId}. Souhaitiez-vous en commander plusieurs ? Sinon, dites-le-nous et nous réglerons cela avant l'expédition.\n\nCordialement,\n{signature}",
    'address-cannot-change':
      "Bonjour {buyer},\n\nMerci de nous avoir prévenus. Nous ne pouvons expédier la commande {orderId} qu'à l'adresse indiquée. Pour une autre adresse, demandez l'annulation dans {flow} puis passez une nouvelle commande.\n\nCordialement,\n{signature}",
    'address-update-confirm':
      "Bonjour {buyer},\n\nMerci. La commande {orderId} n'est pas encore expédiée, nous pouvons donc modifier l'adresse. Merci de nous confirmer ici la nouvelle adresse complète.\n\nCordialement,\n{signature}",
    'payment-reminder':
      "Bonjour {buyer},\n\nLa commande {orderId} ({item}) est en attente de paiement. Dès qu'il sera validé, nous l'expédierons. En cas de souci, n'hésitez pas à nous écrire.\n\nCordialement,\n{signature}",
    'tracking-update':
      "Bonjour {buyer},\n\nVotre commande {orderId} est en route. Vous pouvez la suivre grâce au suivi indiqué sur la page de la commande. Si elle n'est pas arrivée à la date prévue, écrivez-nous.\n\nCordialement,\n{signature}",
    'refund-issued':
      "Bonjour {buyer},\n\nNous regrettons que la commande {orderId} ne vous ait pas donné satisfaction. Nous l'avons remboursée intégralement ; la somme arrivera sur votre moyen de paiement sous quelques jours.\n\nCordialement,\n{signature}",
    'replacement-offer':
      'Bonjour {buyer},\n\nNous sommes désolés pour le problème avec la commande {orderId}. Nous vous enverrons volontiers un article de remplacement sans frais. Pouvons-nous procéder ?\n\nCordialement,\n{signature}',
    'offer-return':
      'Bonjour {buyer},\n\nLa commande {orderId} est déjà expédiée et ne peut plus être annulée, mais vous pouvez la retourner dans les {returnDays} jours suivant la livraison pour être remboursé. {returnShipping}\n\nCordialement,\n{signature}',
    'decline-politely':
      "Bonjour {buyer},\n\nMerci pour votre message concernant la commande {orderId}. Elle a été livrée il y a plus de {returnDays} jours, hors de notre délai de retour : nous ne pouvons donc pas accepter d'annulation ni de retour. Merci de votre compréhension.\n\nCordialement,\n{signature}",
    'ask-photos':
      "Bonjour {buyer},\n\nNous sommes désolés pour le problème avec la commande {orderId}. Pourriez-vous nous envoyer une photo de l'article et du colis ? Cela nous aidera à le résoudre rapidement.\n\nCordialement,\n{signature}",
    'ask-why-cancelled':
      "Bonjour {buyer},\n\nVotre commande {orderId} a été annulée. Si vous avez un instant, pourriez-vous nous dire en quelques mots pourquoi vous l'avez annulée ? Cela nous aide à nous améliorer. Rien ne vous oblige à répondre.\n\nCordialement,\n{signature}",
    'explain-offer-solution':
      'Bonjour {buyer},\n\nMerci pour votre message concernant la commande {orderId}. Avant toute annulation, dites-nous ce qui ne va pas : nous pouvons proposer un article similaire, une livraison plus tard ou un remboursement partiel. Si vous préférez annuler, nous nous en occupons.\n\nCordialement,\n{signature}',
    'backorder-notice':
      "Bonjour {buyer},\n\nMerci pour la commande {orderId}. {item} est en cours de réapprovisionnement : il partira quelques jours plus tard que prévu, et le délai de préparation de la commande est mis à jour. Désolés pour l'attente ; nous enverrons le suivi dès l'expédition.\n\nCordialement,\n{signature}",
    'contact-platform-support':
      'Bonjour {buyer},\n\nMerci pour votre message concernant la commande {orderId}. Cette commande a été expédiée par Amazon, dont le service client gère la livraison, les retours et les remboursements : contactez-le depuis Vos commandes, il vous aidera rapidement.\n\nCordialement,\n{signature}',
  },
};
