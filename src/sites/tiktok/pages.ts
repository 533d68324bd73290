// Every TikTok Shop page type we read, for the registry and TikTok's guard build. Each reader's
// TikTok-shaped reading becomes the shared PageReading here.
import type { MetricId, PageKind, PageReading } from '../../core/types';
import { failed, type PageType } from '../page-type';
import type { HealthMetric } from './health-json';
import * as d from './detect';
import { tiktokChatBox } from './chat-box';
import { readTikTokOrderDetail } from './read-order-detail';
import { readTikTokOrders, type TikTokOrdersReading } from './read-order-list';
import { readTikTokShopHealth } from './read-shop-health';
import { tiktokRegionOf } from './regions';
import { LIST } from './selectors';
import { toOrderSeen } from './to-order-seen';
import { visibleText } from '../visible-text';

const marketplace = (url: URL) => tiktokRegionOf(url)?.code ?? '';
const tiktok = { platform: 'tiktok' as const, marketplace };

const METRIC_OF: Record<HealthMetric, MetricId> = {
  'seller-fault-cancellation': 'cancellation-rate',
  'late-dispatch': 'late-shipment-rate',
  'valid-tracking': 'valid-tracking-rate',
};

function ordersPage(page: PageKind, url: URL, r: TikTokOrdersReading, focus?: string): PageReading {
  const type = { ...tiktok, page };
  if (!r.ok) return failed(type, url, r.code, r.reason);
  const m = marketplace(url);
  return {
    ok: true,
    platform: 'tiktok',
    page,
    marketplace: m,
    url: url.href,
    orders: r.orders.map((o) => toOrderSeen(o, m)),
    metrics: [],
    ...(focus ? { focusOrderId: focus } : {}),
  };
}

function healthPage(doc: Document, url: URL, json: Parameters<PageType['read']>[2], now = Date.now()): PageReading {
  const r = readTikTokShopHealth(doc, json);
  if (!r.ok) return failed({ ...tiktok, page: 'account-health' }, url, r.code, r.reason);
  const m = marketplace(url);
  return {
    ok: true,
    platform: 'tiktok',
    page: 'account-health',
    marketplace: m,
    url: url.href,
    orders: [],
    metrics: r.metrics.flatMap((f) =>
      f.ratePercent === null
        ? []
        : [
            {
              platform: 'tiktok' as const,
              marketplace: m,
              metric: METRIC_OF[f.metric],
              ratePercent: f.ratePercent,
              ...(f.windowDays ? { windowDays: f.windowDays } : {}),
              readAt: now,
            },
          ],
    ),
  };
}

function chatPage(doc: Document, url: URL): PageReading {
  const id = url.searchParams.get('order_id') ?? url.searchParams.get('order_no') ?? '';
  const box = tiktokChatBox(doc);
  if (box === 'ambiguous')
    return failed(
      { ...tiktok, page: 'messages' },
      url,
      'layout-unknown',
      'more than one editable beside the send button',
    );
  return {
    ok: true,
    platform: 'tiktok',
    page: 'messages',
    marketplace: marketplace(url),
    url: url.href,
    orders: [],
    metrics: [],
    ...(d.TIKTOK_ORDER_ID.test(id) ? { focusOrderId: id } : {}),
    hasMessageBox: box !== null,
  };
}

/** The cell showing an order's id in the list, where its marks go. */
function orderCell(doc: Document, orderId: string): Element | null {
  for (const row of doc.querySelectorAll(LIST.orderRow))
    for (const id of row.querySelectorAll(LIST.orderId))
      if (visibleText(id, 40) === orderId) return id.closest('td') ?? row;
  return null;
}

export const tiktokPages: PageType[] = [
  {
    ...tiktok,
    page: 'order-list',
    detect: d.isTikTokOrderList,
    read: (doc, url, json) => ordersPage('order-list', url, readTikTokOrders(doc, url, json)),
    orderRow: orderCell,
  },
  {
    ...tiktok,
    page: 'order-detail',
    detect: d.isTikTokOrderDetail,
    read: (doc, url, json) =>
      ordersPage('order-detail', url, readTikTokOrderDetail(doc, url, json), d.tiktokOrderIdFromUrl(url)),
  },
  {
    ...tiktok,
    page: 'account-health',
    detect: d.isTikTokShopHealth,
    read: (doc, url, json) => healthPage(doc, url, json),
  },
  { ...tiktok, page: 'messages', detect: d.isTikTokChat, read: chatPage },
];
