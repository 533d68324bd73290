import type { LanguagePack } from '../template-types';

export const es: LanguagePack = {
  flows: {
    amazon: 'Mis pedidos › Solicitar cancelación',
    ebay: 'Historial de compras › Más acciones › Cancelar este pedido',
    other: 'la página de tu pedido › Solicitar cancelación',
  },
  returnShippingBuyer: 'El envío de la devolución corre por cuenta del comprador.',
  returnShippingSeller: 'Nosotros cubrimos el envío de la devolución.',
  buyerFallback: '',
  templates: {
    'ask-request-cancellation':
      'Hola {buyer}:\n\nGracias por tu mensaje sobre el pedido {orderId}. Para cancelarlo, entra en {flow} y envía la solicitud; la confirmaremos enseguida y recibirás el reembolso completo.\n\nUn saludo,\n{signature}',
    'cancellation-confirmed':
      'Hola {buyer}:\n\nHemos cancelado tu pedido {orderId} ({item}) tal como nos pediste. El reembolso completo ya está en camino a tu método de pago.\n\nUn saludo,\n{signature}',
    'out-of-stock-cancelled':
      'Hola {buyer}:\n\nLo sentimos mucho: {item} del pedido {orderId} está agotado, así que hemos cancelado el pedido y te hemos reembolsado el importe completo. Disculpa las molestias.\n\nUn saludo,\n{signature}',
    'duplicate-check':
      'Hola {buyer}:\n\nHemos visto varios pedidos de {item}, entre ellos el {orderId}. ¿Querías pedir más de uno? Si no es así, avísanos y lo resolvemos antes de enviar nada.\n\nUn saludo,\n{signature}',
    'address-cannot-change':
      'Hola {buyer}:\n\nGracias por avisarnos. Solo podemos enviar el pedido {orderId} a la dirección del pedido. Si lo necesitas en otra, solicita la cancelación en {flow} y haz un pedido nuevo con la dirección correcta.\n\nUn saludo,\n{signature}',
    'address-update-confirm':
      'Hola {buyer}:\n\nGracias. El pedido {orderId} aún no se ha enviado, así que podemos cambiar la dirección. Confírmanos aquí la nueva dirección completa y la actualizaremos antes del envío.\n\nUn saludo,\n{signature}',
    'payment-reminder':
      'Hola {buyer}:\n\nEl pedido {orderId} ({item}) está pendiente de pago. En cuanto se complete el pago lo enviaremos. Si ha habido algún problema, dínoslo.\n\nUn saludo,\n{signature}',
    'tracking-update':
      'Hola {buyer}:\n\nTu pedido {orderId} ya está en camino. Puedes seguirlo con el número de seguimiento de la página del pedido. Si no ha llegado en la fecha prevista, escríbenos y lo solucionamos.\n\nUn saludo,\n{signature}',
    'refund-issued':
      'Hola {buyer}:\n\nSentimos que el pedido {orderId} no haya salido bien. Te hemos hecho el reembolso completo; llegará a tu método de pago en unos días.\n\nUn saludo,\n{signature}',
    'replacement-offer':
      'Hola {buyer}:\n\nSentimos el problema con el pedido {orderId}. Con gusto te enviamos un reemplazo sin coste adicional. ¿Te parece bien?\n\nUn saludo,\n{signature}',
    'offer-return':
      'Hola {buyer}:\n\nEl pedido {orderId} ya se ha enviado y no se puede cancelar, pero puedes devolverlo en un plazo de {returnDays} días desde la entrega y te reembolsaremos. {returnShipping}\n\nUn saludo,\n{signature}',
    'decline-politely':
      'Hola {buyer}:\n\nGracias por tu mensaje sobre el pedido {orderId}. Se entregó hace más de {returnDays} días, fuera de nuestro plazo de devolución, por lo que no podemos aceptar la cancelación ni la devolución. Gracias por tu comprensión.\n\nUn saludo,\n{signature}',
    'ask-photos':
      'Hola {buyer}:\n\nLamentamos el problema con el pedido {orderId}. ¿Podrías enviarnos una foto del artículo y del paquete? Así podremos ayudarte más rápido.\n\nUn saludo,\n{signature}',
    'ask-why-cancelled':
      'Hola {buyer}:\n\nTu pedido {orderId} ha sido cancelado. Si tienes un momento, ¿podrías contarnos brevemente por qué decidiste cancelarlo? Nos ayuda a mejorar. Si prefieres no responder, no hace falta.\n\nUn saludo,\n{signature}',
    'explain-offer-solution':
      'Hola {buyer}:\n\nGracias por tu mensaje sobre el pedido {orderId}. Antes de cancelar, cuéntanos qué pasó: podemos ofrecerte un artículo similar, otra fecha de entrega o un reembolso parcial. Si prefieres cancelar, nos encargamos.\n\nUn saludo,\n{signature}',
    'backorder-notice':
      'Hola {buyer}:\n\nGracias por el pedido {orderId}. {item} se está reponiendo, así que saldrá unos días más tarde; ya actualizamos el plazo de preparación. Disculpa la espera: te enviaremos el seguimiento al despacharlo.\n\nUn saludo,\n{signature}',
    'contact-platform-support':
      'Hola {buyer}:\n\nGracias por tu mensaje sobre el pedido {orderId}. Este pedido lo envió Amazon, cuyo servicio de atención al cliente gestiona la entrega, las devoluciones y los reembolsos: contacta con él desde Mis pedidos y te ayudará enseguida.\n\nUn saludo,\n{signature}',
  },
};
