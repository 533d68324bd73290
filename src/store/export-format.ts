// The documented export format (docs/export-format.md), field by field: types, the vocabularies of
// kinds and statuses, ranges, string sizes and dates (none before 2000, none in the future).
// import-checks.ts adds what needs two fields at once and turns the first problem into words.
import * as v from 'valibot';
import { ACTION_KINDS, SITUATIONS } from '../core/advisor/types';
import { LANGUAGES } from '../core/drafts/template-types';
import { METRIC_IDS, ORDER_STATUSES, PLATFORMS } from '../core/types';
import { text } from '../messages/fields';
import { OrderSeenSchema } from '../messages/page-reading';
import { isPast, isPromise } from '../messages/plausibility';
import { CANCEL_ROUTES, DRAFT_USES, EVENT_KINDS, EXPORT_FORMAT, EXPORT_VERSION } from '../messages/records';
import { SETTING_FIELDS } from '../messages/settings';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const url = v.pipe(text(2000), v.url('is not a web address'), v.startsWith('https://', 'is not an https address'));
const platform = v.picklist(PLATFORMS);

/** The file's shape, every field with its own check; dates are judged against `now`. */
export function exportFileSchema(now: number) {
  const past = v.pipe(
    count,
    v.check((ms) => isPast(ms, now), 'is before 2000 or in the future'),
  );
  const promise = v.pipe(
    count,
    v.check((ms) => isPromise(ms, now), 'is before 2000 or more than a year ahead'),
  );
  const Order = v.strictObject({
    ...OrderSeenSchema.entries,
    orderedAt: v.optional(past),
    shipBy: v.optional(promise),
    deliverBy: v.optional(promise),
    key: text(100),
    cancelReasonPicked: v.optional(v.strictObject({ reason: text(160), at: past })),
    firstSourceUrl: v.optional(url),
    firstStatus: v.optional(v.picklist(ORDER_STATUSES)),
    firstSeenAt: past,
    lastSeenAt: past,
    sourceUrl: url,
  });
  const Snapshot = v.strictObject({
    platform,
    marketplace: text(20),
    metric: v.picklist(METRIC_IDS),
    ratePercent: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
    counted: v.optional(count),
    total: v.optional(count),
    windowDays: v.optional(v.pipe(count, v.minValue(1), v.maxValue(400))),
    limitPercent: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(100))),
    nextLimitPercent: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(100))),
    level: v.optional(text(40)),
    heldLevel: v.optional(text(40)),
    nextEvaluationAt: v.optional(promise),
    readAt: past,
    sourceUrl: url,
  });
  const Event = v.strictObject({
    id: text(200),
    kind: v.picklist(EVENT_KINDS),
    platform,
    marketplace: text(20),
    orderKey: text(100),
    orderId: text(64),
    at: past,
    sourceUrl: url,
    detail: v.optional(text(500)),
    counted: v.optional(v.boolean()),
    countRule: v.optional(text(80)),
    orderedAt: v.optional(past),
    buyer: v.optional(text(200)),
    situation: v.optional(text(80)),
    startedBy: v.optional(v.picklist(['buyer', 'seller'])),
    route: v.optional(v.picklist(CANCEL_ROUTES)),
    reasonCode: v.optional(text(160)),
  });
  const Use = v.strictObject({ at: past, how: v.picklist(DRAFT_USES), lang: text(20), text: text(5000) });
  const Draft = v.strictObject({
    key: text(200),
    orderKey: text(100),
    action: v.picklist(ACTION_KINDS),
    templateId: text(80),
    lang: text(20),
    text: text(5000),
    updatedAt: past,
    uses: v.pipe(v.array(Use), v.maxLength(20)),
  });
  const Choice = v.strictObject({
    orderKey: text(100),
    situation: v.picklist(SITUATIONS),
    askedVia: v.picklist(CANCEL_ROUTES),
    updatedAt: past,
  });
  const Template = v.strictObject({
    id: text(64),
    platform,
    action: v.picklist(ACTION_KINDS),
    lang: v.picklist(LANGUAGES),
    title: v.pipe(text(80), v.minLength(1)),
    text: v.pipe(text(5000), v.minLength(1)),
    updatedAt: past,
  });
  const Setting = v.variant(
    'key',
    Object.entries(SETTING_FIELDS).map(([key, value]) => v.strictObject({ key: v.literal(key), value })),
  );
  return v.strictObject({
    format: v.literal(EXPORT_FORMAT),
    version: v.literal(EXPORT_VERSION),
    exportedAt: v.pipe(
      v.string(),
      v.isoTimestamp(),
      v.check((s) => isPast(Date.parse(s), now), 'is in the future'),
    ),
    orders: v.array(Order),
    snapshots: v.array(Snapshot),
    events: v.array(Event),
    drafts: v.array(Draft),
    choices: v.array(Choice),
    templates: v.array(Template),
    settings: v.array(Setting),
  });
}
