import type { LanguagePack } from '../template-types';

export const zhCN: LanguagePack = {
  flows: {
    amazon: '我的订单 › 申请取消',
    ebay: '购买记录 › 更多操作 › 取消此订单',
    other: '订单页面的“申请取消”',
  },
  returnShippingBuyer: '退货运费由买家承担。',
  returnShippingSeller: '退货运费由我们承担。',
  buyerFallback: '',
  templates: {
    'ask-request-cancellation':
      '{buyer}您好：\n\n感谢您关于订单 {orderId} 的留言。如需取消，请在{flow}提交申请，我们会立即确认并全额退款。\n\n祝好，\n{signature}',
    'cancellation-confirmed':
      '{buyer}您好：\n\n已按您的要求取消订单 {orderId}（{item}），全额退款正在退回您的原支付方式。\n\n祝好，\n{signature}',
    'out-of-stock-cancelled':
      '{buyer}您好：\n\n非常抱歉，订单 {orderId} 中的 {item} 已缺货，我们已取消订单并全额退款。给您带来不便，敬请谅解。\n\n祝好，\n{signature}',
    'duplicate-check':
      '{buyer}您好：\n\n我们看到您有多笔 {item} 的订单（包括订单 {orderId}）。请问是否需要多件？如不需要，请告诉我们，我们会在发货前为您处理。\n\n祝好，\n{signature}',
    'address-cannot-change':
      '{buyer}您好：\n\n感谢告知。订单 {orderId} 只能寄往订单上的地址。如需寄往其他地址，请在{flow}申请取消，然后用正确的地址重新下单。\n\n祝好，\n{signature}',
    'address-update-confirm':
      '{buyer}您好：\n\n谢谢。订单 {orderId} 尚未发货，地址仍可修改。请在这里确认完整的新地址，我们会在发货前更新。\n\n祝好，\n{signature}',
    'payment-reminder':
      '{buyer}您好：\n\n订单 {orderId}（{item}）正在等待付款。付款完成后我们会立即发货。如遇到问题，请告诉我们。\n\n祝好，\n{signature}',
    'tracking-update':
      '{buyer}您好：\n\n您的订单 {orderId} 已在运输途中，可在订单页面查看物流信息。如超过预计送达日期仍未收到，请联系我们。\n\n祝好，\n{signature}',
    'refund-issued':
      '{buyer}您好：\n\n很抱歉订单 {orderId} 没有让您满意。我们已全额退款，款项将在几天内退回您的原支付方式。\n\n祝好，\n{signature}',
    'replacement-offer':
      '{buyer}您好：\n\n订单 {orderId} 出现问题，我们深表歉意。我们可以免费为您补发一件。可以为您安排吗？\n\n祝好，\n{signature}',
    'offer-return':
      '{buyer}您好：\n\n订单 {orderId} 已发货，无法再取消，但您可以在签收后 {returnDays} 天内退货并获得退款。{returnShipping}\n\n祝好，\n{signature}',
    'decline-politely':
      '{buyer}您好：\n\n感谢您关于订单 {orderId} 的留言。该订单签收已超过 {returnDays} 天，超出了退货期限，因此无法取消或退货。感谢您的理解。\n\n祝好，\n{signature}',
    'ask-photos':
      '{buyer}您好：\n\n很抱歉订单 {orderId} 出现了问题。能否请您发送商品和包装的照片？这样我们能尽快为您解决。\n\n祝好，\n{signature}',
    'ask-why-cancelled':
      '{buyer}您好：\n\n您的订单 {orderId} 已取消。如果方便的话，能否简单告诉我们取消的原因？这能帮助我们改进。如不想回复也完全没关系。\n\n祝好，\n{signature}',
    'explain-offer-solution':
      '{buyer}您好：\n\n感谢您关于订单 {orderId} 的留言。在取消之前，请告诉我们遇到了什么问题：我们可以提供类似商品、更改送达时间或部分退款。如果您仍希望取消，我们会为您处理。\n\n祝好，\n{signature}',
    'backorder-notice':
      '{buyer}您好：\n\n感谢您的订单 {orderId}。{item} 正在补货，因此会比预计晚几天发出；订单的备货时间已更新。很抱歉让您久等，发货后我们会立即提供物流单号。\n\n祝好，\n{signature}',
    'contact-platform-support':
      '{buyer}您好：\n\n感谢您关于订单 {orderId} 的留言。此订单由亚马逊发货，配送、退货和退款均由亚马逊客服处理：请在“我的订单”中联系亚马逊客服，他们会尽快为您解决。\n\n祝好，\n{signature}',
  },
};
