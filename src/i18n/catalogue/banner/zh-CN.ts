import type { Messages } from '../../message';
import type { BannerKey } from './en';

export const bannerZhCN: Record<BannerKey, Messages[string]> = {
  'banner.collapse': '收起',
  'banner.expand': '显示 Seller Guard',
  'banner.move': '移动',
  'banner.move-label': '把 Seller Guard 移到页面的另一个角落',
  'banner.save-report': '保存布局报告',
  'banner.report-what':
    '报告只包含这个页面的结构：其中的每个姓名、数字和地址都被替换为 x 和 9。除非您自己发送，它不会被发往任何地方；发送到哪里见 Seller Guard 的 README。',
  'banner.report-saved': '布局报告已保存到您的下载文件夹：{file}',
  'banner.report-failed': '无法保存布局报告。请重新加载页面后再试。',
  'banner.figure-where': 'Seller Guard 从{link}读取数值：打开一次，之后每个订单都会在这里显示。',
  'banner.figure-page.amazon': '账户状况',
  'banner.figure-page.ebay': '卖家级别',
  'banner.figure-page.mercadolibre': '信誉',
  'banner.figure-page.tiktok': '店铺健康度',

  'ticked.over':
    '自行取消已勾选且计入的 {count} 个订单：{from, percent} → {to, percent}（{total} 个中 {counted} 个，超过 {limit, percent}）',
  'ticked.under': '自行取消已勾选且计入的 {count} 个订单：{from, percent} → {to, percent}（仍低于 {limit, percent}）',
  'ticked.no-figure': '已勾选的 {count} 个订单会计入取消率，但还没有可累加的数值。',
  'ticked.none-count': '已勾选的 {count} 个订单都不会计入取消率。',
  'ticked.order': '{order}：{why}',
  'ticked.more': '……还有 {count} 个已勾选的订单。',
  'ticked.past-cancelling': '已勾选的订单中有 {count} 个已发货或已取消。',
};
