import type { Messages } from '../../message';
import type { FirstRunKey } from './en';

export const firstRunZhCN: Record<FirstRunKey, Messages[string]> = {
  'common.privacy': '隐私政策',

  'access.missing': 'Seller Guard 看不到您的卖家页面：浏览器没有授予它访问这些网站的权限。',
  'access.grant': '在卖家网站上允许',
  'access.granted': '已授予访问权限。重新加载您的卖家页面，Seller Guard 就会读取它们。',
  'access.refused': '未授予访问权限。',
  'access.how':
    '您也可以在浏览器的扩展设置中允许：在 Firefox 中为“附加组件和主题 › Seller Guard › 权限”，在 Chrome 和 Edge 中为“扩展程序 › Seller Guard › 详情 › 网站访问权限”。',

  'welcome.title': '欢迎使用 Seller Guard',
  'welcome.intro': 'Seller Guard 会在取消订单损害您的卖家账户之前提醒您，并告诉您哪种方式不会算到您头上。',
  'welcome.demo-jump': '第一次使用？先试试演示。',
  'welcome.start-heading': '第一步：让它读取您的数值',
  'welcome.start': '打开一次平台显示取消数值的页面。此后每个订单页面都会显示您目前的情况，以及取消会带来什么影响。',
  'welcome.marketplace': '站点',
  'welcome.open.amazon': '打开账户状况',
  'welcome.open.ebay': '打开卖家级别',
  'welcome.open.mercadolibre': '打开信誉',
  'welcome.open.tiktok': '打开店铺健康度',
  'welcome.open.etsy': '打开已售订单',
  'welcome.open.aliexpress': '打开订单',
  'welcome.no-figure': '{platform} 不公布取消率：Seller Guard 在那里读取您的订单。',
  'welcome.reads-heading': '它读取什么',
  'welcome.reads': '只读取您自己打开着的卖家页面：眼前的订单、订单列表，以及平台自己的数值，例如亚马逊的取消率。',
  'welcome.sites-heading': '在哪些网站上',
  'welcome.sites': '只在以下网站上，不在其他网站上：',
  'welcome.local-heading': '数据不会离开您的电脑',
  'welcome.local':
    'Seller Guard 读取和保存的内容都留在这台电脑的这个浏览器里。它不发出任何网络请求，没有账户、没有服务器，也不从任何地方加载代码。',
  'welcome.demo-heading': '先用示例页面试试',
  'welcome.demo':
    'Seller Guard 的源代码附带示例卖家页面和虚构的订单。在它的文件夹中运行以下命令，Chromium 会打开并在示例页面上运行 Seller Guard：',
  'welcome.demo-headless': '没有屏幕时，{command} 会访问每个示例页面、保存截图并打印读取到的内容。',

  'privacy.title': 'Seller Guard 隐私政策',
  'privacy.updated': '最后更新：{date, date}。',
  'privacy.summary': 'Seller Guard 把读取到的内容保存在您的电脑上，不向任何地方发送任何东西。',
  'privacy.stored-heading': '保存什么',
  'privacy.stored-orders':
    '您在卖家页面上打开的订单：订单号、日期、商品、价格、状态、页面显示的买家姓名，以及买家是否申请取消。地址从不保存，只保存一个简短的指纹，用来让 Seller Guard 知道地址变了。',
  'privacy.stored-figures': '您打开的页面上平台自己的数值（例如取消率），以及读取的时间。',
  'privacy.stored-events': '每个订单发生了什么（看到、取消、退款……）、显示过的建议，以及您写过或用过的消息草稿。',
  'privacy.stored-settings': '您的设置：店铺政策、模板、预警余量，以及横幅在每个网站上的位置和大小。',
  'privacy.where-heading': '保存在哪里',
  'privacy.where':
    '保存在这台电脑上这个浏览器为 Seller Guard 提供的存储中。网站无法读取；卖家页面只会收到与它自己有关的数值。',
  'privacy.how-long-heading': '保存多久',
  'privacy.how-long':
    '直到您删除为止。“设置 › 删除全部”会删除所有内容；早于您在设置中选择的月数的事件会自动删除；移除 Seller Guard 会移除它的存储。工具栏按钮对每个打开的标签页所知道的内容，会在浏览器关闭时消失。',
  'privacy.sent-heading': '发送什么',
  'privacy.sent':
    '什么也不发送。Seller Guard 不发出网络请求，没有服务器、账户、统计分析或广告。它只在所列的卖家网站上运行，也不从外部加载代码。',
  'privacy.files':
    '您自己保存的文件留在您保存的位置：导出文件（设置 › 导出），以及布局报告——其中只有页面的结构，每个姓名、数字和地址都已被替换。',

  'store.long-description':
    'Seller Guard 在取消订单损害卖家账户之前提醒电商平台卖家。\n\n它在您自己的卖家页面上读取眼前的订单和平台自己的数值，并在一个小横幅中显示：您当前的取消率、取消这个订单后的取消率、在上限以内还能取消几单，以及不会算到您头上的方式（在亚马逊上，是买家自己提交的取消请求）。\n\n• 所有站点的亚马逊卖家平台、Etsy 和速卖通；eBay、Mercado Libre 和 TikTok Shop 将随其读取功能陆续支持。\n• 在亚马逊订单列表中勾选多个订单（例如一位老年买家的重复订单），即可看到全部取消后的取消率，以及哪些不会计入。\n• 针对订单给出排好序的处理方式（取消、请买家提交申请、退款、提供退货……），附上每一项背后的平台规则，以及用买家语言写好的消息草稿。\n• 在列表中标出重复订单；保留取消记录和买家的取消原因。\n• 遇到读不懂的页面会直接说明，不显示数字：绝不给出错误的数值。\n\n从设计上保护隐私：一切都留在您的浏览器里。没有账户，没有服务器，没有网络请求，没有统计分析。',
};
