import type { LanguagePack } from '../template-types';

export const ptBR: LanguagePack = {
  flows: {
    amazon: 'Seus pedidos › Solicitar cancelamento',
    ebay: 'Histórico de compras › Mais ações › Cancelar este pedido',
    other: 'a página do seu pedido › Solicitar cancelamento',
  },
  returnShippingBuyer: 'O frete da devolução fica por conta do comprador.',
  returnShippingSeller: 'Nós pagamos o frete da devolução.',
  buyerFallback: '',
  templates: {
    'ask-request-cancellation':
      'Olá, {buyer}!\n\nObrigado pela mensagem sobre o pedido {orderId}. Para cancelá-lo, acesse {flow} e envie a solicitação; vamos confirmar na hora e você receberá o reembolso integral.\n\nAtenciosamente,\n{signature}',
    'cancellation-confirmed':
      'Olá, {buyer}!\n\nCancelamos o seu pedido {orderId} ({item}) como você pediu. O reembolso integral já está a caminho da sua forma de pagamento.\n\nAtenciosamente,\n{signature}',
    'out-of-stock-cancelled':
      'Olá, {buyer}!\n\nPedimos desculpas: {item} do pedido {orderId} está sem estoque, por isso cancelamos o pedido e fizemos o reembolso integral. Sentimos muito pelo transtorno.\n\nAtenciosamente,\n{signature}',
    'duplicate-check':
      'Olá, {buyer}!\n\nVimos vários pedidos de {item}, entre eles o {orderId}. Você queria mesmo mais de um? Se não, é só nos avisar que resolvemos antes de enviar.\n\nAtenciosamente,\n{signature}',
    'address-cannot-change':
      'Olá, {buyer}!\n\nObrigado por avisar. Só podemos enviar o pedido {orderId} para o endereço do pedido. Se precisar de outro, solicite o cancelamento em {flow} e faça um novo pedido com o endereço certo.\n\nAtenciosamente,\n{signature}',
    'address-update-confirm':
      'Olá, {buyer}!\n\nObrigado. O pedido {orderId} ainda não foi enviado, então podemos mudar o endereço. Confirme aqui o novo endereço completo e atualizaremos antes do envio.\n\nAtenciosamente,\n{signature}',
    'payment-reminder':
      'Olá, {buyer}!\n\nO pedido {orderId} ({item}) está aguardando pagamento. Assim que o pagamento for aprovado, enviaremos. Se algo deu errado, nos avise.\n\nAtenciosamente,\n{signature}',
    'tracking-update':
      'Olá, {buyer}!\n\nSeu pedido {orderId} já está a caminho. Você pode acompanhá-lo pelo rastreio na página do pedido. Se não chegar até a data prevista, fale com a gente que resolvemos.\n\nAtenciosamente,\n{signature}',
    'refund-issued':
      'Olá, {buyer}!\n\nSentimos que o pedido {orderId} não tenha dado certo. Fizemos o reembolso integral; o valor chega à sua forma de pagamento em alguns dias.\n\nAtenciosamente,\n{signature}',
    'replacement-offer':
      'Olá, {buyer}!\n\nSentimos pelo problema com o pedido {orderId}. Podemos enviar um item novo sem custo adicional. Podemos seguir?\n\nAtenciosamente,\n{signature}',
    'offer-return':
      'Olá, {buyer}!\n\nO pedido {orderId} já foi enviado e não pode mais ser cancelado, mas você pode devolvê-lo em até {returnDays} dias após a entrega e receber o reembolso. {returnShipping}\n\nAtenciosamente,\n{signature}',
    'decline-politely':
      'Olá, {buyer}!\n\nObrigado pela mensagem sobre o pedido {orderId}. Ele foi entregue há mais de {returnDays} dias, fora do nosso prazo de devolução, por isso não podemos aceitar o cancelamento nem a devolução. Agradecemos a compreensão.\n\nAtenciosamente,\n{signature}',
    'ask-photos':
      'Olá, {buyer}!\n\nSentimos pelo problema com o pedido {orderId}. Você pode nos enviar uma foto do item e da embalagem? Assim resolvemos mais rápido.\n\nAtenciosamente,\n{signature}',
    'ask-why-cancelled':
      'Olá, {buyer}!\n\nSeu pedido {orderId} foi cancelado. Se tiver um minuto, poderia nos contar rapidamente por que decidiu cancelar? Isso nos ajuda a melhorar. Se preferir não responder, tudo bem.\n\nAtenciosamente,\n{signature}',
    'explain-offer-solution':
      'Olá, {buyer}!\n\nObrigado pela mensagem sobre o pedido {orderId}. Antes de cancelar, conte o que aconteceu: podemos oferecer um item parecido, outra data de entrega ou um reembolso parcial. Se ainda preferir cancelar, cuidamos disso.\n\nAtenciosamente,\n{signature}',
    'backorder-notice':
      'Olá, {buyer}!\n\nObrigado pelo pedido {orderId}. {item} está sendo reposto, então será enviado alguns dias depois; o prazo de preparação já foi atualizado. Desculpe a espera: enviaremos o rastreio assim que sair.\n\nAtenciosamente,\n{signature}',
    'contact-platform-support':
      'Olá, {buyer}!\n\nObrigado pela mensagem sobre o pedido {orderId}. Este pedido foi enviado pela Amazon, cujo atendimento cuida da entrega, das devoluções e dos reembolsos: fale com o atendimento da Amazon em Seus pedidos e eles ajudarão logo.\n\nAtenciosamente,\n{signature}',
  },
};
