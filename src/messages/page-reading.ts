// The shape of a page reading as it crosses from the content script to the background.
import * as v from 'valibot';
import {
  FULFILMENTS,
  METRIC_IDS,
  ORDER_STATUSES,
  PAGE_KINDS,
  PLATFORMS,
  READ_FAILURES,
  REFUND_STATES,
  THREAD_STATES,
} from '../core/types';
import { count, text, time } from './fields';

const OrderItem = v.strictObject({
  title: text(500),
  quantity: v.pipe(count, v.maxValue(100_000)),
  sku: v.optional(text(100)),
  asin: v.optional(text(20)),
  price: v.optional(v.pipe(v.number(), v.finite())),
  currency: v.optional(text(10)),
});

export const OrderSeenSchema = v.strictObject({
  platform: v.picklist(PLATFORMS),
  marketplace: text(20),
  id: text(64),
  orderedAt: v.optional(time),
  buyerName: v.optional(text(200)),
  buyerId: v.optional(text(100)),
  items: v.pipe(v.array(OrderItem), v.maxLength(200)),
  status: v.picklist(ORDER_STATUSES),
  fulfilment: v.picklist(FULFILMENTS),
  shipBy: v.optional(time),
  deliverBy: v.optional(time),
  buyerNote: v.optional(text(2000)),
  total: v.optional(v.pipe(v.number(), v.finite())),
  currency: v.optional(text(10)),
  cancelRequest: v.optional(
    v.strictObject({ viaPlatform: v.boolean(), reason: v.optional(text(300)), answerBy: v.optional(time) }),
  ),
  refund: v.optional(v.picklist(REFUND_STATES)),
  returnRequested: v.optional(v.boolean()),
  disputeOpen: v.optional(v.boolean()),
  addressHash: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-z]{1,13}$/))),
  affectsReputation: v.optional(v.boolean()),
  hasTracking: v.optional(v.boolean()),
  deliveredAt: v.optional(time),
  requestOpen: v.optional(v.boolean()),
  autoCancelAt: v.optional(time),
});

const MetricSnapshotSchema = v.strictObject({
  platform: v.picklist(PLATFORMS),
  marketplace: text(20),
  metric: v.picklist(METRIC_IDS),
  ratePercent: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  counted: v.optional(count),
  total: v.optional(count),
  windowDays: v.optional(count),
  limitPercent: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(100))),
  nextLimitPercent: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(100))),
  level: v.optional(text(40)),
  heldLevel: v.optional(text(40)),
  nextEvaluationAt: v.optional(time),
  readAt: time,
});

const readingBase = {
  platform: v.picklist(PLATFORMS),
  marketplace: text(20),
  page: v.picklist(PAGE_KINDS),
  url: text(2000),
};

export const PageReadingSchema = v.variant('ok', [
  v.strictObject({
    ...readingBase,
    ok: v.literal(true),
    orders: v.pipe(v.array(OrderSeenSchema), v.maxLength(2000)),
    metrics: v.pipe(v.array(MetricSnapshotSchema), v.maxLength(20)),
    focusOrderId: v.optional(text(64)),
    hasMessageBox: v.optional(v.boolean()),
    threadState: v.optional(v.picklist(THREAD_STATES)),
    standing: v.optional(
      v.strictObject({ level: v.optional(text(40)), sales: v.optional(count), periodDays: v.optional(count) }),
    ),
  }),
  v.strictObject({
    ...readingBase,
    ok: v.literal(false),
    code: v.picklist(READ_FAILURES),
    reason: text(300),
  }),
]);
