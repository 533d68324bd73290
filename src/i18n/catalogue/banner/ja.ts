import type { Messages } from '../../message';
import type { BannerKey } from './en';

export const bannerJa: Record<BannerKey, Messages[string]> = {
  'banner.collapse': '折りたたむ',
  'banner.expand': 'Seller Guard を表示',
  'banner.move': '移動',
  'banner.move-label': 'Seller Guard をページの別の隅に移動',
  'banner.save-report': 'レイアウトレポートを保存',
  'banner.report-what':
    'レポートにはこのページの構造だけが入っています。名前・数字・住所はすべて x と 9 に置き換えられます。自分で送らない限りどこにも送られません。送り先は Seller Guard の README にあります。',
  'banner.report-saved': 'レイアウトレポートをダウンロードに保存しました：{file}',
  'banner.report-failed': 'レイアウトレポートを保存できませんでした。ページを再読み込みして、もう一度お試しください。',
  'banner.figure-where':
    'Seller Guard は {link} から数値を読み取ります。一度開くと、以後どの注文でもここに表示されます。',
  'banner.figure-page.amazon': 'アカウント健全性',
  'banner.figure-page.ebay': 'セラーレベル',
  'banner.figure-page.mercadolibre': '評価',
  'banner.figure-page.tiktok': 'ショップの健全性',

  'ticked.over':
    'カウントされるチェック済みの注文 {count} 件を自分でキャンセルすると：{from, percent} → {to, percent}（{total} 件中 {counted} 件で {limit, percent} を超えます）',
  'ticked.under':
    'カウントされるチェック済みの注文 {count} 件を自分でキャンセルすると：{from, percent} → {to, percent}（まだ {limit, percent} 未満）',
  'ticked.no-figure':
    'チェック済みの注文 {count} 件はキャンセル率にカウントされますが、加算するもとの数値がまだありません。',
  'ticked.none-count': 'チェック済みの注文 {count} 件はいずれもキャンセル率にカウントされません。',
  'ticked.order': '{order}：{why}',
  'ticked.more': '…ほかにチェック済みの注文が {count} 件あります。',
  'ticked.past-cancelling': 'チェック済みの注文のうち {count} 件は、すでに発送済みかキャンセル済みです。',
};
