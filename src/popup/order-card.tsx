// The order in front of the seller. Page text (the buyer's name, item titles, their reason) is
// shown in <bdi>, so a right-to-left name cannot reorder our labels around it.
import type { OrderRecord } from '../messages';
import { openPage } from '../ui/extension-pages';
import { t, tk, words } from '../ui/t';

const day = (ms?: number) => (ms ? words().date(ms) : t('common.none'));

export function OrderCard({ order }: { order: OrderRecord }) {
  const reason = order.cancelRequest?.reason;
  return (
    <section class="card" aria-label={t('order.title', { id: order.id })}>
      <h2 data-order-id={order.id}>{t('order.title', { id: order.id })}</h2>
      <dl class="facts">
        <dt>{t('order.buyer')}</dt>
        <dd class="page-text">
          <bdi>{order.buyerName ?? t('common.none')}</bdi>
        </dd>
        <dt>{t('order.status')}</dt>
        <dd>{tk('status', order.status)}</dd>
        <dt>{t('order.ordered')}</dt>
        <dd>{day(order.orderedAt)}</dd>
        <dt>{t('order.ship-by')}</dt>
        <dd>{day(order.shipBy)}</dd>
      </dl>
      <ul class="items page-text">
        {order.items.map((item, i) => (
          <li key={i}>{t('order.item', { quantity: item.quantity, title: item.title })}</li>
        ))}
      </ul>
      <button
        type="button"
        class="link"
        onClick={() => void openPage('src/history/index.html', `?order=${encodeURIComponent(order.id)}`)}
      >
        {t('order.history')}
      </button>
      {order.cancelRequest?.viaPlatform && (
        <p class="note page-text">{reason ? t('order.buyer-asked-why', { reason }) : t('order.buyer-asked')}</p>
      )}
    </section>
  );
}
