import type { Messages } from '../../message';
import type { FirstRunKey } from './en';

export const firstRunJa: Record<FirstRunKey, Messages[string]> = {
  'common.privacy': 'プライバシーポリシー',

  'access.missing':
    'Seller Guard はセラーページを見ることができません。ブラウザーがそれらのサイトへのアクセスを許可していません。',
  'access.grant': 'セラーサイトで許可する',
  'access.granted': 'アクセスが許可されました。セラーページを再読み込みすると、Seller Guard が読み取ります。',
  'access.refused': 'アクセスは許可されませんでした。',
  'access.how':
    'ブラウザーのアドオン設定からも許可できます。Firefox では「アドオンとテーマ › Seller Guard › 許可」、Chrome と Edge では「拡張機能 › Seller Guard › 詳細 › サイトへのアクセス」です。',

  'welcome.title': 'Seller Guard へようこそ',
  'welcome.intro':
    'Seller Guard は、キャンセルがセラーアカウントに響く前に警告し、不利にカウントされない方法を示します。',
  'welcome.demo-jump': '初めてですか？まずデモをお試しください。',
  'welcome.start-heading': 'まず、数値を読み取らせましょう',
  'welcome.start':
    'プラットフォームがキャンセルの数値を表示するページを一度開いてください。以後、どの注文ページでも現在の状況とキャンセルした場合の影響が表示されます。',
  'welcome.marketplace': 'マーケットプレイス',
  'welcome.open.amazon': 'アカウント健全性を開く',
  'welcome.open.ebay': 'セラーレベルを開く',
  'welcome.open.mercadolibre': '評価を開く',
  'welcome.open.tiktok': 'ショップの健全性を開く',
  'welcome.open.etsy': '販売済みの注文を開く',
  'welcome.open.aliexpress': '注文を開く',
  'welcome.no-figure': '{platform} はキャンセル率を公開していません。Seller Guard はそこで注文を読み取ります。',
  'welcome.reads-heading': '読み取るもの',
  'welcome.reads':
    '開いている間の自分のセラーページだけです。目の前の注文、注文一覧、そして Amazon のキャンセル率のようなプラットフォーム自身の数値です。',
  'welcome.sites-heading': '対象のサイト',
  'welcome.sites': '次のサイトだけで、ほかのサイトでは動きません：',
  'welcome.local-heading': 'データはこのコンピューターから出ません',
  'welcome.local':
    'Seller Guard が読み取って保存するものは、このコンピューターのこのブラウザーの中にとどまります。ネットワーク通信はせず、アカウントもサーバーもなく、どこからもコードを読み込みません。',
  'welcome.demo-heading': 'サンプルページで試す',
  'welcome.demo':
    'Seller Guard のソースには、架空の注文が入ったサンプルのセラーページが付いています。そのフォルダーで次を実行すると、サンプル上で Seller Guard が動く Chromium が開きます：',
  'welcome.demo-headless':
    '画面がない環境では、{command} が各サンプルページを開き、スクリーンショットを保存して読み取った内容を表示します。',

  'privacy.title': 'Seller Guard プライバシーポリシー',
  'privacy.updated': '最終更新日：{date, date}',
  'privacy.summary': 'Seller Guard は読み取ったものをあなたのコンピューターに保存し、どこにも送信しません。',
  'privacy.stored-heading': '保存されるもの',
  'privacy.stored-orders':
    'セラーページで開いた注文：注文番号、日付、商品、価格、ステータス、ページに表示される購入者名、購入者がキャンセルを依頼したかどうか。住所は保存しません。住所が変わったことを知るための短い指紋だけを保存します。',
  'privacy.stored-figures':
    '開いたページにあるプラットフォーム自身の数値（キャンセル率など）と、それを読み取った日時。',
  'privacy.stored-events':
    '各注文に起きたこと（表示、キャンセル、返金など）、表示したアドバイス、作成または使用したメッセージの下書き。',
  'privacy.stored-settings': '設定：ショップのポリシー、テンプレート、警告の余裕、各サイトでのバナーの位置と大きさ。',
  'privacy.where-heading': '保存場所',
  'privacy.where':
    'このコンピューターのこのブラウザーにある Seller Guard 用の保存領域です。ウェブサイトからは読めません。セラーページには、そのページ自身の数値だけが渡されます。',
  'privacy.how-long-heading': '保存期間',
  'privacy.how-long':
    '削除するまでです。「設定 › すべて削除」ですべて消えます。設定で選んだ月数より古いイベントは自動で削除されます。Seller Guard を削除すると保存領域も削除されます。ツールバーのボタンが開いているタブについて知っている内容は、ブラウザーを閉じると消えます。',
  'privacy.sent-heading': '送信されるもの',
  'privacy.sent':
    'ありません。Seller Guard はネットワーク通信をせず、サーバー、アカウント、解析、広告のいずれもありません。記載のセラーサイトでだけ動作し、外部からコードを読み込みません。',
  'privacy.files':
    '自分で保存したファイルは保存した場所に残ります。エクスポート（設定 › エクスポート）と、ページの構造だけを含み名前・数字・住所をすべて置き換えたレイアウトレポートです。',

  'store.long-description':
    'Seller Guard は、キャンセルがアカウントに響く前にマーケットプレイスのセラーに警告します。\n\n自分のセラーページで目の前の注文とプラットフォーム自身の数値を読み取り、小さなバナーに表示します：現在のキャンセル率、この注文をキャンセルした場合の率、上限までにあと何件キャンセルできるか、そして不利にカウントされない方法（Amazon では購入者自身によるキャンセルリクエスト）。\n\n• すべてのマーケットプレイスの Amazon セラーセントラル、Etsy、AliExpress。eBay、Mercado Libre、TikTok Shop は読み取りが整いしだい対応します。\n• Amazon の注文一覧で複数の注文にチェックを入れると（高齢の購入者による重複注文など）、すべてキャンセルした場合の率と、カウントされない注文がわかります。\n• 注文ごとのおすすめの対応（キャンセル、購入者にリクエストを依頼、返金、返品の提案など）を、根拠となるプラットフォームの規約と、購入者の言語で書いたメッセージの下書きとともに示します。\n• 一覧で重複注文に印を付け、キャンセルと購入者の理由の履歴を残します。\n• 読み取れないページではそう伝え、数値を表示しません。間違った数値は決して出しません。\n\nプライバシーを最初から設計：すべてはブラウザーの中にとどまります。アカウントなし、サーバーなし、ネットワーク通信なし、解析なし。',
};
