import type { OrderRecord } from '../store/schema';

const day = (ms?: number) => (ms ? new Date(ms).toISOString().slice(0, 10) : '—');

export function OrderCard({ order }: { order: OrderRecord }) {
  return (
    <section class="card" aria-label="Order">
      <h2 data-order-id={order.id}>Order {order.id}</h2>
      <dl class="facts">
        <dt>Buyer</dt><dd>{order.buyerName ?? '—'}</dd>
        <dt>Status</dt><dd>{order.status}</dd>
        <dt>Ordered</dt><dd>{day(order.orderedAt)}</dd>
        <dt>Ship by</dt><dd>{day(order.shipBy)}</dd>
      </dl>
      <ul class="items">
        {order.items.map((item, i) => <li key={i}>{item.quantity} × {item.title}</li>)}
      </ul>
      {order.cancelRequest?.viaPlatform && <p class="note">The buyer asked to cancel through the platform{order.cancelRequest.reason ? `: ${order.cancelRequest.reason}` : ''}.</p>}
    </section>
  );
}
