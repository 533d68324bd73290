import type { LanguagePack } from '../template-types';

export const ja: LanguagePack = {
  flows: {
    amazon: '注文履歴 › キャンセルをリクエスト',
    ebay: '購入履歴 › その他の操作 › 注文をキャンセル',
    other: '注文ページの「キャンセルをリクエスト」',
  },
  returnShippingBuyer: '返品送料はお客様のご負担となります。',
  returnShippingSeller: '返品送料は当店が負担いたします。',
  buyerFallback: 'お客',
  templates: {
    'ask-request-cancellation':
      '{buyer}様\n\n注文番号{orderId}についてご連絡いただきありがとうございます。キャンセルをご希望の場合は、{flow}からリクエストをお送りください。すぐに承認し、全額返金いたします。\n\nよろしくお願いいたします。\n{signature}',
    'cancellation-confirmed':
      '{buyer}様\n\nご依頼どおり、注文番号{orderId}（{item}）をキャンセルいたしました。全額の返金手続きを進めております。\n\nよろしくお願いいたします。\n{signature}',
    'out-of-stock-cancelled':
      '{buyer}様\n\n大変申し訳ございません。注文番号{orderId}の{item}が在庫切れとなったため、ご注文をキャンセルし、全額を返金いたしました。ご迷惑をおかけしたことをお詫び申し上げます。\n\nよろしくお願いいたします。\n{signature}',
    'duplicate-check':
      '{buyer}様\n\n{item}のご注文が複数ございます（注文番号{orderId}など）。複数のご注文で間違いございませんか。ご不要な場合はお知らせください。発送前に対応いたします。\n\nよろしくお願いいたします。\n{signature}',
    'address-cannot-change':
      '{buyer}様\n\nご連絡ありがとうございます。注文番号{orderId}はご注文時の住所にのみ発送できます。別の住所へのお届けをご希望の場合は、{flow}からキャンセルをリクエストし、改めてご注文ください。\n\nよろしくお願いいたします。\n{signature}',
    'address-update-confirm':
      '{buyer}様\n\nありがとうございます。注文番号{orderId}はまだ発送前のため、住所の変更が可能です。新しいご住所をこちらでご確認ください。\n\nよろしくお願いいたします。\n{signature}',
    'payment-reminder':
      '{buyer}様\n\n注文番号{orderId}（{item}）はお支払い待ちとなっております。お支払いが確認でき次第、すぐに発送いたします。問題がございましたらお知らせください。\n\nよろしくお願いいたします。\n{signature}',
    'tracking-update':
      '{buyer}様\n\n注文番号{orderId}は発送済みです。注文ページの追跡番号で配送状況をご確認いただけます。お届け予定日を過ぎても届かない場合はご連絡ください。\n\nよろしくお願いいたします。\n{signature}',
    'refund-issued':
      '{buyer}様\n\n注文番号{orderId}でご迷惑をおかけし申し訳ございません。全額を返金いたしました。数日以内にお支払い方法へ反映されます。\n\nよろしくお願いいたします。\n{signature}',
    'replacement-offer':
      '{buyer}様\n\n注文番号{orderId}の件、大変申し訳ございません。追加料金なしで代わりの商品をお送りいたします。手配してよろしいでしょうか。\n\nよろしくお願いいたします。\n{signature}',
    'offer-return':
      '{buyer}様\n\n注文番号{orderId}はすでに発送済みのためキャンセルはできませんが、お届けから{returnDays}日以内であれば返品・返金を承ります。{returnShipping}\n\nよろしくお願いいたします。\n{signature}',
    'decline-politely':
      '{buyer}様\n\n注文番号{orderId}についてご連絡ありがとうございます。お届けから{returnDays}日を過ぎており返品期間外のため、キャンセル・返品はお受けできません。何卒ご了承ください。\n\nよろしくお願いいたします。\n{signature}',
    'ask-photos':
      '{buyer}様\n\n注文番号{orderId}の件、ご不便をおかけし申し訳ございません。商品と梱包の写真をお送りいただけますでしょうか。早急に対応いたします。\n\nよろしくお願いいたします。\n{signature}',
    'ask-why-cancelled':
      '{buyer}様\n\n注文番号{orderId}はキャンセルされました。もしよろしければ、キャンセルされた理由を簡単にお聞かせいただけますでしょうか。今後の改善に役立てます。ご返信は任意です。\n\nよろしくお願いいたします。\n{signature}',
    'explain-offer-solution':
      '{buyer}様\n\n注文番号{orderId}についてご連絡いただきありがとうございます。キャンセルの前に、何があったかお聞かせください。類似商品のご提案、お届け日の変更、一部返金などで対応できる場合があります。それでもキャンセルをご希望の場合は、こちらで手続きいたします。\n\nよろしくお願いいたします。\n{signature}',
    'backorder-notice':
      '{buyer}様\n\n注文番号{orderId}をありがとうございます。{item}は入荷待ちのため、発送が予定より数日遅れます。注文の発送準備期間は更新済みです。お待たせして申し訳ございません。発送後すぐに追跡番号をお知らせします。\n\nよろしくお願いいたします。\n{signature}',
    'contact-platform-support':
      '{buyer}様\n\n注文番号{orderId}についてご連絡いただきありがとうございます。このご注文はAmazonが発送しており、配送・返品・返金はAmazonカスタマーサービスが対応いたします。注文履歴からAmazonカスタマーサービスへお問い合わせください。\n\nよろしくお願いいたします。\n{signature}',
  },
};
