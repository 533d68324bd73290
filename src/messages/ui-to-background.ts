// Extension pages (popup, options, history, welcome) → background. Parsed on arrival; each request's reply is
// declared in ui-replies.ts.
import * as v from 'valibot';
import { ACTION_KINDS, SITUATIONS } from '../core/advisor/types';
import { LANGUAGES } from '../core/drafts/template-types';
import { PLATFORMS, RECORD_OUTCOMES } from '../core/types';
import { count, text } from './fields';
import { CANCEL_ROUTES, DRAFT_USES, EVENT_KINDS } from './records';
import { SETTING_FIELDS } from './settings';

const draftRef = { orderKey: text(100), action: v.picklist(ACTION_KINDS) };

/** Every request an extension page may make, by type. */
export const UiToBackground = v.variant('type', [
  v.strictObject({ type: v.literal('ui/tab-state'), tabId: count }),
  v.strictObject({ type: v.literal('ui/store-summary') }),
  /** The welcome page's buttons: each platform's seller pages this build reads. */
  v.strictObject({ type: v.literal('ui/platform-choices') }),
  v.strictObject({ type: v.literal('ui/clear-all') }),
  /** The advisor's ranked actions for the tab's order, in the situation the seller picked (remembered). */
  v.strictObject({
    type: v.literal('ui/advise'),
    tabId: count,
    situation: v.picklist(SITUATIONS),
    askedVia: v.picklist(CANCEL_ROUTES),
  }),
  v.strictObject({ type: v.literal('ui/get-draft'), ...draftRef }),
  v.strictObject({
    type: v.literal('ui/save-draft'),
    ...draftRef,
    templateId: text(60),
    lang: text(20),
    text: text(5000),
  }),
  v.strictObject({
    type: v.literal('ui/draft-used'),
    ...draftRef,
    how: v.picklist(DRAFT_USES),
    lang: text(20),
    text: text(5000),
  }),
  /** Put the draft into the page's message box (never sends it). */
  v.strictObject({ type: v.literal('ui/insert-draft'), tabId: count, text: text(5000) }),
  v.strictObject({ type: v.literal('ui/templates'), platform: v.optional(v.picklist(PLATFORMS)) }),
  v.strictObject({
    type: v.literal('ui/save-template'),
    id: v.optional(text(64)),
    platform: v.picklist(PLATFORMS),
    action: v.picklist(ACTION_KINDS),
    lang: v.picklist(LANGUAGES),
    title: v.pipe(text(80), v.minLength(1)),
    text: v.pipe(text(5000), v.minLength(1)),
  }),
  v.strictObject({ type: v.literal('ui/delete-template'), id: text(64) }),
  v.strictObject({
    type: v.literal('ui/history'),
    platform: v.optional(v.picklist(PLATFORMS)),
    marketplace: v.optional(text(20)),
    from: v.optional(count),
    to: v.optional(count),
    kind: v.optional(v.picklist(EVENT_KINDS)),
    orderId: v.optional(text(64)),
    reason: v.optional(text(100)),
    outcome: v.optional(v.picklist(RECORD_OUTCOMES)),
    /** false: answer without counting every match (the page asks for the count once it has shown the rest). */
    withTotal: v.optional(v.boolean()),
  }),
  /** `header`: the CSV's column names in the seller's language (the options page words them). */
  v.strictObject({
    type: v.literal('ui/export'),
    as: v.picklist(['json', 'csv']),
    header: v.optional(v.pipe(v.array(text(60)), v.length(8))),
  }),
  /** The parsed JSON of an export file; checked record by record by store/export-format.ts. */
  v.strictObject({ type: v.literal('ui/import'), data: v.unknown() }),
  v.strictObject({ type: v.literal('ui/get-settings') }),
  v.strictObject({
    type: v.literal('ui/save-settings'),
    warningMargin: SETTING_FIELDS.warningMargin,
    policy: SETTING_FIELDS.policy,
    overrides: SETTING_FIELDS.overrides,
    retentionMonths: v.optional(SETTING_FIELDS.retentionMonths),
    bannerLanguage: v.optional(SETTING_FIELDS.bannerLanguage),
  }),
]);
export type UiToBackgroundMessage = v.InferOutput<typeof UiToBackground>;
