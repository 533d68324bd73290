import type { OrderRecord } from '../messages';
import { openPage } from '../ui/extension-pages';
import { t } from '../ui/t';

const day = (ms?: number) => (ms ? new Date(ms).toISOString().slice(0, 10) : '—');

export function OrderCard({ order }: { order: OrderRecord }) {
  return (
    <section class="card" aria-label={t('orderTitle', order.id)}>
      <h2 data-order-id={order.id}>{t('orderTitle', order.id)}</h2>
      <dl class="facts">
        <dt>{t('buyer')}</dt>
        <dd>{order.buyerName ?? '—'}</dd>
        <dt>{t('status')}</dt>
        <dd>{order.status}</dd>
        <dt>{t('ordered')}</dt>
        <dd>{day(order.orderedAt)}</dd>
        <dt>{t('shipBy')}</dt>
        <dd>{day(order.shipBy)}</dd>
      </dl>
      <ul class="items">
        {order.items.map((item, i) => (
          <li key={i}>
            {item.quantity} × {item.title}
          </li>
        ))}
      </ul>
      <button
        type="button"
        class="link"
        onClick={() => void openPage('src/history/index.html', `?order=${encodeURIComponent(order.id)}`)}
      >
        {t('orderHistory')}
      </button>
      {order.cancelRequest?.viaPlatform && (
        <p class="note">
          {t('buyerAskedPlatform')}
          {order.cancelRequest.reason ? ` ${order.cancelRequest.reason}` : ''}
        </p>
      )}
    </section>
  );
}
