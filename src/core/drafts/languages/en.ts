import type { LanguagePack } from '../template-types';

export const en: LanguagePack = {
  flows: {
    amazon: 'Your Orders › Request cancellation',
    ebay: 'Purchase history › More actions › Cancel this order',
    other: 'your order page › Request cancellation',
  },
  returnShippingBuyer: 'Return shipping is paid by the buyer.',
  returnShippingSeller: 'We cover the return shipping.',
  buyerFallback: '',
  templates: {
    'ask-request-cancellation':
      'Hello {buyer},\n\nThank you for your message about order {orderId}. To cancel it, please open {flow} and send the request; we will confirm it right away and you will be refunded in full.\n\nBest regards,\n{signature}',
    'cancellation-confirmed':
      'Hello {buyer},\n\nYour order {orderId} ({item}) has been cancelled as you asked. The full refund is on its way to your original payment method.\n\nBest regards,\n{signature}',
    'out-of-stock-cancelled':
      'Hello {buyer},\n\nWe are sorry: {item} from order {orderId} is out of stock, so we have cancelled the order and refunded you in full. We apologise for the inconvenience.\n\nBest regards,\n{signature}',
    'duplicate-check':
      'Hello {buyer},\n\nWe noticed several orders for {item}, including order {orderId}. Did you mean to order more than one? If not, just let us know and we will help you sort it out before anything ships.\n\nBest regards,\n{signature}',
    'address-cannot-change':
      'Hello {buyer},\n\nThank you for letting us know. We can only ship order {orderId} to the address on the order. If you need it sent elsewhere, please request cancellation in {flow} and place a new order with the right address.\n\nBest regards,\n{signature}',
    'address-update-confirm':
      'Hello {buyer},\n\nThank you. Order {orderId} has not shipped yet, so we can still change the address. Please confirm the full new address here and we will update it before shipping.\n\nBest regards,\n{signature}',
    'payment-reminder':
      'Hello {buyer},\n\nOrder {orderId} ({item}) is waiting for payment. Once the payment goes through we will ship it straight away. If something went wrong, let us know.\n\nBest regards,\n{signature}',
    'tracking-update':
      'Hello {buyer},\n\nYour order {orderId} is on its way. You can follow it with the tracking shown on the order page. If it has not arrived by the estimated date, write to us and we will make it right.\n\nBest regards,\n{signature}',
    'refund-issued':
      'Hello {buyer},\n\nWe are sorry your order {orderId} did not work out. We have refunded it in full; the money will reach your original payment method in a few days.\n\nBest regards,\n{signature}',
    'replacement-offer':
      'Hello {buyer},\n\nWe are sorry about the problem with order {orderId}. We would be glad to send you a replacement at no extra cost. Shall we go ahead?\n\nBest regards,\n{signature}',
    'offer-return':
      'Hello {buyer},\n\nOrder {orderId} has already shipped, so it can no longer be cancelled, but you are welcome to return it within {returnDays} days of delivery for a refund. {returnShipping}\n\nBest regards,\n{signature}',
    'decline-politely':
      'Hello {buyer},\n\nThank you for your message about order {orderId}. It was delivered more than {returnDays} days ago, outside our return period, so we are unable to accept a cancellation or return. We appreciate your understanding.\n\nBest regards,\n{signature}',
    'ask-photos':
      'Hello {buyer},\n\nWe are sorry to hear about the problem with order {orderId}. Could you send us a photo of the item and of the package? It will help us solve this for you quickly.\n\nBest regards,\n{signature}',
    'ask-why-cancelled':
      'Hello {buyer},\n\nYour order {orderId} has been cancelled. If you have a moment, could you tell us briefly why you decided to cancel? It helps us do better. There is no need to reply if you would rather not.\n\nBest regards,\n{signature}',
    'explain-offer-solution':
      'Hello {buyer},\n\nThank you for your message about order {orderId}. Before anything is cancelled, tell us what went wrong: we can offer a similar item, a later delivery or a partial refund. If you still prefer to cancel, we will take care of it.\n\nBest regards,\n{signature}',
    'backorder-notice':
      'Hello {buyer},\n\nThank you for order {orderId}. {item} is being restocked, so it will ship a few days later than planned; the handling time on the order is updated. We are sorry for the wait and will send tracking as soon as it ships.\n\nBest regards,\n{signature}',
    'contact-platform-support':
      'Hello {buyer},\n\nThank you for your message about order {orderId}. This order was shipped by Amazon, whose customer service handles its delivery, returns and refunds: please contact Amazon customer service from Your Orders and they will help you right away.\n\nBest regards,\n{signature}',
  },
};
